import Foundation
import Formatters
import KubeAPI

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

  /// The sections in order; empty ones render as nothing.
  public func sections(_ report: EventReport) -> [(title: String?, table: Table)] {
    [("PENDING", pendingTable(report.pending)), ("EVENTS", eventsTable(report.events))]
  }

  public func pendingTable(_ pending: [EventReport.Pending]) -> Table {
    var table = Table(columns: pendingColumns)
    for item in pending { table.rows.append(TableRow(pendingCells(item), status: .warning)) }
    return cut(table)
  }

  /// One pending row alone (watch mode), laid out like the table's.
  public func pendingCells(_ item: EventReport.Pending) -> [String] {
    let object = item.kind == "Pod" ? item.name : "\(item.kind.lowercased())/\(item.name)"
    return [item.namespace, object, Age.format(TimeInterval(item.pendingSeconds)), item.reason, item.node ?? "",
      item.explanation]
  }

  public var pendingColumns: [TableColumn] {
    [
      TableColumn("NAMESPACE", wideOnly: !showNamespace), TableColumn("POD"), TableColumn("PENDING"),
      TableColumn("REASON"), TableColumn("NODE", wideOnly: true), TableColumn("DETAIL"),
    ]
  }

  public func eventsTable(_ events: [EventReport.Item]) -> Table {
    var table = Table(columns: eventColumns)
    for item in events {
      table.rows.append(TableRow(eventCells(item), status: item.type == "Warning" ? .warning : nil))
    }
    return cut(table)
  }

  public var eventColumns: [TableColumn] {
    [
      TableColumn("NAMESPACE", wideOnly: !showNamespace), TableColumn("LAST SEEN"),
      TableColumn("FIRST SEEN", wideOnly: true), TableColumn("TYPE"), TableColumn("REASON"), TableColumn("OBJECT"),
      TableColumn("COUNT", alignment: .right), TableColumn("SOURCE", wideOnly: true),
      TableColumn("NODE", wideOnly: true), TableColumn("MESSAGE"),
    ]
  }

  /// One event row alone (watch mode).
  public func eventCells(_ item: EventReport.Item) -> [String] {
    let object = "\((item.object.kind ?? "").lowercased())/\(item.object.name ?? "")"
    return [
      item.namespace, age(item.lastSeen), age(item.firstSeen), item.type, item.reason, object, String(item.count),
      item.source ?? "", item.node ?? "", item.message,
    ]
  }

  func age(_ timestamp: String?) -> String {
    guard let timestamp, let date = KubeTime.parse(timestamp) else { return "<unknown>" }
    return Age.format(since: date, now: now)
  }

  /// Cuts the last column so lines fit `width` (at least 20 columns are kept for it).
  func cut(_ table: Table) -> Table {
    guard let width, !wide, var last = table.columns.last else { return table }
    let visible = table.columns.indices.dropLast().filter { !table.columns[$0].wideOnly }
    var used = 0
    for index in visible {
      var columnWidth = TerminalText.displayWidth(table.columns[index].header)
      for row in table.rows where index < row.cells.count {
        let text = row.cells[index].isEmpty ? table.columns[index].emptyText : row.cells[index]
        columnWidth = max(columnWidth, TerminalText.displayWidth(TerminalText.escape(TerminalText.firstLine(text))))
      }
      used += columnWidth + 3
    }
    last.maxWidth = max(20, width - used)
    var result = table
    result.columns[result.columns.count - 1] = last
    return result
  }
}
