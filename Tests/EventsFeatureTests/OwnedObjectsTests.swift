import KubeAPI
import Testing

@testable import EventsFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("--for: what a ScaledObject, NodePool or NodeClaim owns")
struct OwnedObjectsTests {
  static func metadata(
    _ name: String, uid: String, namespace: String? = nil, labels: [String: String]? = nil,
    owner: (kind: String, name: String, uid: String)? = nil
  ) -> ObjectMeta {
    var metadata = ObjectMeta(name: name, namespace: namespace)
    metadata.uid = uid
    metadata.labels = labels
    metadata.ownerReferences = owner.map {
      [OwnerReference(apiVersion: "v1", kind: $0.kind, name: $0.name, uid: $0.uid)]
    }
    return metadata
  }

  static func target(_ metadata: ObjectMeta, status: String = "{}") throws -> TargetObject {
    let encoded = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
    return try JSONDecoder().decode(
      TargetObject.self, from: Data(#"{"metadata":\#(encoded),"status":\#(status)}"#.utf8))
  }

  static func names(_ scope: ObjectScope, kind: String) -> Set<String> {
    Set(
      scope.keys.filter { $0.hasPrefix(kind.lowercased() + "/") }.map {
        $0.split(separator: "/").last.map(String.init) ?? ""
      })
  }

  @Test("a ScaledObject's HPA by owner uid, else by KEDA's label; not one owned by an earlier ScaledObject")
  func scaledObject() throws {
    let target = try Self.target(Self.metadata("web", uid: "so-1", namespace: "shop"))
    let label = ["scaledobject.keda.sh/name": "web"]
    let hpas = [
      Self.metadata("keda-hpa-web", uid: "h1", namespace: "shop", owner: ("ScaledObject", "web", "so-1")),
      Self.metadata("custom-name", uid: "h2", namespace: "shop", labels: label),
      Self.metadata("stale", uid: "h3", namespace: "shop", labels: label, owner: ("ScaledObject", "web", "so-0")),
      Self.metadata("api", uid: "h4", namespace: "shop"),
    ].map(PartialObject.init)
    let scope = EventsQuery.ownedScope(.scaledObject, target: target, autoscalers: hpas, nodeClaims: nil, nodes: nil)
    #expect(Self.names(scope, kind: "HorizontalPodAutoscaler") == ["keda-hpa-web", "custom-name"])
    #expect(scope.contains(kind: "HorizontalPodAutoscaler", namespace: "shop", name: "x", uid: "h1"))
  }

  @Test("a NodePool's NodeClaims by owner uid or label, and their Nodes by owner, status.nodeName or label")
  func nodePool() throws {
    let target = try Self.target(Self.metadata("spot", uid: "pool-1"))
    let pool = ["karpenter.sh/nodepool": "spot"]
    let claims = [
      NodeClaim(
        metadata: Self.metadata("spot-a", uid: "c1", labels: pool, owner: ("NodePool", "spot", "pool-1")),
        status: NodeClaim.Status(nodeName: "node-a")),
      NodeClaim(
        metadata: Self.metadata("spot-b", uid: "c2", labels: pool), status: NodeClaim.Status(nodeName: "node-b")),
      NodeClaim(
        metadata: Self.metadata("default-c", uid: "c3", labels: ["karpenter.sh/nodepool": "default"]),
        status: NodeClaim.Status(nodeName: "node-c")),
    ]
    let nodes = [
      Node(metadata: Self.metadata("node-a", uid: "n1", labels: pool, owner: ("NodeClaim", "spot-a", "c1"))),
      Node(metadata: Self.metadata("node-b2", uid: "n2", owner: ("NodeClaim", "spot-b", "c2"))),
      Node(metadata: Self.metadata("node-d", uid: "n4", labels: pool)),
      Node(metadata: Self.metadata("node-c", uid: "n3", owner: ("NodeClaim", "default-c", "c3"))),
      Node(metadata: Self.metadata("node-e", uid: "n5", labels: pool, owner: ("NodeClaim", "spot-gone", "c9"))),
    ]
    let scope = EventsQuery.ownedScope(.nodePool, target: target, autoscalers: nil, nodeClaims: claims, nodes: nodes)
    #expect(Self.names(scope, kind: "NodeClaim") == ["spot-a", "spot-b"])
    #expect(Self.names(scope, kind: "Node") == ["node-a", "node-b", "node-b2", "node-d"])
    // Without the nodes, the claims still name theirs.
    let unlisted = EventsQuery.ownedScope(.nodePool, target: target, autoscalers: nil, nodeClaims: claims, nodes: nil)
    #expect(Self.names(unlisted, kind: "Node") == ["node-a", "node-b"])
    // Without the claims (not allowed), the pool's label alone tells.
    let noClaims = EventsQuery.ownedScope(.nodePool, target: target, autoscalers: nil, nodeClaims: nil, nodes: nodes)
    #expect(Self.names(noClaims, kind: "Node") == ["node-a", "node-d", "node-e"])
  }

  @Test("a NodeClaim's Node by owner uid or status.nodeName")
  func nodeClaim() throws {
    let target = try Self.target(
      Self.metadata("spot-a", uid: "c1", owner: ("NodePool", "spot", "pool-1")), status: #"{"nodeName":"node-a"}"#)
    #expect(target.nodeName == "node-a")
    let nodes = [
      Node(metadata: Self.metadata("node-a2", uid: "n2", owner: ("NodeClaim", "spot-a", "c1"))),
      Node(metadata: Self.metadata("node-b", uid: "n3", labels: ["karpenter.sh/nodepool": "spot"])),
    ]
    let scope = EventsQuery.ownedScope(.nodeClaim, target: target, autoscalers: nil, nodeClaims: nil, nodes: nodes)
    #expect(Self.names(scope, kind: "Node") == ["node-a", "node-a2"])
    let unlisted = EventsQuery.ownedScope(.nodeClaim, target: target, autoscalers: nil, nodeClaims: nil, nodes: nil)
    #expect(Self.names(unlisted, kind: "Node") == ["node-a"])
  }
}
