/// A view model for `-o dot`: nodes, optionally in groups, and typed edges between them.
public struct Graph: Sendable, Equatable {
  /// One box in the picture.
  public struct Node: Sendable, Equatable {
    /// Unique within the graph; edges refer to it.
    public var id: String
    /// The label, one entry per line; the id is shown when empty.
    public var label: [String]
    /// The shape family, looked up in `DOTRenderer.shapes` (for example `workload`, `service`).
    public var kind: String
    /// Chooses the fill colour.
    public var status: Health
    /// The cluster the node is drawn in (for example a namespace); nil for none.
    public var group: String?

    /// Creates a node.
    public init(id: String, label: [String] = [], kind: String = "", status: Health = .unknown, group: String? = nil) {
      self.id = id
      self.label = label
      self.kind = kind
      self.status = status
      self.group = group
    }
  }

  /// An arrow from one node to another.
  public struct Edge: Sendable, Equatable {
    /// The id of the node the arrow starts at.
    public var from: String
    /// The id of the node the arrow points to.
    public var to: String
    /// What the relation is (for example `owns`, `selects`); chooses the style and legend entry.
    public var type: String
    /// Text drawn along the arrow; nil for none.
    public var label: String?
    /// Overrides the renderer's style for this edge's type; nil to use it.
    public var style: EdgeStyle?

    /// Creates an edge.
    public init(from: String, to: String, type: String, label: String? = nil, style: EdgeStyle? = nil) {
      self.from = from
      self.to = to
      self.type = type
      self.label = label
      self.style = style
    }
  }

  /// The nodes, in any order; the renderer sorts them.
  public var nodes: [Node]
  /// The edges, in any order; the renderer sorts them.
  public var edges: [Edge]

  /// Creates a graph.
  public init(nodes: [Node] = [], edges: [Edge] = []) {
    self.nodes = nodes
    self.edges = edges
  }

  /// Adds a node.
  public mutating func add(_ node: Node) {
    nodes.append(node)
  }

  /// Adds an edge.
  public mutating func add(_ edge: Edge) {
    edges.append(edge)
  }

  /// True when there are no nodes.
  public var isEmpty: Bool { nodes.isEmpty }
}
