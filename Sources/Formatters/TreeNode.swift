/// One entry of a `-o tree` view, with its children below it.
public struct TreeNode: Sendable, Equatable {
  /// The main text, for example `Deployment/web`.
  public var label: String
  /// Tints the label when colour is on.
  public var status: Health
  /// Secondary facts shown dimmed after the label: `(on node x, selected by svc/web)`.
  public var annotations: [String]
  /// The entries drawn below this one, in display order.
  public var children: [TreeNode]

  /// Creates a tree entry.
  public init(_ label: String, status: Health = .unknown, annotations: [String] = [], children: [TreeNode] = []) {
    self.label = label
    self.status = status
    self.annotations = annotations
    self.children = children
  }
}
