import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns an `EventReport` into the PENDING and EVENTS tables.
public struct EventReportTable: Sendable {
  /// Show a NAMESPACE column outside wide mode (all namespaces).
  public var showNamespace: Bool
  /// The clock ages are computed from.
  public var now: Date
  /// The terminal width the last column (DETAIL, MESSAGE) is cut to; nil leaves lines whole.
  public var width: Int?
  /// Wide mode: NODE for pending, NAMESPACE, FIRST SEEN, SOURCE and NODE for events; no cutting.
  public var wide: Bool

  public init(showNamespace: Bool, now: Date, width: Int? = nil, wide: Bool = false) {
    self.showNamespace = showNamespace
    self.now = now
    self.width = width
    self.wide = wide
  }

  /// The sections in order, cut to the terminal; empty ones render as nothing.
  public func sections(_ report: EventReport) -> [(title: String?, table: Table)] {
    [("PENDING", pendingTable(report.pending)), ("EVENTS", cut(eventsTable(report.events).table()))]
  }

  public func pendingTable(_ pending: [EventReport.Pending]) -> Table {
    var table = Table(columns: pendingColumns)
    for item in pending { table.rows.append(TableRow(pendingCells(item), status: .warning)) }
    return cut(table)
  }

  /// One pending row alone (watch mode), laid out like the table's.
  public func pendingCells(_ item: EventReport.Pending) -> [String] {
    let object = item.kind == "Pod" ? item.name : "\(item.kind.lowercased())/\(item.name)"
    return [
      item.namespace, object, Age.format(TimeInterval(item.pendingSeconds)), item.reason, item.node ?? "",
      item.explanation,
    ]
  }

  public var pendingColumns: [TableColumn] {
    [
      TableColumn("NAMESPACE", wideOnly: !showNamespace), TableColumn("POD"), TableColumn("PENDING"),
      TableColumn("REASON"), TableColumn("NODE", wideOnly: true), TableColumn("DETAIL", joinsLines: true),
    ]
  }

  /// The events, each row written as the table is laid out (tens of thousands of rows on a large cluster).
  public func eventsTable(_ events: EventReport.Items) -> LazyTable {
    let builder = self
    return LazyTable(columns: eventColumns, count: events.count) { index, cells in
      events.prefetch(after: index)
      let standing = events.withStanding(at: index) { event, count, firstSeen in
        builder.addEventCells(event, count: count, firstSeen: firstSeen, to: &cells)
        return event.isWarning ? Health.warning : nil
      }
      if let standing { return standing }
      let item = events[index]
      builder.addEventCells(item, to: &cells)
      return item.type == "Warning" ? .warning : nil
    }
  }

  public var eventColumns: [TableColumn] {
    [
      TableColumn("NAMESPACE", wideOnly: !showNamespace), TableColumn("LAST SEEN"),
      TableColumn("FIRST SEEN", wideOnly: true), TableColumn("TYPE"), TableColumn("REASON"), TableColumn("OBJECT"),
      TableColumn("COUNT", alignment: .right), TableColumn("SOURCE", wideOnly: true),
      TableColumn("NODE", wideOnly: true), TableColumn("MESSAGE", joinsLines: true),
    ]
  }

  /// One event row alone (watch mode).
  public func eventCells(_ item: EventReport.Item) -> [String] {
    TableCells.collect { addEventCells(item, to: &$0) }
  }

  func addEventCells(_ item: EventReport.Item, to cells: inout TableCells) {
    addEventCells(
      namespace: item.namespace, lastSeen: item.lastSeen, firstSeen: item.firstSeen, type: item.type,
      reason: item.reason, object: item.object, count: item.count, source: item.source, node: item.node,
      message: item.message, to: &cells)
  }

  /// The row of a report's entry, from the event standing for it (`EventReport.Items.withStanding(at:)`), laid out
  /// as its `Item` would be.
  func addEventCells(_ event: borrowing ClusterEvent, count: Int, firstSeen: Date?, to cells: inout TableCells) {
    addEventCells(
      namespace: event.namespace, lastSeen: event.lastSeen, firstSeen: firstSeen, type: event.type,
      reason: event.reason, object: event.regarding, count: count, source: event.source, node: event.host,
      message: event.message, to: &cells)
  }

  private func addEventCells(
    namespace: String, lastSeen: Date?, firstSeen: Date?, type: String, reason: String, object: ObjectReference,
    count: Int, source: String?, node: String?, message: String, to cells: inout TableCells
  ) {
    // Columns a narrow table hides are left empty rather than worked out.
    cells.add(wide || showNamespace ? namespace : "")
    cells.add(age(lastSeen))
    cells.add(wide ? age(firstSeen) : "")
    cells.add(type)
    cells.add(reason)
    cells.add(Self.objectPrefix(object.kind ?? ""), object.name ?? "")
    cells.add(count)
    cells.add(wide ? source ?? "" : "")
    cells.add(wide ? node ?? "" : "")
    cells.add(message)
  }

  /// `pod/`: an OBJECT cell's head. Kinds are ASCII, lowercased here byte by byte; `lowercased()` and `+` cost
  /// about 300 instructions, twice a row of a table of tens of thousands.
  static func objectPrefix(_ kind: String) -> String {
    var kind = kind
    let ascii = kind.withUTF8 { utf8 -> String? in
      guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
      return String(unsafeUninitializedCapacity: utf8.count + 1) { out in
        for (index, byte) in utf8.enumerated() {
          out[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
        }
        out[utf8.count] = UInt8(ascii: "/")
        return utf8.count + 1
      }
    }
    return ascii ?? kind.lowercased() + "/"
  }

  /// From the whole second, as the report's timestamps say.
  func age(_ date: Date?) -> String {
    guard let date else { return "<unknown>" }
    return Age.format(since: Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)), now: now)
  }

  /// On a terminal (a `width` is known), the free-text column is cut to what is left of the line; when fewer than
  /// 30 columns would be left, `render` moves it under its row instead. `minimumWidths` are those of rows printed
  /// before (`rows(_:title:following:renderer:)`).
  func cut(_ table: Table, minimumWidths: [Int] = []) -> Table {
    guard let width, !wide, var last = table.columns.last else { return table }
    last.maxWidth = max(20, width - fixedWidth(table, minimumWidths: minimumWidths))
    var result = table
    result.columns[result.columns.count - 1] = last
    return result
  }

  /// The width of every visible column but the last, separators included.
  func fixedWidth(_ table: Table, minimumWidths: [Int] = []) -> Int {
    var used = 0
    var shown = 0
    for index in table.columns.indices.dropLast() where wide || !table.columns[index].wideOnly {
      var columnWidth = TerminalText.displayWidth(table.columns[index].header)
      if shown < minimumWidths.count { columnWidth = max(columnWidth, minimumWidths[shown]) }
      for row in table.rows where index < row.cells.count {
        let text = row.cells[index].isEmpty ? table.columns[index].emptyText : row.cells[index]
        columnWidth = max(columnWidth, TerminalText.displayWidth(table.columns[index].line(text)))
      }
      used += columnWidth + 3
      shown += 1
    }
    return used
  }

  /// How a section's rows were laid out, for rows printed after it (`--watch`) to line up with them.
  public struct SectionLayout: Sendable, Equatable {
    /// The columns written on indented lines under each row rather than in it: on a narrow terminal the free
    /// text, and on the narrowest the object too.
    public var moved: [Int]
    /// The widths of the columns shown in the row.
    public var widths: [Int]
  }

  /// The columns of `table` that go under its rows: the free text when fewer than 30 columns would be left for
  /// it, and OBJECT too when the row would still be too wide. None off a terminal and in wide mode.
  func movedColumns(_ table: Table, minimumWidths: [Int] = []) -> [Int] {
    guard let width, !wide, width - fixedWidth(table, minimumWidths: minimumWidths) < 30 else { return [] }
    var moved = [table.columns.count - 1]
    let objectColumn = table.columns.firstIndex { $0.header == "OBJECT" }
    if let objectColumn, fixedWidth(table, minimumWidths: minimumWidths) > width { moved.insert(objectColumn, at: 0) }
    return moved
  }

  /// `table` without its `moved` columns: what is left in each row.
  func inRow(_ table: Table, _ moved: [Int]) -> Table {
    guard !moved.isEmpty else { return table }
    var narrow = table
    narrow.columns = table.columns.indices.filter { !moved.contains($0) }.map { table.columns[$0] }
    narrow.rows = table.rows.map { row in
      TableRow(row.cells.indices.filter { !moved.contains($0) }.map { row.cells[$0] }, status: row.status)
    }
    return narrow
  }

  /// Renders the sections, handing `write` the UTF-8 bytes piece after piece as they are laid out. On a narrow
  /// terminal a table whose fixed columns leave too little room puts its free text (DETAIL, MESSAGE) on indented
  /// lines under each row, wrapped to the width (three lines at most).
  public func write(_ report: EventReport, renderer: TableRenderer, to write: (UnsafeRawBufferPointer) -> Void) {
    guard width != nil, !wide else {
      renderer.write(
        sections: [("PENDING", LazyTable(pendingTable(report.pending))), ("EVENTS", eventsTable(report.events))],
        to: write)
      return
    }
    let blocks = sections(report).filter { !$0.table.rows.isEmpty }.map { title, table in
      block(title, table, moved: movedColumns(table), renderer: renderer)
    }
    var text = blocks.joined(separator: renderer.showHeaders ? "\n" : "")
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  /// How the report's sections were printed (nil for a section that was not), for `--watch`'s rows to follow.
  public func layouts(_ report: EventReport, renderer: TableRenderer) -> (
    pending: SectionLayout?, events: SectionLayout?
  ) {
    guard width != nil, !wide else {
      // Measured as printed, a row at a time: a full Table of every event's cells would be built only to be
      // measured.
      let pending = pendingTable(report.pending)
      let events = eventsTable(report.events)
      return (
        pending.rows.isEmpty ? nil : SectionLayout(moved: [], widths: renderer.columnWidths(pending)),
        events.count == 0 ? nil : SectionLayout(moved: [], widths: renderer.columnWidths(events))
      )
    }
    let layouts = sections(report).map { _, table -> SectionLayout? in
      guard !table.rows.isEmpty else { return nil }
      let moved = movedColumns(table)
      return SectionLayout(moved: moved, widths: renderer.columnWidths(inRow(table, moved)))
    }
    return (layouts[0], layouts[1])
  }

  /// Rows of one section printed after the report (`--watch`), lined up with the section as `layout` says it was
  /// printed; without a layout (the section was not printed), under its title and header, laid out as the report
  /// would have laid them out. `reopening` brings the title and header again, lined up with the layout: rows of
  /// another section were printed since. Returns the text and the layout for the section's next rows.
  public func rows(
    _ table: Table, title: String, following layout: SectionLayout?, reopening: Bool = false,
    renderer: TableRenderer
  ) -> (text: String, layout: SectionLayout) {
    var renderer = renderer
    renderer.minimumWidths = layout?.widths ?? []
    let moved = layout?.moved ?? movedColumns(table)
    let table = moved.isEmpty ? cut(table, minimumWidths: renderer.minimumWidths) : table
    let opensSection = (layout == nil || reopening) && renderer.showHeaders
    renderer.showHeaders = opensSection
    let text = block(opensSection ? title : nil, table, moved: moved, renderer: renderer)
    let widths = renderer.columnWidths(inRow(table, moved))
    return ((opensSection ? "\n" : "") + text, SectionLayout(moved: moved, widths: widths))
  }

  /// One section: its title and header (when the renderer shows headers), then its rows, each followed by its
  /// `moved` columns on indented lines.
  private func block(_ title: String?, _ table: Table, moved: [Int], renderer: TableRenderer) -> String {
    guard let width, !moved.isEmpty else { return renderer.render(sections: [(title, table)]) }
    var lines = renderer.render(inRow(table, moved)).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    if lines.last == "" { lines.removeLast() }
    let headerCount = renderer.showHeaders ? 1 : 0
    var out = renderer.showHeaders ? title.map { renderer.style.bold($0) + "\n" } ?? "" : ""
    out += lines.prefix(headerCount).map { $0 + "\n" }.joined()
    for (row, line) in zip(table.rows, lines.dropFirst(headerCount)) {
      out += line + "\n"
      let text = moved.map { table.columns[$0].line(row.cells[$0]) }.joined(separator: ": ")
      for wrapped in Self.wrap(text, width: max(20, width - 4), maxLines: 3) { out += "    " + wrapped + "\n" }
    }
    return out
  }

  /// Word-wraps to `width` columns; the last allowed line ends in `…` when text remains.
  static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in text.split(separator: " ") {
      let candidate = current.isEmpty ? String(word) : current + " " + word
      if TerminalText.displayWidth(candidate) <= width || current.isEmpty {
        current = candidate
        continue
      }
      lines.append(current)
      current = String(word)
      if lines.count == maxLines { break }
    }
    if lines.count < maxLines, !current.isEmpty {
      lines.append(current)
      current = ""
    }
    if !current.isEmpty, let last = lines.popLast() {
      lines.append(
        TerminalText.truncate(last + " " + current, toWidth: width - 1).filter { $0 != "…" } + "…")
    }
    return lines.map { TerminalText.truncate($0, toWidth: width) }
  }
}
