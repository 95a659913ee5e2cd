import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The state behind `lamp events --watch`: the current pods and events, and what has been shown, so each change
/// turns into the rows that are new (an event first seen or repeated, a pod newly pending or pending for a
/// different reason, a pod no longer pending). Re-lists after a dropped watch or a 410 replay as snapshots and
/// print only what really changed.
public struct EventsMonitor: Sendable {
  let base: ClusterSnapshot
  var filter: EventFilter
  /// How the `--for`/`-l` scope follows the pods (nil: unscoped, or a scope fixed by the caller).
  let scopeRule: ScopeRule?
  var pods: [String: Pod] = [:]
  var events: [String: ClusterEvent] = [:]
  var shownPending: [String: EventReport.Pending] = [:]
  var shownEvents: [String: (count: Int, lastSeen: Date?)] = [:]

  /// Starts from the query's snapshot; `report(now:)` gives the initial block.
  public init(snapshot: ClusterSnapshot, filter: EventFilter, scopeRule: ScopeRule? = nil) {
    base = snapshot
    self.filter = filter
    self.scopeRule = scopeRule
    for pod in snapshot.pods { pods[Self.key(pod)] = pod }
    for event in snapshot.events { events[Self.key(event)] = event }
  }

  static func key(_ pod: Pod) -> String { "\(pod.metadata.namespace ?? "")/\(pod.metadata.name)" }
  static func key(_ event: ClusterEvent) -> String { event.uid ?? "\(event.namespace)/\(event.name)" }
  static func key(_ item: EventReport.Pending) -> String { "\(item.namespace)/\(item.kind)/\(item.name)" }

  var snapshot: ClusterSnapshot {
    var snapshot = base
    // Sorting by the dictionaries' keys: building a key per comparison dominated large clusters' run time.
    snapshot.pods = pods.sorted { $0.key < $1.key }.map(\.value)
    snapshot.events = events.sorted { $0.key < $1.key }.map(\.value)
    return snapshot
  }

  /// The full report now, remembering everything in it as shown.
  public mutating func report(namespace: String?, warnings: [String], now: Date) -> EventReport {
    var current = snapshot
    current.now = now
    let findings = PendingClassifier.classify(current)
    let report = EventReport(
      namespace: namespace, findings: findings, events: Array(events.values), filter: filter, warnings: warnings,
      now: now)
    shownPending = Dictionary(report.pending.map { (Self.key($0), $0) }) { a, _ in a }
    for event in events.values where filter.includes(event) {
      shownEvents[Self.key(event)] = (event.count, event.lastSeen)
    }
    return report
  }

  /// Applies one change and returns the rows to print, events first.
  public mutating func apply(_ change: EventsChange, now: Date) -> [EventReportChange] {
    var newEvents: [ClusterEvent] = []
    switch change {
    case .pods(let list):
      pods = Dictionary(list.map { (Self.key($0), $0) }) { a, _ in a }
      newEvents = widenScope()
    case .podUpdated(let pod):
      let isNewPod = pods[Self.key(pod)] == nil
      pods[Self.key(pod)] = pod
      if isNewPod { newEvents = widenScope() }
    case .podDeleted(let pod):
      pods[Self.key(pod)] = nil
    case .events(let list):
      events = Dictionary(list.map { (Self.key($0), $0) }) { a, _ in a }
      newEvents = list.filter(isNew)
    case .eventUpdated(let event):
      events[Self.key(event)] = event
      if isNew(event) { newEvents.append(event) }
    }
    var rows: [EventReportChange] = []
    let shown = events.values.filter(filter.includes)
    for event in newEvents.sorted(by: { ($0.lastSeen ?? .distantPast) < ($1.lastSeen ?? .distantPast) }) {
      shownEvents[Self.key(event)] = (event.count, event.lastSeen)
      // The row of its group, as the report collapses repeats: the total count, not this repeat's own.
      let (count, firstSeen) = EventCollapser.collapsed(event, among: shown)
      rows.append(.event(EventReport.Item(event, count: count, firstSeen: firstSeen)))
    }
    rows += pendingChanges(now: now)
    return rows
  }

  /// Takes pods that appeared into the scope (a deleted pod's events stay in it) and returns the events already
  /// seen that it now shows: the watch may deliver a new pod's first events before the pod.
  mutating func widenScope() -> [ClusterEvent] {
    guard let scopeRule, let before = filter.scope else { return [] }
    var scope = scopeRule.scope(pods.values.sorted { Self.key($0) < Self.key($1) })
    scope.formUnion(before)
    guard scope != before else { return [] }
    filter.scope = scope
    return events.values.filter(isNew)
  }

  func isNew(_ event: ClusterEvent) -> Bool {
    guard filter.includes(event) else { return false }
    guard let shown = shownEvents[Self.key(event)] else { return true }
    return event.count > shown.count || (event.lastSeen ?? .distantPast) > (shown.lastSeen ?? .distantPast)
  }

  /// Re-classifies and compares with what was shown.
  mutating func pendingChanges(now: Date) -> [EventReportChange] {
    var current = snapshot
    current.now = now
    let findings = PendingClassifier.classify(current).filter(filter.includes)
    var shown: [String: EventReport.Pending] = [:]
    var rows: [EventReportChange] = []
    for finding in findings {
      let item = EventReport.Pending(finding, now: now)
      let key = Self.key(item)
      shown[key] = item
      let before = shownPending[key]
      if before == nil || before?.reason != item.reason || before?.explanation != item.explanation {
        rows.append(.pending(item))
      }
    }
    for (key, item) in shownPending.sorted(by: { $0.key < $1.key }) where shown[key] == nil {
      var item = item
      if let since = item.since.flatMap(KubeTime.parse) {
        item.pendingSeconds = max(item.pendingSeconds, Int(now.timeIntervalSince(since)))
      }
      let deleted = item.kind == "Pod" && pods["\(item.namespace)/\(item.name)"] == nil
      rows.append(.resolved(item, deleted: deleted))
    }
    shownPending = shown
    return rows
  }
}
