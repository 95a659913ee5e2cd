/// Renders trees with box-drawing guides, in the style of `kubectl tree`:
///
/// ```
/// Deployment/web
/// └─ ReplicaSet/web-6d4cf56db6
///    ├─ Pod/web-6d4cf56db6-abcde  (on node a)
///    └─ Pod/web-6d4cf56db6-fghij  (on node b)
/// ```
///
/// Labels and annotations are made terminal-safe (single line). Colour appears only when the
/// style is enabled. Every line ends with a newline.
public struct TreeRenderer: Sendable {
  /// Colours labels by status, dims annotations and bolds headings when enabled.
  public var style: TerminalStyle
  /// A terminal's width: a line's annotations are cut with `…` to fit it (the guides and label stay whole, as
  /// a wrapped line would break the tree; so does the first annotation, a status reason when there is one, when
  /// too little is left to say anything). Nil: whole lines.
  public var width: Int?

  /// Creates a renderer; no colour and whole lines by default.
  public init(style: TerminalStyle = .plain, width: Int? = nil) {
    self.style = style
    self.width = width
  }

  /// Renders a forest: each root at the left margin, its descendants indented below it.
  public func render(_ roots: [TreeNode]) -> String {
    var out = ""
    for root in roots {
      append(root, prefix: "", connector: "", childPrefix: "", to: &out)
    }
    return out
  }

  /// Renders forests under headings (for example one per namespace), skipping empty ones and
  /// separating the rest by one blank line; a nil heading prints no heading line.
  public func render(groups: [(heading: String?, roots: [TreeNode])]) -> String {
    let blocks = groups.compactMap { group -> String? in
      guard !group.roots.isEmpty else { return nil }
      let body = render(group.roots)
      guard let heading = group.heading else { return body }
      return style.bold(TerminalText.escape(heading)) + "\n" + body
    }
    return blocks.joined(separator: "\n")
  }

  private func append(_ node: TreeNode, prefix: String, connector: String, childPrefix: String, to out: inout String) {
    let room = width.map { $0 - TerminalText.displayWidth(prefix + connector) }
    out += prefix + connector + line(for: node, room: room) + "\n"
    for (index, child) in node.children.enumerated() {
      let isLast = index == node.children.count - 1
      append(
        child, prefix: childPrefix, connector: isLast ? "└─ " : "├─ ",
        childPrefix: childPrefix + (isLast ? "   " : "│  "), to: &out)
    }
  }

  /// The label, tinted, then the annotations, dimmed and cut to `room` columns when given.
  private func line(for node: TreeNode, room: Int?) -> String {
    let text = TerminalText.escape(node.label)
    let label = style.paint(text, node.status)
    let notes = node.annotations.map { TerminalText.escape($0) }.filter { !$0.isEmpty }
    guard !notes.isEmpty else { return label }
    var annotation = "(" + notes.joined(separator: ", ") + ")"
    if let room {
      // Two spaces before the annotation; what is left of the line, if enough to say something, holds it. Too
      // little, and the first note goes whole past the edge: dropped, a pod's reason for failing would be lost.
      let left = room - TerminalText.displayWidth(text) - 2
      if TerminalText.displayWidth(annotation) > left {
        annotation =
          left >= 8
          ? TerminalText.truncate(annotation, toWidth: left) : "(" + notes[0] + (notes.count > 1 ? ", …)" : ")")
      }
    }
    return label + "  " + style.dim(annotation)
  }
}
