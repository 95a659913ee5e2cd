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
  /// Free text (an event's message): its lines are joined with spaces instead of showing the first line and `…`,
  /// so that a message that goes on after a line break is not lost.
  public var joinsLines: Bool

  /// Creates a column; by default always shown, left-aligned, uncut, first lines only, with `<none>` for empty
  /// cells.
  public init(
    _ header: String, wideOnly: Bool = false, alignment: Alignment = .left, maxWidth: Int? = nil,
    emptyText: String = "<none>", joinsLines: Bool = false
  ) {
    self.header = header
    self.wideOnly = wideOnly
    self.alignment = alignment
    self.maxWidth = maxWidth
    self.emptyText = emptyText
    self.joinsLines = joinsLines
  }

  /// `raw` on one line, escaped, as a cell of the column shows it before it is cut: its first line, or all of them
  /// joined (`joinsLines`).
  public func line(_ raw: String) -> String {
    TerminalText.escape(joinsLines ? TerminalText.joiningLines(raw) : TerminalText.firstLine(raw))
  }

  /// Creates a column, naming the header argument.
  public init(
    header: String, wideOnly: Bool = false, alignment: Alignment = .left, maxWidth: Int? = nil,
    emptyText: String = "<none>", joinsLines: Bool = false
  ) {
    self.init(
      header, wideOnly: wideOnly, alignment: alignment, maxWidth: maxWidth, emptyText: emptyText,
      joinsLines: joinsLines)
  }
}
