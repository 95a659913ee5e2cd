import Formatters

/// The cluster's objects and their typed relations: what `lamp map` prints and what other features walk.
///
/// Nodes are sorted by namespace (cluster-scoped first), kind (display order) and name; edges by source,
/// target and type. The same cluster state always gives the same graph. Encodes as lamp's documented JSON
/// schema: `{apiVersion: lamp/v1, kind: ResourceGraph, nodes, edges, warnings}`.
public struct ResourceGraph: Sendable, Equatable {
  /// The objects, sorted.
  public private(set) var nodes: [ResourceNode]
  /// The relations, sorted, without duplicates; both ends are always in `nodes`.
  public private(set) var edges: [ResourceEdge]
  /// What could not be read (a kind the user may not list), as one-line messages.
  public var warnings: [String]

  private var index: [String: Int]
  private var outgoing: [String: [ResourceEdge]]
  private var incoming: [String: [ResourceEdge]]

  /// Creates a graph; nodes with a duplicate id keep their first occurrence and edges to unknown ids are dropped.
  public init(nodes: [ResourceNode], edges: [ResourceEdge], warnings: [String] = []) {
    var seen = Set<String>()
    let unique = nodes.filter { seen.insert($0.id).inserted }
    self.nodes = unique.sorted(by: Self.precedes)
    self.edges = Array(Set(edges.filter { seen.contains($0.from) && seen.contains($0.to) })).sorted()
    self.warnings = warnings
    index = Dictionary(uniqueKeysWithValues: self.nodes.enumerated().map { ($1.id, $0) })
    outgoing = Dictionary(grouping: self.edges, by: \.from)
    incoming = Dictionary(grouping: self.edges, by: \.to)
  }

  /// The node with this id.
  public func node(id: String) -> ResourceNode? {
    index[id].map { nodes[$0] }
  }

  /// The node of this kind, namespace (nil for cluster-scoped) and name.
  public func node(kind: String, namespace: String?, name: String) -> ResourceNode? {
    nodes.first { $0.kind == kind && $0.namespace == namespace && $0.name == name }
  }

  /// Edges leaving `id`, optionally of one type.
  public func edges(from id: String, type: EdgeType? = nil) -> [ResourceEdge] {
    (outgoing[id] ?? []).filter { type == nil || $0.type == type }
  }

  /// Edges arriving at `id`, optionally of one type.
  public func edges(to id: String, type: EdgeType? = nil) -> [ResourceEdge] {
    (incoming[id] ?? []).filter { type == nil || $0.type == type }
  }

  /// The subgraph of the given node ids (edges between them only), keeping the warnings.
  public func restricted(to ids: Set<String>) -> ResourceGraph {
    ResourceGraph(
      nodes: nodes.filter { ids.contains($0.id) },
      edges: edges.filter { ids.contains($0.from) && ids.contains($0.to) }, warnings: warnings)
  }

  /// Display order: cluster-scoped first, then by namespace, kind and name.
  static func precedes(_ lhs: ResourceNode, _ rhs: ResourceNode) -> Bool {
    let left = (lhs.namespace ?? "", MapKind.rank(of: lhs.kind), lhs.kind, lhs.name, lhs.id)
    let right = (rhs.namespace ?? "", MapKind.rank(of: rhs.kind), rhs.kind, rhs.name, rhs.id)
    return left < right
  }

  public static func == (lhs: ResourceGraph, rhs: ResourceGraph) -> Bool {
    lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.warnings == rhs.warnings
  }
}

extension ResourceGraph: Codable {
  private enum CodingKeys: String, CodingKey { case apiVersion, kind, nodes, edges, warnings }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      nodes: try c.decode([ResourceNode].self, forKey: .nodes), edges: try c.decode([ResourceEdge].self, forKey: .edges),
      warnings: try c.decodeIfPresent([String].self, forKey: .warnings) ?? [])
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode("lamp/v1", forKey: .apiVersion)
    try c.encode("ResourceGraph", forKey: .kind)
    try c.encode(nodes, forKey: .nodes)
    try c.encode(edges, forKey: .edges)
    try c.encode(warnings, forKey: .warnings)
  }
}
