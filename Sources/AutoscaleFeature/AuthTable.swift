import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
      let problems = item.problems
      table.rows.append(
        TableRow(
          [
            item.namespace ?? "", item.name, item.kind, item.sources.map(\.text).joined(separator: ", "),
            // `?`: its Secrets could not be checked, which is not the same as none missing.
            Self.users(item), problems.map { $0.joined(separator: ", ") } ?? "?",
          ], status: problems?.isEmpty != false ? nil : .error))
    }
    return table
  }

  /// `ScaledObject shop/web-scaler`; `?` when unknown; `<none> (counted in shop only)` for a
  /// ClusterTriggerAuthentication whose users could only be looked for in one namespace.
  static func users(_ item: AuthSummary) -> String {
    guard let usedBy = item.usedBy else { return "?" }
    let users = usedBy.joined(separator: ", ")
    guard let namespace = item.usedByNamespace else { return users }
    return "\(users.isEmpty ? "<none>" : users) (counted in \(namespace) only)"
  }
}
