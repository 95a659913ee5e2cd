/// A table whose rows are written when it is laid out instead of being held as `TableRow`s: for tables of tens of
/// thousands of rows, where making, measuring and freeing each row's array and strings took most of the time.
/// `TableRenderer` lays out every table through this form.
public struct LazyTable: Sendable {
  /// The columns, including wide-only ones.
  public var columns: [TableColumn]
  /// How many rows there are.
  public var count: Int
  /// Writes row `index`'s cells in column order (missing ones show as empty) and returns its tint. Called
  /// concurrently for large tables, so it must only read shared state.
  public var row: @Sendable (_ index: Int, _ cells: inout TableCells) -> Health?

  /// Creates a table of `count` rows that `row` writes.
  public init(
    columns: [TableColumn], count: Int, row: @escaping @Sendable (_ index: Int, _ cells: inout TableCells) -> Health?
  ) {
    self.columns = columns
    self.count = count
    self.row = row
  }

  /// The rows of a `Table`.
  public init(_ table: Table) {
    let rows = table.rows
    self.init(columns: table.columns, count: rows.count) { index, cells in
      for text in rows[index].cells { cells.add(text) }
      return rows[index].status
    }
  }

  /// The same rows as a `Table`, for layouts that need the cells themselves.
  public func table() -> Table {
    Table(
      columns: columns,
      rows: (0..<count).map { index in
        var cells = TableCells()
        let status = row(index, &cells)
        return TableRow(cells.texts ?? [], status: status)
      })
  }
}

/// Where a `LazyTable` writes a row's cells: straight into the laid-out text of the rows being measured (or, when
/// a `Table` is made of it, into strings).
public struct TableCells {
  /// The rows being laid out (empty when collecting strings).
  var part: TableRenderer.Part
  /// Set when collecting strings.
  var texts: [String]?
  /// The row's next column, counting hidden ones.
  var column = 0

  /// Collects strings.
  init() {
    part = TableRenderer.Part(columns: [], shown: [], rows: 0)
    texts = []
  }

  /// Writes into `part`.
  init(part: TableRenderer.Part) { self.part = part }

  /// The raw texts `write` adds, as strings: one row's cells laid out by a shared function.
  public static func collect(_ write: (inout TableCells) -> Void) -> [String] {
    var cells = TableCells()
    write(&cells)
    return cells.texts ?? []
  }

  /// Adds the next cell; its text is escaped and cut when laid out, not here.
  public mutating func add(_ text: String) {
    defer { column += 1 }
    if texts != nil {
      texts?.append(text)
    } else {
      part.add(text, column: column)
    }
  }

  /// Adds the next cell, whose text is `head` then `tail` (`pod/web-1`), without making that string when both
  /// are plain.
  public mutating func add(_ head: String, _ tail: String) {
    defer { column += 1 }
    if texts != nil {
      texts?.append(head + tail)
    } else {
      part.add(head, tail, column: column)
    }
  }
}
