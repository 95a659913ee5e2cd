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

  /// Creates a renderer; by default narrow, with headers and without colour.
  public init(wide: Bool = false, showHeaders: Bool = true, style: TerminalStyle = .plain) {
    self.wide = wide
    self.showHeaders = showHeaders
    self.style = style
  }

  /// Renders one table. Large tables are measured and laid out on every core, a chunk of rows each.
  public func render(_ table: Table) -> String {
    var out: [UInt8] = []
    append(table, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends one table's lines to `out` (nothing for a table without rows).
  private func append(_ table: Table, to out: inout [UInt8]) {
    guard !table.rows.isEmpty else { return }
    let visible = table.columns.indices.filter { wide || !table.columns[$0].wideOnly }
    let alignments = visible.map { table.columns[$0].alignment }
    var header = Part(columns: visible.count)
    for index in visible { header.add(Cell(TerminalText.escape(table.columns[index].header))) }
    let renderer = self
    let parts = ParallelBuild.chunks(count: table.rows.count) { rows in
      renderer.measure(table, rows: rows, visible: visible)
    }
    let widths = parts.reduce(showHeaders ? header.widths : Array(repeating: 0, count: visible.count)) {
      zip($0, $1.widths).map { max($0, $1) }
    }
    let padding = widths.dropLast().reduce(0, +) / 2 + 3 * visible.count
    // Each chunk's lines as bytes, joined into one string at the end.
    let lines = ParallelBuild.each(parts) { part in
      var out: [UInt8] = []
      // Roughly the final size (padding varies): growing a large table's text by doubling copies it many times.
      out.reserveCapacity(part.text.count + part.statuses.count * padding)
      for (row, status) in part.statuses.enumerated() {
        renderer.appendLine(row, of: part, alignments: alignments, widths: widths, status: status, to: &out)
      }
      return out
    }
    out.reserveCapacity(out.count + 1024 + lines.reduce(0) { $0 + $1.count })
    if showHeaders { appendLine(0, of: header, alignments: alignments, widths: widths, status: nil, to: &out) }
    for bytes in lines { out += bytes }
  }

  /// Some rows' cells as shown: their text in one buffer, each cell's end and width row after row, and the
  /// rows' statuses. Holding bytes rather than strings keeps the retains and releases of tens of thousands of
  /// rows' strings out of laying them out.
  private struct Part: Sendable {
    let columns: Int
    var text: [UInt8] = []
    var cells: [(end: Int, width: Int)] = []
    var widths: [Int]
    var statuses: [Health?] = []

    init(columns: Int) {
      self.columns = columns
      widths = Array(repeating: 0, count: columns)
    }

    /// Adds the next cell of the current row.
    mutating func add(_ cell: Cell) {
      let column = cells.count % columns
      widths[column] = max(widths[column], cell.width)
      text += cell.text.utf8
      cells.append((text.count, cell.width))
    }

    /// The bytes and width of a row's cell.
    func cell(row: Int, column: Int) -> (bytes: ArraySlice<UInt8>, width: Int) {
      let index = row * columns + column
      let start = index == 0 ? 0 : cells[index - 1].end
      return (text[start..<cells[index].end], cells[index].width)
    }
  }

  private func measure(_ table: Table, rows: Range<Int>, visible: [Int]) -> Part {
    var part = Part(columns: visible.count)
    part.cells.reserveCapacity(rows.count * visible.count)
    part.statuses.reserveCapacity(rows.count)
    for (number, row) in table.rows[rows].enumerated() {
      // Sized from the first rows: growing a large table's text by doubling copies it several times.
      if number == 64 { part.text.reserveCapacity(part.text.count * rows.count * 9 / 8 / 64) }
      for index in visible { part.add(cell(index < row.cells.count ? row.cells[index] : "", table.columns[index])) }
      part.statuses.append(row.status)
    }
    return part
  }

  /// Renders several tables one after the other, each under an optional title line.
  ///
  /// Sections without rows are left out entirely, title included; the ones shown are separated
  /// by a single blank line. Each section sizes its own columns.
  /// The sections go into one buffer: a table of tens of thousands of rows is not copied once per section.
  public func render(sections: [(title: String?, table: Table)]) -> String {
    String(decoding: bytes(sections: sections), as: UTF8.self)
  }

  /// The same text as `render(sections:)`, as UTF-8 bytes ready to write: a large table is megabytes, which
  /// making a `String` of would copy and check once more.
  public func bytes(sections: [(title: String?, table: Table)]) -> [UInt8] {
    var out: [UInt8] = []
    for section in sections where !section.table.rows.isEmpty {
      if !out.isEmpty { out.append(UInt8(ascii: "\n")) }
      if let title = section.title { out += (style.bold(TerminalText.escape(title)) + "\n").utf8 }
      append(section.table, to: &out)
    }
    return out
  }

  /// Display text and its width in terminal columns, measured once.
  private struct Cell: Sendable {
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

  /// One cell as shown: first line only, escaped, defaulted when empty, then cut.
  private func cell(_ raw: String, _ column: TableColumn) -> Cell {
    if let width = TerminalText.printableASCIIWidth(raw), width > 0, width <= column.maxWidth ?? .max {
      return Cell(raw, width: width)
    }
    var text = TerminalText.escape(TerminalText.firstLine(raw))
    if text.isEmpty { text = TerminalText.escape(column.emptyText) }
    if let limit = column.maxWidth { text = TerminalText.truncate(text, toWidth: limit) }
    return Cell(text)
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

  /// Appends the padded cells straight to `out`; spaces are written only before text that follows them.
  private func appendCells(
    _ row: Int, of part: Part, alignments: [TableColumn.Alignment], widths: [Int], to out: inout [UInt8]
  ) {
    let lineStart = out.count
    var pendingSpaces = 0
    for column in 0..<part.columns {
      let (bytes, width) = part.cell(row: row, column: column)
      if column > 0 { pendingSpaces += Self.separator.utf8.count }
      let padding = widths[column] - width
      if alignments[column] == .right { pendingSpaces += padding }
      if !bytes.isEmpty {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pendingSpaces))
        out += bytes
        pendingSpaces = 0
      }
      if alignments[column] == .left { pendingSpaces += padding }
    }
    // A cell's own trailing spaces.
    while out.count > lineStart, out.last == UInt8(ascii: " ") { out.removeLast() }
  }
}
