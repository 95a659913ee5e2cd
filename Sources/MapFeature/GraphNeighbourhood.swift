/// Cuts a resource graph down to what matters around one object (`--focus KIND/NAME --depth N`) or one node
/// (`--node NAME`).
public enum GraphNeighbourhood {
  /// Kinds many objects share (a Node, a StorageClass, the ServiceAccount or Secret every pod mounts): reached,
  /// but not walked through, so a focus on one Service does not pull in everything else on the same node.
  public static let sharedKinds: Set<String> = [
    MapKind.node, .storageClass, .nodePool, .ec2NodeClass, .nodeClass, .aksNodeClass, .serviceAccount, .configMap,
    .secret,
  ].reduce(into: Set<String>()) { $0.insert($1.rawValue) }

  /// The objects at most `depth` relations away from `id` (in either direction; shared kinds other than the start
  /// are not walked through), plus the owner chain of each of them, with the edges between them.
  public static func around(_ id: String, depth: Int, in graph: ResourceGraph) -> ResourceGraph {
    guard graph.node(id: id) != nil else { return graph.restricted(to: []) }
    var included: Set<String> = [id]
    var frontier = [id]
    // Stops once nothing new is reached: `--depth` may be as large as an Int holds.
    for _ in 0..<max(depth, 0) {
      if frontier.isEmpty { break }
      var next: [String] = []
      for current in frontier {
        if current != id, let node = graph.node(id: current), sharedKinds.contains(node.kind) { continue }
        let neighbours = graph.edges(from: current).map(\.to) + graph.edges(to: current).map(\.from)
        for neighbour in neighbours where included.insert(neighbour).inserted {
          next.append(neighbour)
        }
      }
      frontier = next
    }
    // Owner chains, but not of shared objects: a focus on a Service shows its pods' Node, not the NodePool behind it.
    let walked = included.filter { current in
      current == id || graph.node(id: current).map { !sharedKinds.contains($0.kind) } ?? false
    }
    return graph.restricted(to: included.union(withOwners(walked, in: graph)))
  }

  /// What runs on the node `id` and what those pods use: the node and its owners (NodeClaim, NodePool and its
  /// node class), its pods with their owner chains, the Services selecting them, and what they mount and use
  /// (with PVCs' volumes and classes).
  public static func onNode(_ id: String, in graph: ResourceGraph) -> ResourceGraph {
    guard graph.node(id: id) != nil else { return graph.restricted(to: []) }
    var included: Set<String> = [id]
    for edge in graph.edges(to: id, type: .runsOn) {
      let pod = edge.from
      included.insert(pod)
      for out in graph.edges(from: pod) where out.type == .mounts || out.type == .uses {
        included.insert(out.to)
        for bind in graph.edges(from: out.to, type: .binds) {
          included.insert(bind.to)
          for further in graph.edges(from: bind.to, type: .binds) { included.insert(further.to) }
        }
      }
      for selecting in graph.edges(to: pod, type: .selects) { included.insert(selecting.from) }
    }
    var owners = withOwners(included, in: graph)
    for owner in owners {
      for edge in graph.edges(from: owner, type: .class) { owners.insert(edge.to) }
    }
    return graph.restricted(to: owners)
  }

  /// `ids` and every object that owns, provisions or scales one of them, transitively.
  static func withOwners(_ ids: Set<String>, in graph: ResourceGraph) -> Set<String> {
    var result = ids
    var pending = Array(ids)
    while let current = pending.popLast() {
      for edge in graph.edges(to: current) where edge.type == .owns || edge.type == .provisions {
        if result.insert(edge.from).inserted { pending.append(edge.from) }
      }
    }
    return result
  }
}

extension GraphNeighbourhood {
  /// For a namespaced map: every namespaced object, plus the cluster-scoped objects they touch (their Nodes,
  /// PersistentVolumes and StorageClasses) and those objects' owners and node classes. Unrelated Nodes and
  /// NodePools are left out, unless their kind is among `named` (`--kinds`), which shows every object of the kind.
  public static func namespaced(_ graph: ResourceGraph, named: Set<MapKind> = []) -> ResourceGraph {
    var included = Set(graph.nodes.filter { $0.namespace != nil }.map(\.id))
    for id in included {
      for edge in graph.edges(from: id) {
        included.insert(edge.to)
        for bind in graph.edges(from: edge.to, type: .binds) { included.insert(bind.to) }
      }
      for edge in graph.edges(to: id) { included.insert(edge.from) }
    }
    var owners = withOwners(included, in: graph)
    for owner in owners {
      for edge in graph.edges(from: owner, type: .class) { owners.insert(edge.to) }
    }
    // Added last: their own neighbours (every pod on a Node) are not the namespace's.
    for node in graph.nodes where node.namespace == nil && MapKind(kind: node.kind).map(named.contains) == true {
      owners.insert(node.id)
    }
    return graph.restricted(to: owners)
  }
}
