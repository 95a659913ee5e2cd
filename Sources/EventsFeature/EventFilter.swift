import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Which events and findings a report shows: `--types`, `--reason`, `--since` and the `--for`/`-l` scope.
public struct EventFilter: Sendable {
  /// `Warning`, `Normal` (case-insensitive); empty shows all.
  public var types: Set<String>
  /// Event reasons (case-insensitive); empty shows all.
  public var reasons: Set<String>
  /// Only events last seen at or after this time.
  public var since: Date?
  /// Only events and findings about these objects.
  public var scope: ObjectScope?

  public init(types: [String] = [], reasons: [String] = [], since: Date? = nil, scope: ObjectScope? = nil) {
    self.types = Set(types.map { $0.lowercased() })
    self.reasons = Set(reasons.map { $0.lowercased() })
    self.since = since
    self.scope = scope
  }

  /// No filter is set: every event and finding is shown.
  public var showsEverything: Bool { types.isEmpty && reasons.isEmpty && since == nil && scope == nil }

  /// Whether an event is shown.
  public func includes(_ event: ClusterEvent) -> Bool {
    if !types.isEmpty && !types.contains(event.type.lowercased()) { return false }
    if !reasons.isEmpty && !reasons.contains(event.reason.lowercased()) { return false }
    if let since, (event.lastSeen ?? .distantPast) < since { return false }
    if let scope, !scope.contains(event.regarding, eventNamespace: event.namespace) { return false }
    return true
  }

  /// Whether a finding is shown (only the scope applies: types, reasons and since are about events).
  public func includes(_ finding: PendingFinding) -> Bool {
    guard let scope else { return true }
    return scope.contains(kind: finding.kind, namespace: finding.namespace, name: finding.name, uid: finding.uid)
  }
}
