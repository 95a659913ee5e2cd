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
    measured(table, everyColumn: true).layout.widths
  }

  /// Renders one table. Large tables are measured and laid out on every core, a chunk of rows each.
  public func render(_ table: Table) -> String {
    var text: [UInt8] = []
    writeLines(LazyTable(table)) { text += $0 }
    return String(decoding: text, as: UTF8.self)
  }

  /// One table's lines (none for a table without rows), handed to `write` piece after piece: the header, then each
  /// chunk of rows. The rows are measured first, then written padded to the widths, a round of chunks at a time,
  /// one per core: only the chunks of one round are held, never every cell of the table.
  private func writeLines(_ table: LazyTable, to write: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    guard table.count > 0 else { return }
    let (layout, pieces) = measured(table, everyColumn: false)
    if showHeaders {
      var header = TableCells(.write, layout: layout)
      for column in table.columns { header.add(shown: Cell(TerminalText.escape(column.header))) }
      header.endRow(status: nil)
      try write(header.lines)
    }
    // Roughly each chunk's final size (padding varies): growing its text by doubling copies it several times.
    let padding = layout.widths.dropLast().reduce(0, +) / 2 + 3 * layout.widths.count
    try ParallelBuild.inBatches(count: pieces.count, chunkSize: 1, perRound: ParallelBuild.cores) { chunk in
      let piece = pieces[chunk.lowerBound]
      var cells = TableCells(.write, layout: layout, capacity: piece.bytes + piece.rows.count * padding)
      for row in piece.rows {
        let status = table.row(row, &cells)
        cells.endRow(status: status)
      }
      return cells.finishedLines()
    } consume: {
      try $0.withBytes(write)
    }
  }

  /// The layout of the table's shown columns, measured on every core a chunk of rows each, and the chunks with
  /// the bytes of their cells. Without `everyColumn`, a left-aligned last column is not measured: its width pads
  /// nothing.
  private func measured(_ table: LazyTable, everyColumn: Bool) -> (
    layout: Layout, pieces: [(rows: Range<Int>, bytes: Int)]
  ) {
    var layout = Layout(columns: table.columns, wide: wide, style: style)
    if !everyColumn, layout.alignments.last == .left { layout.measuredColumns -= 1 }
    let start = layout
    let pieces = ParallelBuild.chunks(count: table.count) { rows in
      var cells = TableCells(.measure, layout: start)
      for row in rows {
        _ = table.row(row, &cells)
        cells.endRow(status: nil)
      }
      return (rows: rows, bytes: cells.bytes, widths: cells.layout.widths)
    }
    for (index, column) in layout.visible.enumerated() {
      let header = showHeaders ? TerminalText.displayWidth(TerminalText.escape(table.columns[column].header)) : 0
      let minimum = index < minimumWidths.count ? minimumWidths[index] : 0
      layout.widths[index] = pieces.reduce(max(header, minimum)) { max($0, $1.widths[index]) }
    }
    return (layout, pieces.map { ($0.rows, $0.bytes) })
  }

  /// How a table's shown columns are laid out: the widths that measuring its rows grows and writing them pads to.
  struct Layout {
    /// Every column of the table, and which are shown.
    let columns: [TableColumn]
    let shown: [Bool]
    /// The shown columns' indices.
    let visible: [Int]
    /// Each column's `maxWidth`, unlimited as `Int.max`.
    let maxWidths: [Int]
    /// The shown columns' alignments and widths.
    let alignments: [TableColumn.Alignment]
    var widths: [Int]
    /// How many of the shown columns (from the first) measuring grows.
    var measuredColumns: Int
    let style: TerminalStyle

    init(columns: [TableColumn], wide: Bool, style: TerminalStyle) {
      self.columns = columns
      shown = columns.map { wide || !$0.wideOnly }
      visible = columns.indices.filter { wide || !columns[$0].wideOnly }
      maxWidths = columns.map { $0.maxWidth ?? .max }
      alignments = visible.map { columns[$0].alignment }
      widths = Array(repeating: 0, count: visible.count)
      measuredColumns = visible.count
      self.style = style
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
  public func write(
    sections: [(title: String?, table: LazyTable)], to write: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var first = true
    for section in sections where section.table.count > 0 {
      // --no-headers means data rows only, as kubectl prints them: no section titles, no blank lines between.
      if showHeaders {
        var lead: [UInt8] = first ? [] : [UInt8(ascii: "\n")]
        if let title = section.title { lead += (style.bold(TerminalText.escape(title)) + "\n").utf8 }
        if !lead.isEmpty { try lead.withUnsafeBytes(write) }
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
      self.text = text
      width = TerminalText.displayWidth(text)
    }

    /// `raw` as a cell of `column` shows it: on one line, escaped, defaulted when empty, then cut.
    static func shown(_ raw: String, _ column: TableColumn) -> Cell {
      var text = column.line(raw)
      if text.isEmpty { text = TerminalText.escape(column.emptyText) }
      if let limit = column.maxWidth { text = TerminalText.truncate(text, toWidth: limit) }
      return Cell(text)
    }
  }
}
