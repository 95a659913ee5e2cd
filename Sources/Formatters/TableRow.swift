/// One row of a `Table`: its cells, in column order, and an optional tint.
///
/// A row behaves like an array of strings, so `["web", "1/1"]` is a row and `row[0]` its first cell.
public struct TableRow: Sendable, Equatable, RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral {
  /// The raw cell texts; they are escaped and cut when rendered, not here.
  public var cells: [String]
  /// Tints the whole row when colour is on; nil for no tint.
  public var status: Health?

  /// Creates a row.
  public init(_ cells: [String], status: Health? = nil) {
    self.cells = cells
    self.status = status
  }

  public init(arrayLiteral elements: String...) {
    self.init(elements)
  }

  public var startIndex: Int { cells.startIndex }
  public var endIndex: Int { cells.endIndex }

  public subscript(position: Int) -> String {
    get { cells[position] }
    set { cells[position] = newValue }
  }
}
