/// A table whose rows are written when it is laid out instead of being held as `TableRow`s: for tables of tens of
/// thousands of rows, where making, measuring and freeing each row's array and strings took most of the time.
/// `TableRenderer` lays out every table through this form.
public struct LazyTable: Sendable {
  /// The columns, including wide-only ones.
  public var columns: [TableColumn]
  /// How many rows there are.
  public var count: Int
  /// Writes row `index`'s cells in column order (missing ones show as empty) and returns its tint. Called twice
  /// per row, to measure and then to write, and concurrently for large tables: it must write the same cells each
  /// time and only read shared state.
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
        return TableRow(cells.texts, status: status)
      })
  }
}

/// Where a `LazyTable` writes a row's cells. Laying a table out calls each row twice: once to measure its cells
/// (the columns' widths), then to write them padded straight into the lines. Holding every cell of a 50,000-row
/// table between the two took 15 MB. A `Table` made of a `LazyTable` collects the cells as strings instead.
public struct TableCells: ~Copyable {
  enum Mode { case collect, measure, write }
  let mode: Mode
  /// The texts collected (collect mode).
  var texts: [String] = []
  /// The columns, and the widths that measuring grows and writing pads to.
  var layout: TableRenderer.Layout
  /// The lines written so far (write mode).
  private var out: ByteText
  /// The bytes of the cells measured so far, to size the lines' buffer (measure mode).
  var bytes = 0
  /// The row's next column, counting hidden ones.
  var column = 0
  /// The row's next shown column (a counter: a division per cell showed in profiles).
  private var shownColumn = 0
  /// Separators and padding owed before the next text: written only when text follows, so no line ends in spaces.
  private var pendingSpaces = 0
  private var lineStart = 0

  /// Collects strings.
  init() {
    mode = .collect
    layout = TableRenderer.Layout(columns: [], wide: true, style: .plain)
    out = ByteText(capacity: 0)
  }

  init(_ mode: Mode, layout: TableRenderer.Layout, capacity: Int = 0) {
    self.mode = mode
    self.layout = layout
    out = ByteText(capacity: mode == .write ? capacity : 0)
  }

  /// The raw texts `write` adds, as strings: one row's cells laid out by a shared function.
  public static func collect(_ write: (inout TableCells) -> Void) -> [String] {
    var cells = TableCells()
    write(&cells)
    return cells.texts
  }

  /// The lines written so far (write mode), valid until the next change.
  var lines: UnsafeRawBufferPointer { out.bytes }

  /// Hands the lines written over without copying them (write mode).
  consuming func finishedLines() -> FinishedText {
    out.finished()
  }

  /// Adds the next cell; its text is escaped and cut when laid out, not here.
  public mutating func add(_ text: String) {
    defer { column += 1 }
    guard mode != .collect else { return texts.append(text) }
    guard column < layout.columns.count, layout.shown[column] else { return }
    if mode == .measure, shownColumn >= layout.measuredColumns {
      // A left-aligned last column's width pads nothing: only its size is needed.
      bytes += text.utf8.count
      shownColumn += 1
      return
    }
    let placed = text.utf8.withContiguousStorageIfAvailable { utf8 in
      // Tens of thousands of rows: a plain cell's bytes are checked and copied where they lie.
      guard let width = TerminalText.printableASCIIWidth(utf8), width > 0, width <= layout.maxWidths[column]
      else { return false }
      place(utf8, width: width)
      return true
    }
    if placed != true { place(TableRenderer.Cell.shown(text, layout.columns[column])) }
  }

  /// Adds the next cell, a number written as its digits without making a string of it.
  public mutating func add(_ number: Int) {
    guard mode != .collect, number >= 0, column < layout.columns.count, layout.shown[column],
      DecimalDigits.count(UInt(number)) <= layout.maxWidths[column]
    else { return add(String(number)) }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: DecimalDigits.maxCount) { buffer in
      let digits = DecimalDigits.write(UInt(number), at: buffer.baseAddress!)
      place(UnsafeBufferPointer(rebasing: buffer[..<digits]), width: digits)
    }
    column += 1
  }

  /// Adds the next cell, whose text is `head` then `tail` (`pod/web-1`), without making that string when both
  /// are plain.
  public mutating func add(_ head: String, _ tail: String) {
    guard mode != .collect else {
      texts.append(head + tail)
      column += 1
      return
    }
    guard column < layout.columns.count, layout.shown[column] else {
      column += 1
      return
    }
    guard let headWidth = TerminalText.printableASCIIWidth(head),
      let tailWidth = TerminalText.printableASCIIWidth(tail), headWidth + tailWidth > 0,
      headWidth + tailWidth <= layout.maxWidths[column]
    else { return add(head + tail) }
    var head = head
    var tail = tail
    head.withUTF8 { head in
      tail.withUTF8 { tail in place(head, tail, width: headWidth + tailWidth) }
    }
    column += 1
  }

  /// Adds a cell shown as it is (a header).
  mutating func add(shown cell: TableRenderer.Cell) {
    defer { column += 1 }
    guard column < layout.columns.count, layout.shown[column] else { return }
    place(cell)
  }

  /// Ends the row: the cells it did not write show as empty, and (write mode) the line is finished, painted by
  /// `status`.
  mutating func endRow(status: Health?) {
    while column < layout.columns.count { add("") }
    column = 0
    shownColumn = 0
    pendingSpaces = 0
    guard mode == .write else { return }
    // A cell's own trailing spaces.
    while out.count > lineStart, out.storage[out.count - 1] == UInt8(ascii: " ") { out.count -= 1 }
    if let status, layout.style.paints(status) {
      let line = String(
        decoding: UnsafeBufferPointer(start: out.storage + lineStart, count: out.count - lineStart), as: UTF8.self)
      out.count = lineStart
      var painted = layout.style.paint(line, status)
      painted.withUTF8 { out.append($0) }
    }
    out.append(UInt8(ascii: "\n"))
    lineStart = out.count
  }

  private mutating func place(_ cell: TableRenderer.Cell) {
    var text = cell.text
    text.withUTF8 { place($0, width: cell.width) }
  }

  /// Measures or writes a shown cell of `width` columns whose text is `head` then `tail`.
  private mutating func place(
    _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8> = .init(start: nil, count: 0), width: Int
  ) {
    let index = shownColumn
    shownColumn += 1
    if mode == .measure {
      bytes += head.count + tail.count
      if index < layout.measuredColumns { layout.widths[index] = max(layout.widths[index], width) }
      return
    }
    if index > 0 { pendingSpaces += TableRenderer.separator.utf8.count }
    let padding = layout.widths[index] - width
    let right = layout.alignments[index] == .right
    if right { pendingSpaces += padding }
    if head.count + tail.count > 0 {
      out.appendSpaces(pendingSpaces)
      out.append(head)
      out.append(tail)
      pendingSpaces = 0
    }
    if !right { pendingSpaces += padding }
  }
}
