import Formatters
import Foundation

/// The `lamp keda auth` table.
public struct AuthTable: Sendable {
  public init() {}

  public static let columns: [TableColumn] = [
    TableColumn("NAMESPACE"), TableColumn("NAME"), TableColumn("KIND"), TableColumn("READS"),
    TableColumn("USED BY"), TableColumn("PROBLEMS"),
  ]

  public func table(_ items: [AuthSummary]) -> Table {
    var table = Table(columns: Self.columns)
    for item in items {
      let problems = item.missingSecrets.map { "Secret \($0) not found" }
      table.rows.append(
        TableRow(
          [
            item.namespace ?? "", item.name, item.kind, item.sources.map(\.text).joined(separator: ", "),
            item.usedBy.joined(separator: ", "), problems.joined(separator: ", "),
          ], status: problems.isEmpty ? nil : .error))
    }
    return table
  }
}
