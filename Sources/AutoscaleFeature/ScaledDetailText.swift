import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Renders a `ScaledDetail` as indented `Key: value` text, like `kubectl describe`.
public struct ScaledDetailText: Sendable {
  public var now: Date

  public init(now: Date) { self.now = now }

  public func render(_ detail: ScaledDetail) -> String {
    let summary = detail.summary
    var lines: [String] = []
    func add(_ key: String, _ value: String, indent: Int = 0) {
      let pad = String(repeating: " ", count: indent)
      // Keys can come from the cluster too (trigger types, metadata keys, metric names): both are escaped.
      lines.append("\(pad)\(TerminalText.escape(key)):" + (value.isEmpty ? "" : " \(TerminalText.escape(value))"))
    }
    add("Name", summary.name)
    add("Namespace", summary.namespace)
    add("Kind", summary.kind)
    add("Target", summary.targetText)
    add("Replicas", "min \(summary.min.map(String.init) ?? "?"), max \(summary.max.map(String.init) ?? "?")")
    let current = summary.current.map(String.init) ?? "?"
    let desired = summary.desired.map { ", desired \($0)" } ?? ""
    add(summary.kind == "ScaledJob" ? "Running jobs" : "Current", current + desired)
    add("State", summary.stateText)
    add("Ready", summary.readyReason.map { "\(summary.ready) (\($0))" } ?? summary.ready)
    if let created = summary.created { add("Age", Age.format(since: created, now: now)) }
    add("Triggers", "")
    for (index, trigger) in detail.triggers.enumerated() {
      add("- \(trigger.type)", trigger.name ?? "", indent: 2)
      for (key, value) in trigger.metadata.sorted(by: { $0.key < $1.key }) { add(key, value, indent: 6) }
      if let ref = trigger.authenticationRef {
        if let auth = trigger.authentication {
          add("Authentication", ref, indent: 6)
          for source in auth.sources { add("reads", source.text, indent: 8) }
        } else {
          add("Authentication", "\(ref) (\(trigger.authenticationProblem ?? "not found"))", indent: 6)
        }
      }
      // KEDA names each trigger's metric `s<index>-<type>...`.
      if let health = summary.health.first(where: { $0.metric.hasPrefix("s\(index)-") }) {
        add("Health", "\(health.status), \(health.failures) failures", indent: 6)
      }
    }
    add("Conditions", "")
    for condition in detail.conditions { lines.append(conditionLine(condition)) }
    if let hpa = summary.hpa {
      add("HPA", hpa)
      for metric in summary.metrics {
        add(metric.name, "\(metric.current ?? "<unknown>") / \(metric.target ?? "?")", indent: 2)
      }
      for condition in detail.hpaConditions { lines.append(conditionLine(condition)) }
    }
    let events = detail.events ?? []
    add("Events", detail.events == nil ? "<unknown>" : events.isEmpty ? "<none>" : "")
    for event in events {
      let age = event.lastSeen.map { Age.format(since: $0, now: now) } ?? "<unknown>"
      let count = event.count > 1 ? " ×\(event.count)" : ""
      lines.append(TerminalText.escape("  \(age) \(event.type) \(event.reason)\(count): \(event.message)"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  func conditionLine(_ condition: StatusCondition) -> String {
    var text = "  \(condition.type)=\(condition.status)"
    if let reason = condition.reason, !reason.isEmpty { text += " \(reason)" }
    if let message = condition.message, !message.isEmpty { text += ": \(message)" }
    return TerminalText.escape(text)
  }
}
