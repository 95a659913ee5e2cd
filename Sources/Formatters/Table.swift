/// A view model for kubectl-style columns: the columns and the rows, both in display order.
public struct Table: Sendable, Equatable {
  /// The columns, including wide-only ones.
  public var columns: [TableColumn]
  /// The rows; a row with fewer cells than columns shows the missing ones as empty.
  public var rows: [TableRow]

  /// Creates a table from rows that may carry a tint.
  public init(columns: [TableColumn], rows: [TableRow] = []) {
    self.columns = columns
    self.rows = rows
  }

  /// Creates a table from plain rows of cell texts, such as a `[[String]]`.
  ///
  /// Generic so that an empty literal (`rows: []`) unambiguously means the `[TableRow]` form.
  public init<Cells: Sequence<String>>(columns: [TableColumn], rows: [Cells]) {
    self.init(columns: columns, rows: rows.map { TableRow(Array($0)) })
  }

  /// Adds a row at the end.
  public mutating func append(_ cells: [String], status: Health? = nil) {
    rows.append(TableRow(cells, status: status))
  }

  /// True when there is nothing to show.
  public var isEmpty: Bool { rows.isEmpty }
}
