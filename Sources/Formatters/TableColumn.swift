/// One column of a `Table`: its header and how its cells are laid out.
public struct TableColumn: Sendable, Equatable {
  /// Which side of the column a cell is pushed to.
  public enum Alignment: Sendable, Equatable {
    case left
    case right
  }

  /// The header, printed as given (kubectl headers are upper case: `NAME`, `READY`).
  public var header: String
  /// Shown only with `-o wide`.
  public var wideOnly: Bool
  /// Left for text, right for numbers.
  public var alignment: Alignment
  /// Cells wider than this many terminal columns are cut and end in `…`; nil for no limit.
  public var maxWidth: Int?
  /// What an empty cell shows.
  public var emptyText: String

  /// Creates a column; by default always shown, left-aligned, uncut, with `<none>` for empty cells.
  public init(
    _ header: String, wideOnly: Bool = false, alignment: Alignment = .left, maxWidth: Int? = nil,
    emptyText: String = "<none>"
  ) {
    self.header = header
    self.wideOnly = wideOnly
    self.alignment = alignment
    self.maxWidth = maxWidth
    self.emptyText = emptyText
  }

  /// Creates a column, naming the header argument.
  public init(
    header: String, wideOnly: Bool = false, alignment: Alignment = .left, maxWidth: Int? = nil,
    emptyText: String = "<none>"
  ) {
    self.init(header, wideOnly: wideOnly, alignment: alignment, maxWidth: maxWidth, emptyText: emptyText)
  }
}
