import Foundation
import KubeAPI
import Testing

/// Scanned node pages against JSONDecoder, on the demo cluster's nodes (taints, conditions, quantities).
/// Here rather than in KubeAPITests because the demo cluster lives in KubeSim.
@Suite("Node: scanned list pages read like JSONDecoder reads them")
struct NodeScanningTests {
  static func page(_ nodes: [JSONValue]) throws -> Data { try DemoCluster.listPage(kind: "NodeList", items: nodes) }

  @Test("the demo's nodes scan to exactly the models JSONDecoder gives")
  func demoNodes() throws {
    let nodes = try DemoCluster.objects(kind: "Node")
    let page = try Self.page(nodes)
    let decoded = try KubeJSON.decoder().decode(ObjectList<Node>.self, from: page).items
    let scanned = try #require(ObjectList<Node>.scanning(page)).items
    #expect(scanned.count == nodes.count && nodes.count >= 5)
    #expect(scanned == decoded)
    #expect(scanned.contains { !$0.taints.isEmpty } && scanned.allSatisfy { $0.status?.conditions?.isEmpty == false })
  }

  @Test("a quantity written as a JSON number is left to JSONDecoder")
  func numericQuantity() throws {
    let node: JSONValue = .object([
      "metadata": .object(["name": .string("n1")]),
      "status": .object(["allocatable": .object(["cpu": .int(4), "memory": .string("16Gi")])]),
    ])
    let page = try Self.page([node])
    #expect(ObjectList<Node>.scanning(page) == nil)
    let decoded = try KubeJSON.decoder().decode(ObjectList<Node>.self, from: page).items
    #expect(decoded.first?.status?.allocatable?["cpu"] == (try Quantity(parsing: "4")))
  }
}
