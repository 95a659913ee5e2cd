extension DOTRenderer {
  /// A `cluster_legend` subgraph with one sample per status, kind and edge type the graph uses.
  func legendLines(nodes: [Graph.Node], edges: [Graph.Edge]) -> [String] {
    let prefix = legendPrefix(avoiding: nodes)
    var body: [String] = []

    let statuses = Set(nodes.map(\.status))
    for status in Health.allCases where statuses.contains(status) {
      let node = Graph.Node(id: prefix + "status." + status.rawValue, label: [status.rawValue], status: status)
      body.append(statement(for: node))
    }
    for kind in Set(nodes.map(\.kind)).sorted() where !kind.isEmpty {
      body.append(statement(for: Graph.Node(id: prefix + "kind." + kind, label: [kind], kind: kind)))
    }
    for type in Set(edges.map(\.type)).sorted() {
      let start = prefix + "edge." + type + ".from"
      let end = prefix + "edge." + type + ".to"
      let point = DOTText.attributes([("label", ""), ("shape", "point"), ("width", "0.06")])
      let text = DOTText.attributes([("label", type), ("shape", "plaintext"), ("style", "")])
      let style = edgeStyles[type] ?? Self.fallbackEdgeStyle
      body.append("\(DOTText.quoted(start)) \(point);")
      body.append("\(DOTText.quoted(end)) \(text);")
      body.append("\(DOTText.quoted(start)) -> \(DOTText.quoted(end)) \(DOTText.attributes(attributes(of: style)));")
    }

    let settings = ["label=\"Legend\";", "style=\"rounded,dashed\";", "color=\"#bbbbbb\";", "fontcolor=\"#444444\";"]
    return ["subgraph \"cluster_legend\" {"] + (settings + body).map { "  " + $0 } + ["}"]
  }

  /// A prefix for legend node ids that no real node id starts with.
  private func legendPrefix(avoiding nodes: [Graph.Node]) -> String {
    var prefix = "lamp.legend."
    while nodes.contains(where: { $0.id.hasPrefix(prefix) }) {
      prefix = "_" + prefix
    }
    return prefix
  }
}
