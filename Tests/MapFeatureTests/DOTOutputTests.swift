import Formatters
import Testing

@testable import MapFeature

/// Every DOT this suite produces goes through the real Graphviz.
@Suite struct DOTOutputTests {
  /// Names and reasons with quotes, backslashes, dots, colons, braces, unicode and newlines.
  static func awkwardGraph() -> ResourceGraph {
    let nodes = [
      ResourceNode(
        id: "uid-1", kind: "Deployment", namespace: "ns.with.dots", name: "say \"hi\"", status: .ok, reason: "1/1 ready"
      ),
      ResourceNode(
        id: "uid-2", kind: "Pod", namespace: "ns.with.dots", name: "pod:with:colons", status: .error,
        reason: "line one\nline two \\ back"),
      ResourceNode(
        id: "uid\"3", kind: "Service", namespace: "ünï-cødé", name: "スシ🍣", status: .warning, reason: "{a|b} <c>"),
      ResourceNode(
        id: "Node//n", kind: "Node", namespace: nil, name: "node -> x; y", status: .unknown, placeholder: true),
      ResourceNode(
        id: "owner", kind: "HelmRelease", namespace: "ns.with.dots", name: "r", reason: "not listed", placeholder: true),
    ]
    let edges = [
      ResourceEdge(from: "uid-1", to: "uid-2", type: .owns),
      ResourceEdge(from: "uid\"3", to: "uid-2", type: .selects),
      ResourceEdge(from: "uid-2", to: "Node//n", type: .runsOn),
      ResourceEdge(from: "owner", to: "uid-1", type: .owns, detail: "a \"quoted\"\ndetail"),
    ]
    return ResourceGraph(nodes: nodes, edges: edges)
  }

  @Test(arguments: MapGrouping.allCases)
  func awkwardLabelsSurviveGraphviz(grouping: MapGrouping) async throws {
    let dot = Self.awkwardGraph().dot(grouping: grouping, legend: true, title: "map \"of\" ünï:code\nx")
    #expect(dot.contains("say \\\"hi\\\""))
    #expect(dot.contains("line one\\nline two \\\\ back"))
    #expect(dot.contains("スシ🍣"))
    try await Graphviz.check(dot)
  }

  @Test func demoDOTIsValidAndDeterministic() async throws {
    let graph = try DemoMap.graph()
    for grouping in MapGrouping.allCases {
      let dot = graph.dot(grouping: grouping, legend: grouping == .namespace, title: "demo")
      #expect(dot == (try DemoMap.graph()).dot(grouping: grouping, legend: grouping == .namespace, title: "demo"))
      try await Graphviz.check(dot)
    }
  }

  @Test func clustersShapesAndEdgeStyles() throws {
    let dot = try DemoMap.graph().dot(grouping: .namespace, legend: false, title: "demo")
    #expect(dot.contains("subgraph \"cluster_shop\""))
    #expect(dot.contains("subgraph \"cluster_kube_system\""))
    #expect(dot.contains("shape=\"box3d\""))
    #expect(dot.contains("shape=\"component\""))
    #expect(dot.contains("style=\"dotted\", color=\"#7f7f7f\", constraint=\"false\""))
    #expect(dot.contains("color=\"#17becf\""))
  }

  @Test func treeSectionsNestOwnershipAndAnnotate() throws {
    let graph = try DemoMap.graph()
    let text = TreeRenderer().render(groups: MapTree.sections(graph, grouping: .namespace))
    #expect(text.contains("namespace shop\n"))
    #expect(text.contains("Deployment/web  (3/4 ready"))
    #expect(text.contains("└─ ReplicaSet/web-6d4cf56db6"))
    #expect(text.contains("selected by svc/web"))
    #expect(text.contains("mounts secret/registry-example-com"))
    #expect(text.contains("on node ip-10-0-45-101.us-west-2.compute.internal"))
    #expect(text.contains("(cluster-scoped)\n"))
    let byNode = TreeRenderer().render(groups: MapTree.sections(graph, grouping: .node))
    #expect(byNode.contains("ip-10-0-12-34.us-west-2.compute.internal\n"))
    #expect(byNode.contains("(not on a node)\n"))
  }

  @Test func objectsThatOwnEachOtherStillAppearInTheTree() throws {
    let nodes = ["a", "b", "c"].map { ResourceNode(id: $0, kind: "ReplicaSet", namespace: "qa", name: "cyc-\($0)") }
    let edges = [
      ResourceEdge(from: "a", to: "b", type: .owns), ResourceEdge(from: "b", to: "a", type: .owns),
      ResourceEdge(from: "b", to: "c", type: .owns),
    ]
    let text = TreeRenderer().render(
      groups: MapTree.sections(ResourceGraph(nodes: nodes, edges: edges), grouping: .namespace))
    #expect(text.contains("ReplicaSet/cyc-a"), "\(text)")
    #expect(text.contains("ReplicaSet/cyc-b") && text.contains("ReplicaSet/cyc-c"), "\(text)")
    #expect(text.components(separatedBy: "ReplicaSet/cyc-a").count == 2, "each once: \(text)")
  }
}
