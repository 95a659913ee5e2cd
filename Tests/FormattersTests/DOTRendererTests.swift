import Formatters
import Testing

@Suite struct DOTRendererTests {
  static let sample = Graph(
    nodes: [
      Graph.Node(id: "default/svc/web", label: ["Service", "web"], kind: "service", status: .ok, group: "default"),
      Graph.Node(
        id: "default/deploy/web", label: ["Deployment", "web"], kind: "workload", status: .warning, group: "default"),
      Graph.Node(id: "node/a", label: ["Node", "a"], kind: "node", status: .ok),
      Graph.Node(id: "kube-system/pod/dns", label: ["Pod", "dns"], kind: "pod", status: .error, group: "kube-system"),
      Graph.Node(id: "default/svc/web", label: ["duplicate"], kind: "service", group: "other"),
    ],
    edges: [
      Graph.Edge(from: "default/svc/web", to: "default/deploy/web", type: "selects", label: "app=web"),
      Graph.Edge(from: "kube-system/pod/dns", to: "node/a", type: "runs-on"),
      Graph.Edge(from: "default/deploy/web", to: "node/a", type: "custom"),
      Graph.Edge(from: "default/deploy/web", to: "node/a", type: "custom"),
    ])

  static let header = """
    digraph "cluster map" {
      graph [rankdir="LR", fontname="Helvetica", fontsize="12", label="cluster map", labelloc="t", labeljust="l", \
    nodesep="0.3", ranksep="0.7"];
      node [fontname="Helvetica", fontsize="10", shape="box", style="filled", fillcolor="#ffffff", color="#555555"];
      edge [fontname="Helvetica", fontsize="9", color="#777777", arrowsize="0.7"];

    """

  @Test func golden() {
    let expected =
      Self.header + """
          "node/a" [label="Node\\na", shape="component", fillcolor="#d9f2d9"];
          subgraph "cluster_default" {
            label="default";
            style="rounded";
            color="#aaaaaa";
            fontcolor="#444444";
            "default/deploy/web" [label="Deployment\\nweb", shape="box3d", fillcolor="#fff1c2"];
            "default/svc/web" [label="Service\\nweb", shape="ellipse", fillcolor="#d9f2d9"];
          }
          subgraph "cluster_kube_system" {
            label="kube-system";
            style="rounded";
            color="#aaaaaa";
            fontcolor="#444444";
            "kube-system/pod/dns" [label="Pod\\ndns", shape="box", style="filled,rounded", fillcolor="#f9d0d0"];
          }
          "default/deploy/web" -> "node/a" [style="solid", color="#777777"];
          "default/svc/web" -> "default/deploy/web" [label="app=web", style="dashed", color="#1f77b4"];
          "kube-system/pod/dns" -> "node/a" [style="dotted", color="#7f7f7f", constraint="false"];
        }

        """
    #expect(DOTRenderer().render(Self.sample, title: "cluster map") == expected)
  }

  @Test func emptyGraph() {
    #expect(DOTRenderer(legend: true).render(Graph(), title: "cluster map") == Self.header + "}\n")
  }

  @Test func legendListsUsedStatusesKindsAndEdgeTypes() {
    let graph = Graph(
      nodes: [
        Graph.Node(id: "a", kind: "workload", status: .ok),
        Graph.Node(id: "lamp.legend.x", kind: "workload", status: .error),
      ],
      edges: [Graph.Edge(from: "a", to: "lamp.legend.x", type: "owns")])
    let output = DOTRenderer(legend: true).render(graph, title: "t")
    let expected = """
        subgraph "cluster_legend" {
          label="Legend";
          style="rounded,dashed";
          color="#bbbbbb";
          fontcolor="#444444";
          "_lamp.legend.status.ok" [label="ok", shape="box", style="filled,rounded", fillcolor="#d9f2d9"];
          "_lamp.legend.status.error" [label="error", shape="box", style="filled,rounded", fillcolor="#f9d0d0"];
          "_lamp.legend.kind.workload" [label="workload", shape="box3d", fillcolor="#ffffff"];
          "_lamp.legend.edge.owns.from" [label="", shape="point", width="0.06"];
          "_lamp.legend.edge.owns.to" [label="owns", shape="plaintext", style=""];
          "_lamp.legend.edge.owns.from" -> "_lamp.legend.edge.owns.to" [style="solid", color="#555555"];
        }
      }

      """
    #expect(output.hasSuffix(expected), "\(output)")
  }

  @Test func idsAndLabelsAreQuotedAndEscaped() {
    let graph = Graph(
      nodes: [
        Graph.Node(id: "a\"b\\c", label: ["line\none", "<b>x</b> {y}", "tab\there\u{1B}[0m"], group: "ns \"q\"")
      ],
      edges: [Graph.Edge(from: "a\"b\\c", to: "z\n", type: "t", label: "l\"\\")])
    let output = DOTRenderer().render(graph, title: "t\"\\")
    #expect(output.hasPrefix(#"digraph "t\"\\" {"#))
    #expect(output.contains(#"  subgraph "cluster_ns__q_" {"#))
    #expect(output.contains(#"    label="ns \"q\"";"#))
    #expect(output.contains(#"    "a\"b\\c" [label="line\none\n<b>x</b> {y}\ntabhere[0m", shape="box""#))
    #expect(output.contains(##"  "a\"b\\c" -> "z\n" [label="l\"\\", style="solid", color="#777777"];"##))
  }

  @Test func recordShapesEscapeFieldSyntax() {
    var renderer = DOTRenderer()
    renderer.shapes["table"] = "record"
    let output = renderer.render(Graph(nodes: [Graph.Node(id: "r", label: ["{a|b} <p>"], kind: "table")]), title: "t")
    #expect(output.contains(#""r" [label="\{a\|b\} \<p\>", shape="record""#))
  }

  @Test func clusterIDsAreSanitisedAndUnique() {
    let graph = Graph(nodes: [
      Graph.Node(id: "1", group: "a.b"), Graph.Node(id: "2", group: "a_b"), Graph.Node(id: "3", group: "a:b"),
      Graph.Node(id: "4", group: "legend"), Graph.Node(id: "5", group: "名前"),
    ])
    let output = DOTRenderer().render(graph, title: "t")
    let ids = output.split(separator: "\n").filter { $0.hasPrefix("  subgraph ") }
    #expect(
      ids == [
        #"  subgraph "cluster_a_b" {"#, #"  subgraph "cluster_a_b_2" {"#, #"  subgraph "cluster_a_b_3" {"#,
        #"  subgraph "cluster_legend_2" {"#, #"  subgraph "cluster___" {"#,
      ])
  }

  @Test func edgeStyleOverridesAndCustomTables() {
    var renderer = DOTRenderer(edgeStyles: ["x": .init(line: .bold, color: "red", arrowhead: "empty")])
    renderer.rankDirection = "TB"
    let graph = Graph(
      nodes: [Graph.Node(id: "a"), Graph.Node(id: "b")],
      edges: [
        Graph.Edge(from: "a", to: "b", type: "x"),
        Graph.Edge(from: "b", to: "a", type: "x", style: .init(line: .dotted)),
      ])
    let output = renderer.render(graph, title: "t")
    #expect(output.contains(#"rankdir="TB""#))
    #expect(output.contains(#"  "a" -> "b" [style="bold", color="red", arrowhead="empty"];"#))
    #expect(output.contains(#"  "b" -> "a" [style="dotted"];"#))
  }
}
