extension Graph {
  /// How an edge is drawn: line pattern, colour and arrow head.
  public struct EdgeStyle: Sendable, Equatable {
    /// The line pattern.
    public enum Line: String, Sendable, Equatable, CaseIterable {
      case solid
      case dashed
      case dotted
      case bold
    }

    /// The line pattern.
    public var line: Line
    /// A Graphviz colour (`#rrggbb` or a colour name); nil for the default grey.
    public var color: String?
    /// A Graphviz arrow shape (`normal`, `empty`, `dot`, `none`...); nil for the default.
    public var arrowhead: String?
    /// False to keep the edge from influencing the layout's ranks (for cross links).
    public var constraint: Bool

    /// Creates a style; by default a solid grey line with a normal arrow that shapes the layout.
    public init(line: Line = .solid, color: String? = nil, arrowhead: String? = nil, constraint: Bool = true) {
      self.line = line
      self.color = color
      self.arrowhead = arrowhead
      self.constraint = constraint
    }
  }
}
