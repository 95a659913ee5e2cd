import Formatters

extension ResourceGraph {
  /// The graph as Formatters' `Graph`: one node per object labelled kind, name (with the namespace when groups
  /// are not namespaces) and status reason; one DOT cluster per group; edge labels carry the edge's detail.
  public func formattersGraph(grouping: MapGrouping) -> Graph {
    let groups = grouping.groups(of: self)
    var graph = Graph()
    for node in nodes {
      var name = node.name
      if grouping != .namespace, let namespace = node.namespace { name = namespace + "/" + name }
      let label = [node.kind, name] + (node.reason.isEmpty ? [] : [node.reason])
      graph.add(
        Graph.Node(
          id: node.id, label: label, kind: MapKind(kind: node.kind)?.family ?? "external", status: node.status,
          group: groups[node.id]))
    }
    for edge in edges {
      graph.add(Graph.Edge(from: edge.from, to: edge.to, type: edge.type.rawValue, label: edge.detail))
    }
    return graph
  }

  /// DOT text for `-o dot`: deterministic, every id and label quoted, with an optional legend.
  public func dot(grouping: MapGrouping, legend: Bool, title: String) -> String {
    var styles = DOTRenderer.defaultEdgeStyles
    styles["provisions"] = Graph.EdgeStyle(line: .dashed, color: "#17becf")
    styles["class"] = Graph.EdgeStyle(line: .dotted, color: "#17becf", arrowhead: "empty")
    let renderer = DOTRenderer(legend: legend, edgeStyles: styles)
    return renderer.render(formattersGraph(grouping: grouping), title: title)
  }
}
