import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `lamp karpenter nodeclaims` table; wide adds kubectl's wide columns that the table lacks.
public struct NodeClaimTable: Sendable {
  public var now: Date

  public init(now: Date) { self.now = now }

  public static let columns: [TableColumn] = [
    TableColumn("NAME"), TableColumn("NODEPOOL"), TableColumn("INSTANCE TYPE"), TableColumn("CAPACITY TYPE"),
    TableColumn("ZONE"), TableColumn("NODE"), TableColumn("READY"), TableColumn("AGE"), TableColumn("STATE"),
    TableColumn("NODECLASS", wideOnly: true), TableColumn("IMAGE ID", wideOnly: true),
    TableColumn("PROVIDER ID", wideOnly: true),
  ]

  public func table(_ items: [NodeClaimSummary]) -> Table {
    var table = Table(columns: Self.columns)
    for item in items {
      let healthy = item.ready == "True" && item.flags.isEmpty
      table.rows.append(
        TableRow(
          [
            item.name, item.nodePool ?? "", item.instanceType ?? "", item.capacityType ?? "", item.zone ?? "",
            item.node ?? "", item.ready, item.created.map { Age.format(since: $0, now: now) } ?? "<unknown>",
            item.state, item.nodeClass ?? "", item.imageID ?? "", item.providerID ?? "",
          ], status: healthy ? nil : .warning))
    }
    return table
  }
}
