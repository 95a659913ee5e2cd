import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `lamp keda scaled` table.
public struct ScaledTable: Sendable {
  public var now: Date

  public init(now: Date) { self.now = now }

  public static let columns: [TableColumn] = [
    TableColumn("NAMESPACE"), TableColumn("NAME"), TableColumn("KIND"), TableColumn("TARGET"),
    TableColumn("MIN", alignment: .right), TableColumn("MAX", alignment: .right),
    TableColumn("CURRENT", alignment: .right), TableColumn("TRIGGERS"), TableColumn("STATE"), TableColumn("READY"),
    TableColumn("AGE"), TableColumn("HPA", wideOnly: true), TableColumn("METRICS", wideOnly: true),
    TableColumn("HEALTH", wideOnly: true),
  ]

  public func table(_ items: [ScaledSummary]) -> Table {
    var table = Table(columns: Self.columns)
    for item in items {
      let status: Health? =
        switch item.state {
        case .error, .fallback: .error
        case .paused: .warning
        default: nil
        }
      table.rows.append(TableRow(cells(item), status: status))
    }
    return table
  }

  func cells(_ item: ScaledSummary) -> [String] {
    let ready = item.ready == "True" ? "True" : item.readyReason.map { "\(item.ready) (\($0))" } ?? item.ready
    let metrics = item.metrics.map { "\($0.name)=\($0.current ?? "<unknown>")/\($0.target ?? "?")" }
    let health = item.health.map {
      $0.failures > 0 ? "\($0.metric) \($0.status) ×\($0.failures)" : "\($0.metric) \($0.status)"
    }
    return [
      item.namespace, item.name, item.kind, item.targetText, item.min.map(String.init) ?? "",
      item.max.map(String.init) ?? "",
      item.current.map(String.init) ?? "?", item.triggers.map(\.text).joined(separator: ", "), item.stateText, ready,
      item.created.map { Age.format(since: $0, now: now) } ?? "<unknown>", item.hpa ?? "",
      metrics.joined(separator: ", "), health.joined(separator: ", "),
    ]
  }
}
