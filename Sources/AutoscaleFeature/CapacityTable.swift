import EventsFeature
import Formatters

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `lamp karpenter pending` table. CAN SERVE and WHY NOT are `?` when NodePools could not be listed (the
/// warnings say so): "none" would be a false answer.
public struct CapacityTable: Sendable {
  public init() {}

  public static let columns: [TableColumn] = [
    TableColumn("NAMESPACE"), TableColumn("POD"), TableColumn("PENDING"), TableColumn("REASON"),
    TableColumn("REQUESTS", wideOnly: true), TableColumn("CAN SERVE"), TableColumn("WHY NOT"),
    TableColumn("DETAIL", wideOnly: true, joinsLines: true),
  ]

  public func table(_ report: CapacityReport) -> Table {
    var table = Table(columns: Self.columns)
    for item in report.items {
      // cpu and memory first, then what else it asks for (GPUs, hugepages): what a pool must also offer.
      let others = item.requests.keys.filter { !["cpu", "memory"].contains($0) }.sorted()
      let requests = (["cpu", "memory"] + others).compactMap { resource in
        item.requests[resource].flatMap {
          $0 > .zero ? "\(resource) \(ResourceText.amount($0, resource: resource))" : nil
        }
      }
      var serve = "?"
      var whyNot = "?"
      if let fits = item.fits, let blocked = item.blocked {
        let fitting = fits.map { fit in
          let left = fit.limitsLeft.sorted { $0.key < $1.key }.filter { ["cpu", "memory"].contains($0.key) }.map {
            "\($0.key) \(ResourceText.amount($0.value, resource: $0.key)) left"
          }
          return left.isEmpty ? fit.nodePool : "\(fit.nodePool) (\(left.joined(separator: ", ")))"
        }
        serve = fitting.isEmpty ? "none" : fitting.joined(separator: ", ")
        whyNot =
          fits.isEmpty
          ? item.summary
          : blocked.map { verdict in
            "\(verdict.nodePool): " + verdict.obstacles.map(CapacityReport.phrase).joined(separator: ", ")
          }.joined(separator: "; ")
      }
      // A nominated pod waits for the node already on its way, not for any pool that could also fit it.
      if let nominated = item.nominated { serve = "nominated: \(nominated)" }
      table.rows.append(
        TableRow(
          [
            item.namespace, item.name, Age.format(TimeInterval(item.pendingSeconds)), item.reason,
            requests.joined(separator: ", "), serve, whyNot, item.explanation,
          ], status: item.fits?.isEmpty == true ? .error : .warning))
    }
    return table
  }
}
