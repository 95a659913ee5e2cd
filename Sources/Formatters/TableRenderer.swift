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
    let columns = visible.map { table.columns[$0] }
    let header = columns.map { Cell(TerminalText.escape($0.header)) }
    let renderer = self
    let parts = ParallelBuild.chunks(count: table.rows.count) { rows in
      renderer.measure(table, rows: rows, visible: visible)
    }
    let widths = parts.reduce(showHeaders ? header.map(\.width) : Array(repeating: 0, count: columns.count)) {
      zip($0, $1.widths).map { max($0, $1) }
    }
    let padding = widths.dropLast().reduce(0, +) / 2 + 3 * columns.count
    // Each chunk's lines as bytes, joined into one string at the end.
    let lines = ParallelBuild.each(parts) { part in
      var out: [UInt8] = []
      // Roughly the final size (padding varies): growing a large table's text by doubling copies it many times.
      out.reserveCapacity(part.textBytes + part.statuses.count * padding)
      for (number, status) in part.statuses.enumerated() {
        let start = number * columns.count
        renderer.appendLine(
          part.cells[start..<(start + columns.count)], columns: columns, widths: widths, status: status, to: &out)
      }
      return out
    }
    out.reserveCapacity(out.count + 1024 + lines.reduce(0) { $0 + $1.count })
    if showHeaders { appendLine(header[...], columns: columns, widths: widths, status: nil, to: &out) }
    for bytes in lines { out += bytes }
  }

  /// Some rows' cells as shown, one flat array row after row, with their widths and statuses.
  private struct Part: Sendable {
    var cells: [Cell] = []
    var widths: [Int]
    var statuses: [Health?] = []
    var textBytes = 0
  }

  private func measure(_ table: Table, rows: Range<Int>, visible: [Int]) -> Part {
    var part = Part(widths: Array(repeating: 0, count: visible.count))
    part.cells.reserveCapacity(rows.count * visible.count)
    part.statuses.reserveCapacity(rows.count)
    for row in table.rows[rows] {
      for (i, index) in visible.enumerated() {
        let cell = cell(index < row.cells.count ? row.cells[index] : "", table.columns[index])
        part.widths[i] = max(part.widths[i], cell.width)
        part.textBytes += cell.text.utf8.count
        part.cells.append(cell)
      }
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
    var out: [UInt8] = []
    for section in sections where !section.table.rows.isEmpty {
      if !out.isEmpty { out.append(UInt8(ascii: "\n")) }
      if let title = section.title { out += (style.bold(TerminalText.escape(title)) + "\n").utf8 }
      append(section.table, to: &out)
    }
    return String(decoding: out, as: UTF8.self)
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

  /// Pads the cells to their column widths, joins them and appends the line, painted by its status. The last
  /// cell gets no right padding, and no line ends in spaces.
  private func appendLine(
    _ cells: ArraySlice<Cell>, columns: [TableColumn], widths: [Int], status: Health?, to out: inout [UInt8]
  ) {
    guard let status, style.paints(status) else {
      appendCells(cells, columns: columns, widths: widths, to: &out)
      out.append(UInt8(ascii: "\n"))
      return
    }
    var line: [UInt8] = []
    appendCells(cells, columns: columns, widths: widths, to: &line)
    out += style.paint(String(decoding: line, as: UTF8.self), status).utf8
    out.append(UInt8(ascii: "\n"))
  }

  /// Appends the padded cells straight to `out`; spaces are written only before text that follows them.
  private func appendCells(_ cells: ArraySlice<Cell>, columns: [TableColumn], widths: [Int], to out: inout [UInt8]) {
    let lineStart = out.count
    var pendingSpaces = 0
    for (i, cell) in cells.enumerated() {
      if i > 0 { pendingSpaces += Self.separator.utf8.count }
      let padding = widths[i] - cell.width
      if columns[i].alignment == .right { pendingSpaces += padding }
      if !cell.text.isEmpty {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: pendingSpaces))
        out += cell.text.utf8
        pendingSpaces = 0
      }
      if columns[i].alignment == .left { pendingSpaces += padding }
    }
    // A cell's own trailing spaces.
    while out.count > lineStart, out.last == UInt8(ascii: " ") { out.removeLast() }
  }
}
