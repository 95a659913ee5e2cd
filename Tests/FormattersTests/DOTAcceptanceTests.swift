import Formatters
import Foundation
import Testing

/// Feeds rendered graphs to the real `dot`, which must accept them and draw every node.
@Suite(.enabled(if: GraphvizRunner.isAvailable, "needs Graphviz at /usr/bin/dot"))
struct DOTAcceptanceTests {
  /// Names chosen to break naive quoting.
  static let nastyNames = [
    "quote\"inside", "back\\slash", "trailing\\", "dotted.name.v1", "colon:port:80", "ünïcødé-名前", "emoji 🚀🔥",
    "new\nline", "braces{x}|y", "<b>html</b>", "<<double>>", "ctl\u{1B}[31m\u{7}", "\\N\\G\\L", "node", "edge",
    "subgraph", "-", "", "a -> b", "semi;colon", "x\"] ; evil [label=\"y",
  ]

  static func nastyGraph() -> Graph {
    var graph = Graph()
    for (index, name) in nastyNames.enumerated() {
      let group: String? = index % 3 == 0 ? nil : nastyNames[(index + 5) % nastyNames.count]
      let status = Health.allCases[index % Health.allCases.count]
      graph.add(Graph.Node(id: name, label: [name, "second \(name)"], kind: "workload", status: status, group: group))
    }
    for (from, to) in zip(nastyNames, nastyNames.dropFirst()) {
      graph.add(Graph.Edge(from: from, to: to, type: "owns \"\(to)\"", label: to))
    }
    return graph
  }

  static let graphs: [(String, Graph)] = [
    ("empty", Graph()),
    ("single", Graph(nodes: [Graph.Node(id: "a")])),
    (
      "ungrouped",
      Graph(nodes: [Graph.Node(id: "a"), Graph.Node(id: "b")], edges: [.init(from: "a", to: "b", type: "x")])
    ),
    ("nasty", nastyGraph()),
    ("records", Graph(nodes: [Graph.Node(id: "r", label: ["{a|b}", "<port>"], kind: "rec")])),
    ("dangling edge", Graph(nodes: [Graph.Node(id: "a")], edges: [.init(from: "a", to: "missing", type: "uses")])),
  ]

  @Test(arguments: [false, true], ["svg", "plain"])
  func dotAcceptsEveryGraph(legend: Bool, format: String) throws {
    var renderer = DOTRenderer(legend: legend)
    renderer.shapes["rec"] = "record"
    for (title, graph) in Self.graphs {
      let source = renderer.render(graph, title: "lamp map \"\(title)\" {\\}")
      let result = try GraphvizRunner.run(source, format: format)
      #expect(result.status == 0, "dot refused \(title): \(result.errors)\n\(source)")
      #expect(!result.errors.localizedCaseInsensitiveContains("error"), "\(title): \(result.errors)")
      #expect(!result.errors.localizedCaseInsensitiveContains("syntax"), "\(title): \(result.errors)")
    }
  }

  @Test func everyNodeAndClusterIsDrawn() throws {
    let graph = Self.nastyGraph()
    let source = DOTRenderer().render(graph, title: "nasty")
    let svg = try GraphvizRunner.run(source, format: "svg").output
    let groups = Set(graph.nodes.compactMap(\.group))
    #expect(svg.components(separatedBy: "class=\"node\"").count - 1 == Set(graph.nodes.map(\.id)).count)
    #expect(svg.components(separatedBy: "class=\"cluster\"").count - 1 == groups.count)
    #expect(svg.components(separatedBy: "class=\"edge\"").count - 1 == graph.edges.count)
    #expect(svg.contains("ünïcødé&#45;名前"))  // dot writes "-" as an entity
    #expect(svg.contains("emoji 🚀🔥"))
    #expect(svg.contains("&lt;b&gt;html&lt;/b&gt;"))
  }

  @Test func labelsSurviveThePlainRoundTrip() throws {
    let graph = Graph(nodes: [Graph.Node(id: "n", label: ["a \"q\" \\ b", "line two"])])
    let plain = try GraphvizRunner.run(DOTRenderer().render(graph, title: "t"), format: "plain").output
    let nodeLine = plain.split(separator: "\n").first { $0.hasPrefix("node ") }
    #expect(nodeLine?.contains(#""a \"q\" \\ b\nline two""#) == true, "\(plain)")
  }
}
