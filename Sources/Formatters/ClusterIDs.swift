/// Hands out readable, unique DOT cluster ids (`cluster_kube_system`, `cluster_kube_system_2`).
struct ClusterIDs {
  /// Ids already given out; `cluster_legend` is kept for the legend so groups never change with it.
  private var used: Set<String> = ["cluster_legend"]

  /// A new id for the group `name`; Graphviz draws a subgraph as a box only when its id starts
  /// with `cluster`.
  mutating func make(for name: String) -> String {
    let base = "cluster_" + DOTText.sanitized(name)
    var id = base
    var counter = 2
    while used.contains(id) {
      id = "\(base)_\(counter)"
      counter += 1
    }
    used.insert(id)
    return id
  }
}
