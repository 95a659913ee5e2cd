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

  /// Renders one table.
  public func render(_ table: Table) -> String {
    guard !table.rows.isEmpty else { return "" }
    let visible = table.columns.indices.filter { wide || !table.columns[$0].wideOnly }
    let columns = visible.map { table.columns[$0] }
    let header = columns.map { Cell(TerminalText.escape($0.header)) }
    let body = table.rows.map { row in
      visible.map { index in cell(index < row.cells.count ? row.cells[index] : "", table.columns[index]) }
    }

    var widths = showHeaders ? header.map(\.width) : Array(repeating: 0, count: columns.count)
    for cells in body {
      for (i, cell) in cells.enumerated() {
        widths[i] = max(widths[i], cell.width)
      }
    }

    var out = ""
    if showHeaders {
      out += line(header, columns: columns, widths: widths) + "\n"
    }
    for (row, cells) in zip(table.rows, body) {
      let text = line(cells, columns: columns, widths: widths)
      out += (row.status.map { style.paint(text, $0) } ?? text) + "\n"
    }
    return out
  }

  /// Renders several tables one after the other, each under an optional title line.
  ///
  /// Sections without rows are left out entirely, title included; the ones shown are separated
  /// by a single blank line. Each section sizes its own columns.
  public func render(sections: [(title: String?, table: Table)]) -> String {
    let blocks = sections.compactMap { section -> String? in
      let body = render(section.table)
      guard !body.isEmpty else { return nil }
      guard let title = section.title else { return body }
      return style.bold(TerminalText.escape(title)) + "\n" + body
    }
    return blocks.joined(separator: "\n")
  }

  /// Display text and its width in terminal columns, measured once.
  private struct Cell {
    var text: String
    var width: Int

    init(_ text: String) {
      self.text = text
      self.width = TerminalText.displayWidth(text)
    }
  }

  /// One cell as shown: first line only, escaped, defaulted when empty, then cut.
  private func cell(_ raw: String, _ column: TableColumn) -> Cell {
    var text = TerminalText.escape(TerminalText.firstLine(raw))
    if text.isEmpty { text = TerminalText.escape(column.emptyText) }
    if let limit = column.maxWidth { text = TerminalText.truncate(text, toWidth: limit) }
    return Cell(text)
  }

  /// Pads the cells to their column widths and joins them; the last cell gets no right padding.
  private func line(_ cells: [Cell], columns: [TableColumn], widths: [Int]) -> String {
    var parts: [String] = []
    parts.reserveCapacity(cells.count)
    for (i, cell) in cells.enumerated() {
      let padding = String(repeating: " ", count: widths[i] - cell.width)
      let isLast = i == cells.count - 1
      switch columns[i].alignment {
      case .left: parts.append(isLast ? cell.text : cell.text + padding)
      case .right: parts.append(padding + cell.text)
      }
    }
    var text = parts.joined(separator: Self.separator)
    // Empty texts in the last columns would otherwise leave spaces at the end of the line.
    while text.last == " " { text.removeLast() }
    return text
  }
}
