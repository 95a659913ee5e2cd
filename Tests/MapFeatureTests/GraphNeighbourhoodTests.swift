import Testing

@testable import MapFeature

@Suite struct GraphNeighbourhoodTests {
  let graph: ResourceGraph

  init() throws {
    graph = try DemoMap.graph()
  }

  @Test func focusOnAServiceReachesPodsOwnersNodesAndSecrets() throws {
    let service = try #require(graph.find("Service", "shop", "api"))
    let cut = GraphNeighbourhood.around(service.id, depth: 2, in: graph)
    let names = Set(cut.nodes.map { "\($0.kind)/\($0.name)" })
    #expect(names.contains("Pod/api-5c9d7b6f4-q2w4x"))
    #expect(names.contains("ReplicaSet/api-5c9d7b6f4"))
    #expect(names.contains("Deployment/api"))
    #expect(names.contains("Node/ip-10-0-45-101.us-west-2.compute.internal"))
    #expect(names.contains("Secret/api-db"))
    #expect(names.contains("ConfigMap/api-config"))
    // Shared kinds are not walked through: no other pod that merely shares the node.
    #expect(!names.contains { $0.hasPrefix("Pod/web-") })
    #expect(!names.contains("Service/web"))
  }

  @Test func depthLimitsTheWalkButOwnersStay() throws {
    let service = try #require(graph.find("Service", "shop", "api"))
    let cut = GraphNeighbourhood.around(service.id, depth: 1, in: graph)
    let kinds = Set(cut.nodes.map(\.kind))
    #expect(kinds.contains("Pod"))
    #expect(kinds.contains("Deployment"))
    #expect(!kinds.contains("Node"))
    #expect(!kinds.contains("Secret"))
    #expect(GraphNeighbourhood.around(service.id, depth: 0, in: graph).nodes.map(\.id) == [service.id])
  }

  @Test func anyDepthEndsOnceNothingNewIsReached() throws {
    let service = try #require(graph.find("Service", "shop", "api"))
    let whole = GraphNeighbourhood.around(service.id, depth: 64, in: graph)
    #expect(GraphNeighbourhood.around(service.id, depth: .max, in: graph).nodes == whole.nodes)
    #expect(MapKind.service.reachable(depth: .max) == MapKind.service.reachable(depth: 64))
  }

  @Test func onTheTaintedSystemNode() throws {
    let node = try MapTarget(kind: .node, name: "ip-10-0-12-34").resolve(in: graph, namespace: nil)
    #expect(node.name == "ip-10-0-12-34.us-west-2.compute.internal")
    let cut = GraphNeighbourhood.onNode(node.id, in: graph)
    let pods = cut.nodes.filter { $0.kind == "Pod" }
    #expect(!pods.isEmpty)
    #expect(pods.allSatisfy { pod in cut.edges(from: pod.id, type: .runsOn).map(\.to) == [node.id] })
    #expect(cut.nodes.contains { $0.kind == "Deployment" && $0.name == "coredns" })
    #expect(cut.nodes.contains { $0.kind == "Service" && $0.name == "kube-dns" })
    #expect(cut.nodes.contains { $0.kind == "ConfigMap" && $0.name == "coredns" })
    #expect(!cut.nodes.contains { $0.kind == "Node" && $0.id != node.id })
    // The metrics-server pod is Pending (it cannot tolerate the taint): it is not on the node.
    #expect(!pods.contains { $0.name.hasPrefix("metrics-server-") })
  }

  @Test func aNamespacedMapKeepsOnlyTheClusterObjectsItTouches() {
    let shop = graph.restricted(to: Set(graph.nodes.filter { $0.namespace == "shop" || $0.namespace == nil }.map(\.id)))
    let cut = GraphNeighbourhood.namespaced(shop)
    let nodes = cut.nodes.filter { $0.kind == "Node" }.map(\.name)
    #expect(!nodes.contains("ip-10-0-12-34.us-west-2.compute.internal"))
    #expect(nodes.contains("ip-10-0-45-101.us-west-2.compute.internal"))
    #expect(cut.nodes.contains { $0.kind == "StorageClass" && $0.name == "gp3" })
  }

  @Test func focusTargetsParseAndResolve() throws {
    #expect(try MapTarget(parsing: "svc/web") == MapTarget(kind: .service, name: "web"))
    #expect(try MapTarget(parsing: "deployments/api") == MapTarget(kind: .deployment, name: "api"))
    #expect(throws: MapFeatureError.invalidTarget("web")) { try MapTarget(parsing: "web") }
    #expect(throws: MapFeatureError.unknownKind("gizmo")) { try MapTarget(parsing: "gizmo/x") }
    #expect(throws: MapFeatureError.notFound(kind: "Service", name: "nope", namespace: "shop")) {
      try MapTarget(kind: .service, name: "nope").resolve(in: graph, namespace: "shop")
    }
    #expect(throws: MapFeatureError.self) {
      try MapTarget(kind: .node, name: "ip-10-0").resolve(in: graph, namespace: nil)
    }
  }

  @Test func kindReachabilityCoversTheFocusWalk() {
    let kinds = MapKind.service.reachable(depth: 2)
    #expect(kinds.isSuperset(of: [.service, .pod, .replicaSet, .deployment, .node, .secret, .ingress]))
    #expect(!kinds.contains(.nodePool))
    #expect(MapKind.node.reachable(depth: 0) == [.node, .nodeClaim, .nodePool])
  }

  @Test func kindFilter() throws {
    #expect(try MapKindFilter(parsing: []).kinds == Set(MapKind.allCases))
    #expect(throws: MapFeatureError.contradictoryKind("pods")) { try MapKindFilter(parsing: ["pods", "-po"]) }
    let only = try MapKindFilter(parsing: ["pods,svc", "deploy"])
    #expect(only.kinds == [.pod, .service, .deployment])
    #expect(only.named == [.pod, .service, .deployment])
    let without = try MapKindFilter(parsing: ["-secrets,-cm"])
    #expect(without.kinds == Set(MapKind.allCases).subtracting([.secret, .configMap]))
    #expect(throws: MapFeatureError.unknownKind("widgets")) { try MapKindFilter(parsing: ["widgets"]) }
  }
}
