import Formatters

/// The `-o tree` view model: per group, an ownership forest (owners above what they own; NodePools above their
/// NodeClaims) whose entries carry their status reason and their other relations as short annotations.
public enum MapTree {
  /// Kinds listed as entries of their own only when nothing refers to them or they are missing; otherwise they
  /// appear as annotations (`mounts secret/db`, `uses sa/api`).
  static let annotationOnlyKinds: Set<String> = ["ConfigMap", "Secret", "ServiceAccount", "StorageClass"]

  /// One section per group (sorted by name, the ungrouped section last), skipping empty ones.
  public static func sections(_ graph: ResourceGraph, grouping: MapGrouping) -> [(heading: String?, roots: [TreeNode])]
  {
    let groups = grouping.groups(of: graph)
    var members: [String?: [ResourceNode]] = [:]
    for node in graph.nodes { members[groups[node.id], default: []].append(node) }
    let names = members.keys.compactMap { $0 }.sorted()
    var sections: [(heading: String?, roots: [TreeNode])] = []
    for name in names {
      let heading = grouping == .namespace ? "namespace \(name)" : name
      sections.append((heading, roots(members[name] ?? [], groups: groups, group: name, graph: graph)))
    }
    if let ungrouped = members[nil] {
      sections.append((grouping.ungroupedHeading, roots(ungrouped, groups: groups, group: nil, graph: graph)))
    }
    return sections.filter { !$0.roots.isEmpty }
  }

  /// Entries of one group that no other entry of the group owns.
  static func roots(_ nodes: [ResourceNode], groups: [String: String], group: String?, graph: ResourceGraph)
    -> [TreeNode]
  {
    let tree = Builder(graph: graph, groups: groups, group: group)
    let entries = nodes.filter { node in
      !(annotationOnlyKinds.contains(node.kind) && !node.placeholder && !graph.edges(to: node.id).isEmpty)
    }
    var roots = entries.filter { tree.parents(of: $0.id).isEmpty }
    // Objects that own each other in a cycle (the API server does not forbid it) have no owner-less entry: the
    // first of a cycle nothing else reaches becomes a root too, so the tree leaves out nothing the graph holds.
    var reached = tree.descendants(of: roots)
    for node in entries.sorted(by: ResourceGraph.precedes) where !reached.contains(node.id) {
      roots.append(node)
      reached.formUnion(tree.descendants(of: [node]))
    }
    return roots.map { tree.entry($0, path: []) }
  }

  struct Builder {
    let graph: ResourceGraph
    let groups: [String: String]
    let group: String?

    /// Tree parents in the same group: owners and provisioning NodePools.
    func parents(of id: String) -> [String] {
      graph.edges(to: id).filter { $0.type == .owns || $0.type == .provisions }.map(\.from).filter {
        groups[$0] == group && graph.node(id: $0) != nil
      }
    }

    func children(of id: String) -> [ResourceNode] {
      graph.edges(from: id).filter { $0.type == .owns || $0.type == .provisions }.compactMap {
        groups[$0.to] == group ? graph.node(id: $0.to) : nil
      }.sorted(by: ResourceGraph.precedes)
    }

    /// The ids of `roots` and of everything below them.
    func descendants(of roots: [ResourceNode]) -> Set<String> {
      var seen = Set(roots.map(\.id))
      var queue = roots
      while let node = queue.popLast() {
        for child in children(of: node.id) where seen.insert(child.id).inserted { queue.append(child) }
      }
      return seen
    }

    func entry(_ node: ResourceNode, path: Set<String>) -> TreeNode {
      let path = path.union([node.id])
      let kids = children(of: node.id).filter { !path.contains($0.id) }.map { entry($0, path: path) }
      return TreeNode(
        "\(node.kind)/\(node.name)", status: node.status, annotations: annotations(node), children: kids)
    }

    /// The reason (and namespace when the group is not one), then the relations other than tree nesting, sorted.
    func annotations(_ node: ResourceNode) -> [String] {
      var head: [String] = []
      if !node.reason.isEmpty { head.append(node.reason) }
      if let namespace = node.namespace, namespace != group { head.append("namespace \(namespace)") }
      return head + relations(node).sorted()
    }

    /// `on node x`, `mounts secret/db`, `selected by svc/web`, …
    func relations(_ node: ResourceNode) -> [String] {
      var notes: [String] = []
      for edge in graph.edges(from: node.id) {
        guard let target = graph.node(id: edge.to) else { continue }
        switch edge.type {
        case .runsOn: notes.append("on node \(target.name)")
        case .mounts: notes.append("mounts \(target.shortReference)")
        case .uses where target.name != "default": notes.append("uses \(target.shortReference)")
        case .routes: notes.append("routes to \(target.shortReference)")
        case .binds: notes.append("binds \(target.shortReference)")
        case .scales: notes.append("scales \(target.shortReference)")
        case .class: notes.append("class \(target.shortReference)")
        case .owns, .provisions:
          if groups[edge.to] != group { notes.append("owns \(target.shortReference)") }
        default: break
        }
      }
      for edge in graph.edges(to: node.id) {
        guard let source = graph.node(id: edge.from) else { continue }
        switch edge.type {
        case .selects: notes.append("selected by \(source.shortReference)")
        case .scales: notes.append("scaled by \(source.shortReference)")
        case .routes where node.kind != "Secret": notes.append("routed from \(source.shortReference)")
        case .owns, .provisions:
          if groups[edge.from] != group { notes.append("owned by \(source.shortReference)") }
        default: break
        }
      }
      return notes
    }
  }
}
