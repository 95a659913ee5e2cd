/// Renders a `Graph` as Graphviz DOT that `dot -Tsvg` accepts whatever the names contain.
///
/// Output is deterministic: ungrouped nodes first, then one cluster per group in name order,
/// nodes by id within each; edges by source, target, type and label. Every id, label and
/// attribute value is quoted and escaped. A node id that appears twice keeps its first definition.
public struct DOTRenderer: Sendable {
  /// Adds a legend cluster explaining the statuses, kinds and edge types the graph uses.
  public var legend: Bool
  /// Graphviz shape per node kind; kinds not listed are drawn as `box`.
  public var shapes: [String: String]
  /// Style per edge type; types not listed get a solid grey line.
  public var edgeStyles: [String: Graph.EdgeStyle]
  /// Fill colour per status.
  public var fillColors: [Health: String]
  /// The font of every label.
  public var fontName: String
  /// Graphviz `rankdir`: `LR` (left to right) or `TB` (top to bottom).
  public var rankDirection: String

  /// Creates a renderer with the default shapes, edge styles and colours.
  public init(
    legend: Bool = false, shapes: [String: String] = DOTRenderer.defaultShapes,
    edgeStyles: [String: Graph.EdgeStyle] = DOTRenderer.defaultEdgeStyles,
    fillColors: [Health: String] = DOTRenderer.defaultFillColors, fontName: String = "Helvetica",
    rankDirection: String = "LR"
  ) {
    self.legend = legend
    self.shapes = shapes
    self.edgeStyles = edgeStyles
    self.fillColors = fillColors
    self.fontName = fontName
    self.rankDirection = rankDirection
  }

  /// Shapes for common kind families.
  public static let defaultShapes: [String: String] = [
    "workload": "box3d", "pod": "box", "job": "parallelogram", "service": "ellipse", "ingress": "invhouse",
    "node": "component", "storage": "cylinder", "config": "note", "secret": "octagon", "identity": "house",
    "autoscaler": "hexagon", "external": "doubleoctagon",
  ]

  /// Styles for common edge types.
  public static let defaultEdgeStyles: [String: Graph.EdgeStyle] = [
    "owns": .init(line: .solid, color: "#555555"),
    "selects": .init(line: .dashed, color: "#1f77b4"),
    "routes": .init(line: .bold, color: "#2ca02c"),
    "mounts": .init(line: .dotted, color: "#8c564b"),
    "uses": .init(line: .dashed, color: "#555555"),
    "scales": .init(line: .dashed, color: "#9467bd"),
    "runs-on": .init(line: .dotted, color: "#7f7f7f", constraint: false),
    "binds": .init(line: .solid, color: "#d62728"),
  ]

  /// Pale fills that keep black text readable.
  public static let defaultFillColors: [Health: String] = [
    .ok: "#d9f2d9", .warning: "#fff1c2", .error: "#f9d0d0", .muted: "#eeeeee", .unknown: "#ffffff",
  ]

  static let fallbackShape = "box"
  static let fallbackEdgeStyle = Graph.EdgeStyle(line: .solid, color: "#777777")

  /// The DOT text of `graph`, named and labelled `title`, ending in a newline.
  public func render(_ graph: Graph, title: String) -> String {
    let nodes = uniqueNodes(graph.nodes)
    var lines: [String] = ["digraph \(DOTText.quoted(title)) {"]
    lines += header(title: title).map { "  " + $0 }

    for node in nodes where node.group == nil {
      lines.append("  " + statement(for: node))
    }
    var clusterIDs = ClusterIDs()
    let groups = Dictionary(grouping: nodes.filter { $0.group != nil }, by: { $0.group ?? "" })
    for name in groups.keys.sorted() {
      lines.append("  subgraph \(DOTText.quoted(clusterIDs.make(for: name))) {")
      lines.append("    label=\(DOTText.quoted(name));")
      lines.append("    style=\"rounded\";")
      lines.append("    color=\"#aaaaaa\";")
      lines.append("    fontcolor=\"#444444\";")
      for node in groups[name] ?? [] {
        lines.append("    " + statement(for: node))
      }
      lines.append("  }")
    }

    for edge in sortedEdges(graph.edges) {
      lines.append("  " + statement(for: edge))
    }
    if legend && !nodes.isEmpty {
      lines += legendLines(nodes: nodes, edges: graph.edges).map { "  " + $0 }
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Graph, node and edge defaults.
  private func header(title: String) -> [String] {
    let graphAttributes = DOTText.attributes([
      ("rankdir", rankDirection), ("fontname", fontName), ("fontsize", "12"), ("label", title),
      ("labelloc", "t"), ("labeljust", "l"), ("nodesep", "0.3"), ("ranksep", "0.7"),
    ])
    let nodeAttributes = DOTText.attributes([
      ("fontname", fontName), ("fontsize", "10"), ("shape", Self.fallbackShape), ("style", "filled"),
      ("fillcolor", fillColors[.unknown] ?? "#ffffff"), ("color", "#555555"),
    ])
    let edgeAttributes = DOTText.attributes([
      ("fontname", fontName), ("fontsize", "9"), ("color", "#777777"), ("arrowsize", "0.7"),
    ])
    return ["graph \(graphAttributes);", "node \(nodeAttributes);", "edge \(edgeAttributes);"]
  }

  /// First definition of each id wins, then sorted by group and id.
  private func uniqueNodes(_ nodes: [Graph.Node]) -> [Graph.Node] {
    var seen = Set<String>()
    let unique = nodes.filter { seen.insert($0.id).inserted }
    return unique.sorted { ($0.group ?? "", $0.id) < ($1.group ?? "", $1.id) }
  }

  /// Sorted and without exact duplicates.
  private func sortedEdges(_ edges: [Graph.Edge]) -> [Graph.Edge] {
    let sorted = edges.sorted {
      ($0.from, $0.to, $0.type, $0.label ?? "") < ($1.from, $1.to, $1.type, $1.label ?? "")
    }
    var unique: [Graph.Edge] = []
    for edge in sorted where unique.last != edge {
      unique.append(edge)
    }
    return unique
  }

  /// `"id" [label=..., shape=..., fillcolor=...];`
  func statement(for node: Graph.Node) -> String {
    let shape = shapes[node.kind] ?? Self.fallbackShape
    let text = node.label.isEmpty ? node.id : node.label.joined(separator: "\n")
    let isRecord = shape == "record" || shape == "Mrecord"
    var pairs: [(String, String)] = [("shape", shape)]
    if shape == "box" { pairs.append(("style", "filled,rounded")) }
    pairs.append(("fillcolor", fillColors[node.status] ?? fillColors[.unknown] ?? "#ffffff"))
    if node.status == .muted { pairs.append(("fontcolor", "#777777")) }
    let label = "label=" + DOTText.quoted(text, recordSafe: isRecord)
    let list = ([label] + pairs.map(DOTText.assignment)).joined(separator: ", ")
    return "\(DOTText.quoted(node.id)) [\(list)];"
  }

  /// `"from" -> "to" [style=..., color=...];`
  func statement(for edge: Graph.Edge) -> String {
    let style = edge.style ?? edgeStyles[edge.type] ?? Self.fallbackEdgeStyle
    var pairs = attributes(of: style)
    if let label = edge.label { pairs.insert(("label", label), at: 0) }
    let list = pairs.isEmpty ? "" : " " + DOTText.attributes(pairs)
    return "\(DOTText.quoted(edge.from)) -> \(DOTText.quoted(edge.to))\(list);"
  }

  /// The DOT attributes that draw an edge style.
  func attributes(of style: Graph.EdgeStyle) -> [(String, String)] {
    var pairs: [(String, String)] = [("style", style.line.rawValue)]
    if let color = style.color { pairs.append(("color", color)) }
    if let arrowhead = style.arrowhead { pairs.append(("arrowhead", arrowhead)) }
    if !style.constraint { pairs.append(("constraint", "false")) }
    return pairs
  }
}
