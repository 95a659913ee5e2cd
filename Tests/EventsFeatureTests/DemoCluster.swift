import EventsFeature
import Foundation
import KubeAPI
import KubeSim
import LampTestSupport

/// The demo scenario's objects decoded into lamp's models, without starting a server.
enum DemoCluster {
  static let now = TestCluster.referenceNow

  static func snapshot() throws -> ClusterSnapshot {
    let objects = try DemoScenario.objects(now: now)
    var pods: [Pod] = []
    var events: [ClusterEvent] = []
    var nodes: [Node] = []
    var pools: [NodePool] = []
    var workloads: [Workload] = []
    for object in objects {
      guard case .object(let fields) = object, case .string(let kind)? = fields["kind"] else { continue }
      switch kind {
      case "Pod": pods.append(try decode(object))
      case "Event": events.append(ClusterEvent(try decode(object) as Event))
      case "Node": nodes.append(try decode(object))
      case "NodePool": pools.append(try decode(object))
      case "ReplicaSet", "Job", "Deployment", "StatefulSet", "DaemonSet": workloads.append(try decode(object))
      default: continue
      }
    }
    return ClusterSnapshot(pods: pods, events: events, nodes: nodes, nodePools: pools, workloads: workloads)
  }

  /// The demo scenario's objects of one kind, as JSON.
  static func objects(kind: String) throws -> [JSONValue] {
    try DemoScenario.objects(now: now).filter { object in
      if case .object(let fields) = object { return fields["kind"] == .string(kind) }
      return false
    }
  }

  /// A list page of `items`, as the API server sends it.
  static func listPage(kind: String, items: [JSONValue]) throws -> Data {
    try JSONValue.object([
      "kind": .string(kind), "metadata": .object(["resourceVersion": .string("1")]), "items": .array(items),
    ]).encoded()
  }

  static func decode<T: Decodable>(_ value: JSONValue) throws -> T {
    try KubeJSON.decoder().decode(T.self, from: try JSONEncoder().encode(value))
  }

  /// A JSON file of `Fixtures/`.
  static func fixture<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    return try KubeJSON.decoder().decode(T.self, from: try Data(contentsOf: url))
  }
}
