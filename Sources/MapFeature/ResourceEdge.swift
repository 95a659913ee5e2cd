/// A typed, directed relation between two nodes of the resource graph.
public struct ResourceEdge: Sendable, Hashable, Codable, Comparable {
  /// The id of the owner or referring object.
  public var from: String
  /// The id of the owned or referred-to object.
  public var to: String
  public var type: EdgeType
  /// How the reference is made, when it says more than the type (`volume data`, `envFrom`, `tls`, `host/path`).
  public var detail: String?

  /// Creates an edge.
  public init(from: String, to: String, type: EdgeType, detail: String? = nil) {
    self.from = from
    self.to = to
    self.type = type
    self.detail = detail
  }

  public static func < (lhs: ResourceEdge, rhs: ResourceEdge) -> Bool {
    (lhs.from, lhs.to, lhs.type.rank, lhs.detail ?? "") < (rhs.from, rhs.to, rhs.type.rank, rhs.detail ?? "")
  }
}
