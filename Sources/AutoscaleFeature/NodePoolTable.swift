import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `lamp karpenter nodepools` table.
public struct NodePoolTable: Sendable {
  public var now: Date

  public init(now: Date) { self.now = now }

  public static let columns: [TableColumn] = [
    TableColumn("NAME"), TableColumn("NODECLASS"), TableColumn("NODES"), TableColumn("CPU"), TableColumn("MEMORY"),
    TableColumn("OTHER LIMITS", wideOnly: true), TableColumn("REQUESTED"),
    TableColumn("PODS", wideOnly: true, alignment: .right),
    TableColumn("WEIGHT", alignment: .right), TableColumn("DISRUPTION"), TableColumn("READY"), TableColumn("AGE"),
    TableColumn("CAPACITY TYPES", wideOnly: true), TableColumn("ZONES", wideOnly: true),
    TableColumn("ARCH", wideOnly: true), TableColumn("FAMILIES", wideOnly: true),
  ]

  public func table(_ items: [NodePoolSummary]) -> Table {
    var table = Table(columns: Self.columns)
    for item in items {
      let status: Health? = item.ready?.status == "True" ? nil : .warning
      table.rows.append(TableRow(cells(item), status: status))
    }
    return table
  }

  func cells(_ item: NodePoolSummary) -> [String] {
    [
      item.name, nodeClass(item.nodeClass), nodes(item.nodes), usage(item.resources["cpu"], resource: "cpu"),
      usage(item.resources["memory"], resource: "memory"), otherLimits(item.resources), requested(item.requested),
      item.pods.map(String.init) ?? "?", item.weight.map(String.init) ?? "", Self.disruption(item.disruption),
      ready(item.ready), item.created.map { Age.format(since: $0, now: now) } ?? "<unknown>",
      item.allowed.capacityTypes.joined(separator: ","), item.allowed.zones.joined(separator: ","),
      item.allowed.architectures.joined(separator: ","), item.allowed.instanceFamilies.joined(separator: ","),
    ]
  }

  func nodeClass(_ info: NodePoolSummary.NodeClassInfo?) -> String {
    guard let info else { return "" }
    let text = "\(info.kind)/\(info.name)"
    if info.found == false { return text + " (missing)" }
    return info.ready == false ? text + " (not ready)" : text
  }

  func nodes(_ count: NodePoolSummary.NodeCount) -> String {
    "\(count.ready.map(String.init) ?? "?")/\(count.total)"
  }

  /// `16/16 (100%)`, `12/∞`.
  func usage(_ usage: NodePoolSummary.Usage?, resource: String) -> String {
    guard let usage else { return "" }
    let used = ResourceText.amount(usage.used, resource: resource)
    guard let limit = usage.limit else { return "\(used)/∞" }
    let percent = usage.percent.map { " (\($0)%)" } ?? ""
    return "\(used)/\(ResourceText.amount(limit, resource: resource))\(percent)"
  }

  /// `nodes 3/10 (30%), nvidia.com/gpu 0/8 (0%)`: the limits beyond cpu and memory, which have columns of their own.
  func otherLimits(_ resources: [String: NodePoolSummary.Usage]) -> String {
    let limited = resources.filter { !["cpu", "memory"].contains($0.key) && $0.value.limit != nil }
    guard !limited.isEmpty else { return "<none>" }
    return limited.sorted { $0.key < $1.key }.map { "\($0.key) \(usage($0.value, resource: $0.key))" }
      .joined(separator: ", ")
  }

  /// `cpu 54%, mem 31%`.
  func requested(_ requested: [String: NodePoolSummary.Usage]) -> String {
    guard let cpu = requested["cpu"], let memory = requested["memory"] else { return "?" }
    func percent(_ usage: NodePoolSummary.Usage) -> String { usage.percent.map { "\($0)%" } ?? "-" }
    return "cpu \(percent(cpu)), mem \(percent(memory))"
  }

  func ready(_ condition: NodePoolSummary.ConditionInfo?) -> String {
    guard let condition else { return "Unknown" }
    if condition.status == "True" { return "True" }
    return condition.reason.map { "\(condition.status) (\($0))" } ?? condition.status
  }

  /// `WhenEmptyOrUnderutilized after 5m; budgets 10%, 0 at 0 9 * * mon-fri for 8h (Underutilized)`.
  static func disruption(_ disruption: NodePool.Disruption?) -> String {
    guard let disruption else { return "" }
    var text = disruption.consolidationPolicy ?? ""
    if let after = disruption.consolidateAfter { text += text.isEmpty ? "after \(after)" : " after \(after)" }
    let budgets = (disruption.budgets ?? []).map { budget in
      var part = budget.nodes ?? "10%"
      if let schedule = budget.schedule { part += " at \(schedule)" }
      if let duration = budget.duration { part += " for \(duration)" }
      if let reasons = budget.reasons, !reasons.isEmpty { part += " (\(reasons.joined(separator: ",")))" }
      return part
    }
    if !budgets.isEmpty { text += "; budgets " + budgets.joined(separator: ", ") }
    return text
  }
}
