/// `--group-by`: how nodes are gathered into DOT clusters and tree sections.
public enum MapGrouping: String, CaseIterable, Sendable {
  /// By namespace; cluster-scoped objects are in no group.
  case namespace
  /// Pods (and Nodes) by the node they run on; everything else in no group.
  case node
  /// By `app.kubernetes.io/instance`, else `app.kubernetes.io/name`, else `app`.
  case app
  /// One picture, no groups.
  case none

  /// The heading of the entries that fall in no group (nil when there are no groups at all).
  public var ungroupedHeading: String? {
    switch self {
    case .namespace: return "(cluster-scoped)"
    case .node: return "(not on a node)"
    case .app: return "(no app)"
    case .none: return nil
    }
  }

  /// The group of every node, by id; absent for nodes in no group.
  public func groups(of graph: ResourceGraph) -> [String: String] {
    var groups: [String: String] = [:]
    for node in graph.nodes {
      switch self {
      case .namespace: groups[node.id] = node.namespace
      case .app: groups[node.id] = node.app
      case .none: break
      case .node:
        if node.kind == MapKind.node.rawValue {
          groups[node.id] = node.name
        } else if let edge = graph.edges(from: node.id, type: .runsOn).first, let host = graph.node(id: edge.to) {
          groups[node.id] = host.name
        }
      }
    }
    return groups
  }
}
