/// Renders a `Table` the way kubectl prints lists: padded columns three spaces apart.
///
/// Every cell is made terminal-safe (`TerminalText.escape`), multi-line cells show their first line
/// and `…`, empty cells show the column's `emptyText`, and widths are measured in terminal columns.
/// Lines carry no trailing spaces and each ends with a newline. A table without rows renders as
/// the empty string, as kubectl prints nothing on stdout for an empty list.
public struct TableRenderer: Sendable {
  /// Shows the wide-only columns (`-o wide`).
  public var wide: Bool
  /// Prints the header line (`--no-headers` turns it off).
  public var showHeaders: Bool
  /// Colours rows by their status when enabled.
  public var style: TerminalStyle

  /// The gap between two columns.
  static let separator = "   "

  /// Columns at least this wide (the shown columns, in order): rows printed later line up with a table printed
  /// before them (`lamp events --watch`).
  public var minimumWidths: [Int] = []

  /// Creates a renderer; by default narrow, with headers and without colour.
  public init(wide: Bool = false, showHeaders: Bool = true, style: TerminalStyle = .plain) {
    self.wide = wide
    self.showHeaders = showHeaders
    self.style = style
  }

  /// The widths `render` gives the shown columns of `table`.
  public func columnWidths(_ table: Table) -> [Int] {
    columnWidths(LazyTable(table))
  }

  /// The widths `render` gives the shown columns of `table`, whose rows are laid out as they are measured.
  public func columnWidths(_ table: LazyTable) -> [Int] {
    measured(table).widths
  }

  /// Renders one table. Large tables are measured and laid out on every core, a chunk of rows each.
  public func render(_ table: Table) -> String {
    var text: [UInt8] = []
    writeLines(LazyTable(table)) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// One table's lines (none for a table without rows), handed to `write` piece after piece: the header, then each
  /// chunk of rows. The chunks are laid out a round at a time, one per core, and each round is written before the
  /// next is made: holding every line of a 50,000-row table until the end peaked 4-5 MiB higher (1,400 more page
  /// faults).
  private func writeLines(_ table: LazyTable, to write: ([UInt8]) throws -> Void) rethrows {
    guard table.count > 0 else { return }
    let (header, parts, widths) = measured(table)
    let alignments = table.columns.filter { wide || !$0.wideOnly }.map(\.alignment)
    if showHeaders {
      var headerLine: [UInt8] = []
      appendLine(0, of: header, alignments: alignments, widths: widths, status: nil, to: &headerLine)
      try write(headerLine)
    }
    let padding = widths.dropLast().reduce(0, +) / 2 + 3 * alignments.count
    let renderer = self
    try ParallelBuild.inBatches(count: parts.count, chunkSize: 1, perRound: ParallelBuild.cores) { chunk in
      let part = parts[chunk.lowerBound]
      var out: [UInt8] = []
      // Roughly the final size (padding varies): growing a large table's text by doubling copies it many times.
      out.reserveCapacity(part.text.count + part.statuses.count * padding)
      for (row, status) in part.statuses.enumerated() {
        renderer.appendLine(row, of: part, alignments: alignments, widths: widths, status: status, to: &out)
      }
      return out
    } consume: {
      try write($0)
    }
  }

  /// The header and the rows' cells as shown, laid out on every core a chunk each, and the columns' widths.
  private func measured(_ table: LazyTable) -> (header: Part, parts: [Part], widths: [Int]) {
    let shown = table.columns.map { wide || !$0.wideOnly }
    var header = Part(columns: table.columns, shown: shown, rows: 1)
    for (index, column) in table.columns.enumerated() {
      header.add(Cell(TerminalText.escape(column.header)), column: index)
    }
    let parts = ParallelBuild.chunks(count: table.count) { rows in
      var cells = TableCells(part: Part(columns: table.columns, shown: shown, rows: rows.count))
      for (number, row) in rows.enumerated() {
        // Sized from the first rows: growing a large table's text by doubling copies it several times.
        if number == 64 { cells.part.reserve(rows: rows.count, measured: 64) }
        cells.column = 0
        let status = table.row(row, &cells)
        cells.part.endRow(status: status)
      }
      return cells.part
    }
    var start = showHeaders ? header.widths : Array(repeating: 0, count: header.count)
    for (index, width) in minimumWidths.prefix(start.count).enumerated() { start[index] = max(start[index], width) }
    let widths = parts.reduce(start) { zip($0, $1.widths).map { max($0, $1) } }
    return (header, parts, widths)
  }

  /// Some rows' cells as shown: their text in one buffer, each cell's end and width row after row, and the
  /// rows' statuses. Holding bytes rather than strings keeps the retains and releases of tens of thousands of
  /// rows' strings out of laying them out.
  struct Part: Sendable {
    /// Every column of the table, and which are shown.
    let columns: [TableColumn]
    let shown: [Bool]
    /// The shown columns' indices.
    let visible: [Int]
    /// How many columns are shown.
    var count: Int { visible.count }
    var text: [UInt8] = []
    var cells: [(end: Int, width: Int)] = []
    var widths: [Int]
    var statuses: [Health?] = []
    /// Where the next cell goes among the shown columns (a counter: a division per cell showed in profiles).
    private var nextShown = 0

    /// Room for `rows` rows' cells (their text is sized once some rows are measured).
    init(columns: [TableColumn], shown: [Bool], rows: Int) {
      self.columns = columns
      self.shown = shown
      visible = columns.indices.filter { shown[$0] }
      widths = Array(repeating: 0, count: visible.count)
      cells.reserveCapacity(rows * visible.count)
      statuses.reserveCapacity(rows)
    }

    /// Makes room for `rows` rows like the `measured` ones so far.
    mutating func reserve(rows: Int, measured: Int) {
      text.reserveCapacity(text.count * rows * 9 / 8 / max(1, measured))
    }

    /// Adds `raw` as the cell of `column` (counting hidden columns) in the current row: first line only,
    /// escaped, defaulted when empty, then cut. Plain text that fits is copied as it is.
    mutating func add(_ raw: String, column: Int) {
      guard column < columns.count, shown[column] else { return }
      // Tens of thousands of rows: a string's bytes are checked and copied where they lie.
      let copied = raw.utf8.withContiguousStorageIfAvailable { utf8 in
        guard let width = TerminalText.printableASCIIWidth(utf8), width > 0,
          width <= columns[column].maxWidth ?? .max
        else { return false }
        text.append(contentsOf: utf8)
        record(width: width)
        return true
      }
      if copied != true { add(Self.cell(raw, columns[column]), column: column) }
    }

    /// Adds `head` then `tail` as one cell, without joining them when both are plain.
    mutating func add(_ head: String, _ tail: String, column: Int) {
      guard column < columns.count, shown[column] else { return }
      if let headWidth = TerminalText.printableASCIIWidth(head), let tailWidth = TerminalText.printableASCIIWidth(tail),
        headWidth + tailWidth > 0, headWidth + tailWidth <= columns[column].maxWidth ?? .max
      {
        text += head.utf8
        text += tail.utf8
        record(width: headWidth + tailWidth)
      } else {
        add(Self.cell(head + tail, columns[column]), column: column)
      }
    }

    /// Adds a cell made already.
    mutating func add(_ cell: Cell, column: Int) {
      guard column < columns.count, shown[column] else { return }
      text += cell.text.utf8
      record(width: cell.width)
    }

    /// Ends the current row, showing the cells it did not write as empty.
    mutating func endRow(status: Health?) {
      while cells.count < (statuses.count + 1) * count { add("", column: visible[nextShown]) }
      statuses.append(status)
    }

    private mutating func record(width: Int) {
      widths[nextShown] = max(widths[nextShown], width)
      nextShown = nextShown + 1 == count ? 0 : nextShown + 1
      cells.append((text.count, width))
    }

    /// Where a row's cell is in `text`, and its width.
    func cell(row: Int, column: Int) -> (bytes: Range<Int>, width: Int) {
      let index = row * count + column
      let start = index == 0 ? 0 : cells[index - 1].end
      return (start..<cells[index].end, cells[index].width)
    }

    /// One cell as shown: first line only, escaped, defaulted when empty, then cut.
    static func cell(_ raw: String, _ column: TableColumn) -> Cell {
      var text = TerminalText.escape(TerminalText.firstLine(raw))
      if text.isEmpty { text = TerminalText.escape(column.emptyText) }
      if let limit = column.maxWidth { text = TerminalText.truncate(text, toWidth: limit) }
      return Cell(text)
    }
  }

  /// Renders several tables one after the other, each under an optional title line.
  ///
  /// Sections without rows are left out entirely, title included; the ones shown are separated
  /// by a single blank line. Each section sizes its own columns.
  public func render(sections: [(title: String?, table: Table)]) -> String {
    var text: [UInt8] = []
    write(sections: sections.map { ($0.title, LazyTable($0.table)) }) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// The same text as UTF-8 bytes, handed to `write` piece after piece as it is laid out, for tables whose rows are
  /// written as they are laid out: joining a large table's pieces, or making a `String` of them, would copy
  /// megabytes.
  public func write(sections: [(title: String?, table: LazyTable)], to write: ([UInt8]) throws -> Void) rethrows {
    var first = true
    for section in sections where section.table.count > 0 {
      // --no-headers means data rows only, as kubectl prints them: no section titles, no blank lines between.
      if showHeaders {
        var lead: [UInt8] = first ? [] : [UInt8(ascii: "\n")]
        if let title = section.title { lead += (style.bold(TerminalText.escape(title)) + "\n").utf8 }
        if !lead.isEmpty { try write(lead) }
      }
      first = false
      try writeLines(section.table, to: write)
    }
  }

  /// Display text and its width in terminal columns, measured once.
  struct Cell: Sendable {
    var text: String
    var width: Int

    init(_ text: String) {
      self.init(text, width: TerminalText.displayWidth(text))
    }

    init(_ text: String, width: Int) {
      self.text = text
      self.width = width
    }
  }

  /// Pads a row's cells to their column widths, joins them and appends the line, painted by its status. The last
  /// cell gets no right padding, and no line ends in spaces.
  private func appendLine(
    _ row: Int, of part: Part, alignments: [TableColumn.Alignment], widths: [Int], status: Health?,
    to out: inout [UInt8]
  ) {
    guard let status, style.paints(status) else {
      appendCells(row, of: part, alignments: alignments, widths: widths, to: &out)
      out.append(UInt8(ascii: "\n"))
      return
    }
    var line: [UInt8] = []
    appendCells(row, of: part, alignments: alignments, widths: widths, to: &line)
    out += style.paint(String(decoding: line, as: UTF8.self), status).utf8
    out.append(UInt8(ascii: "\n"))
  }

  /// Appends the padded cells straight to `out`; spaces are written only before text that follows them. The cells
  /// are copied from the part's buffer without slicing the array, which would retain it once per cell.
  private func appendCells(
    _ row: Int, of part: Part, alignments: [TableColumn.Alignment], widths: [Int], to out: inout [UInt8]
  ) {
    let lineStart = out.count
    var pendingSpaces = 0
    part.text.withUnsafeBufferPointer { text in
      for column in 0..<part.count {
        let (bytes, width) = part.cell(row: row, column: column)
        if column > 0 { pendingSpaces += Self.separator.utf8.count }
        let padding = widths[column] - width
        if alignments[column] == .right { pendingSpaces += padding }
        if !bytes.isEmpty {
          for _ in 0..<pendingSpaces { out.append(UInt8(ascii: " ")) }
          out.append(contentsOf: UnsafeBufferPointer(rebasing: text[bytes]))
          pendingSpaces = 0
        }
        if alignments[column] == .left { pendingSpaces += padding }
      }
    }
    // A cell's own trailing spaces.
    while out.count > lineStart, out.last == UInt8(ascii: " ") { out.removeLast() }
  }
}
