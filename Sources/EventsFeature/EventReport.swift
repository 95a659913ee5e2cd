import CPrefetch
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What `lamp events` shows, as a stable documented document:
///
/// ```
/// apiVersion: lamp/v1
/// kind: EventReport
/// namespace: shop            # absent with --all-namespaces
/// pending:                   # longest-pending first
/// - kind: Pod                # or the workload kind for FailedCreate
///   namespace: shop
///   name: web-6d4cf56db6-9xkqz
///   reason: PodAffinity      # a PendingReason word
///   explanation: …           # one line
///   since: 2026-11-20T11:55:40Z
///   pendingSeconds: 260
///   node, container: …       # when known
///   evidence: [ … ]
///   nodePools: [{nodePool, fits, reasons}]   # when Karpenter is present and the pod is unschedulable
/// events:                    # Warnings first, newest first; repeats collapsed
/// - namespace, type, reason, object {apiVersion, kind, name, uid}, count, firstSeen, lastSeen, message, source, node
/// warnings: [ … ]            # what lamp could not read (missing permissions)
/// ```
public struct EventReport: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "EventReport"
  /// The namespace looked at; nil for all namespaces.
  public var namespace: String?
  public var pending: [Pending]
  public var events: Items
  public var warnings: [String]

  public init(namespace: String?, pending: [Pending], events: Items, warnings: [String]) {
    self.namespace = namespace
    self.pending = pending
    self.events = events
    self.warnings = warnings
  }

  /// Builds the report: filters, collapses and orders.
  public init(
    namespace: String?, findings: [PendingFinding], events: [ClusterEvent], filter: EventFilter, warnings: [String],
    now: Date
  ) {
    self.init(
      namespace: namespace, findings: findings, events: Items(showing: events, filter: filter), filter: filter,
      warnings: warnings, now: now)
  }

  /// Builds the report from events already shaped (`Items(showing:filter:)`, which needs no findings, so the two
  /// can be worked out at once).
  public init(
    namespace: String?, findings: [PendingFinding], events: Items, filter: EventFilter, warnings: [String], now: Date
  ) {
    let shownFindings = findings.filter(filter.includes).sortedLongestFirst()
    self.init(
      namespace: namespace, pending: shownFindings.map { Pending($0, now: now) }, events: events, warnings: warnings)
  }

  /// The `events` of a report, in display order. Each entry is made when it is read, from the collapsed groups:
  /// a large cluster's report is read once (printed), and holding every entry at once doubled its memory.
  public struct Items: RandomAccessCollection, ExpressibleByArrayLiteral, Encodable, Sendable {
    private let events: [ClusterEvent]
    private let groups: [EventCollapser.Group]
    private let order: [Int]
    private let made: [Item]

    /// `groups` of `events`, shown in `order` (indices into `groups`).
    public init(_ events: [ClusterEvent], groups: [EventCollapser.Group], order: [Int]) {
      self.events = events
      self.groups = groups
      self.order = order
      made = []
    }

    /// The events `filter` shows, repeats collapsed, in display order; `keys` are the events' own
    /// (`EventCollapser.keys`), when worked out already.
    public init(showing events: [ClusterEvent], filter: EventFilter, keys: [EventCollapser.Key]? = nil) {
      var shown = events
      var shownKeys = keys
      if !filter.showsEverything {
        let kept = events.indices.filter { filter.includes(events[$0]) }
        shown = kept.map { events[$0] }
        shownKeys = keys.flatMap { keys in keys.count == events.count ? kept.map { keys[$0] } : nil }
      }
      let keys = EventCollapser.matching(shownKeys, shown)
      let groups = EventCollapser.groups(shown, keys: keys)
      self.init(shown, groups: groups, order: EventCollapser.displayOrder(groups, of: shown, keys: keys))
    }

    /// Entries made already (a watch's new rows, tests).
    public init(_ items: [Item]) {
      events = []
      groups = []
      order = []
      made = items
    }

    public init(arrayLiteral items: Item...) {
      self.init(items)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { made.isEmpty ? order.count : made.count }

    public subscript(position: Int) -> Item {
      guard made.isEmpty else { return made[position] }
      let group = groups[order[position]]
      return events.withUnsafeBufferPointer { Item($0[group.newest], count: group.count, firstSeen: group.firstSeen) }
    }

    /// Starts loading what the entries after `position` will read: the group of the sixteenth entry on, the fields
    /// of the eighth, whose group was asked for eight entries ago, and the strings of the fourth, whose fields were
    /// asked for four entries ago. Entries visit groups and events in display order, not in the order they sit in
    /// memory, and writing one mostly waited for its group and its event to come from memory.
    public func prefetch(after position: Int) {
      guard made.isEmpty else { return }
      if position + 16 < order.count {
        groups.withUnsafeBufferPointer { groups in
          if let first = groups.baseAddress { lamp_prefetch(first + order[position + 16]) }
        }
      }
      events.withUnsafeBufferPointer { events in
        guard let first = events.baseAddress else { return }
        if position + 8 < order.count { ClusterEvent.prefetchFields(at: first + groups[order[position + 8]].newest) }
        if position + 4 < order.count { ClusterEvent.prefetchText(at: first + groups[order[position + 4]].newest) }
      }
    }

    /// `body` applied to the event that entry `position` shows (the newest of its repeats), with the entry's count
    /// and first seen; nil for entries made already. Cheaper than the `Item`, which copies strings that every event
    /// shares; and the event is lent, not copied: retaining it is an atomic write that waits for the event to be
    /// read from memory, and entries visit events in display order, which is not the order they sit in memory, so
    /// a retain per entry held up every entry's reading.
    public func withStanding<Result>(
      at position: Int, _ body: (borrowing ClusterEvent, _ count: Int, _ firstSeen: Date?) -> Result
    ) -> Result? {
      guard made.isEmpty else { return nil }
      let group = groups[order[position]]
      return events.withUnsafeBufferPointer { body($0[group.newest], group.count, group.firstSeen) }
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.unkeyedContainer()
      for item in self { try container.encode(item) }
    }
  }

  /// One entry of `pending`.
  public struct Pending: Sendable, Encodable, Hashable {
    public var kind: String
    public var namespace: String
    public var name: String
    public var uid: String?
    public var reason: String
    public var explanation: String
    public var since: String?
    public var pendingSeconds: Int
    public var node: String?
    public var container: String?
    public var evidence: [String]
    public var nodePools: [NodePoolVerdict]?

    public init(_ finding: PendingFinding, now: Date) {
      kind = finding.kind
      namespace = finding.namespace
      name = finding.name
      uid = finding.uid
      reason = finding.reason.rawValue
      explanation = finding.explanation
      since = finding.since.map(KubeTime.format)
      pendingSeconds = Int(finding.pendingFor(now: now))
      node = finding.node
      container = finding.container
      evidence = finding.evidence
      nodePools = finding.nodePools
    }
  }

  /// One entry of `events`.
  public struct Item: Sendable, Encodable, Hashable {
    public var namespace: String
    public var type: String
    public var reason: String
    public var object: ObjectReference
    public var count: Int
    /// Encoded as RFC 3339 (`KubeTime.format`).
    public var firstSeen: Date?
    public var lastSeen: Date?
    public var message: String
    public var source: String?
    public var node: String?

    private enum CodingKeys: String, CodingKey {
      case namespace, type, reason, object, count, firstSeen, lastSeen, message, source, node
    }

    public func encode(to encoder: Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(namespace, forKey: .namespace)
      try container.encode(type, forKey: .type)
      try container.encode(reason, forKey: .reason)
      try container.encode(object, forKey: .object)
      try container.encode(count, forKey: .count)
      try container.encodeIfPresent(firstSeen.map(KubeTime.format), forKey: .firstSeen)
      try container.encodeIfPresent(lastSeen.map(KubeTime.format), forKey: .lastSeen)
      try container.encode(message, forKey: .message)
      try container.encodeIfPresent(source, forKey: .source)
      try container.encodeIfPresent(node, forKey: .node)
    }

    public init(_ event: ClusterEvent) {
      self.init(event, count: event.count, firstSeen: event.firstSeen)
    }

    /// `event` standing for a collapsed group (`EventCollapser.Group`).
    init(_ event: borrowing ClusterEvent, count: Int, firstSeen: Date?) {
      namespace = event.namespace
      type = event.type
      reason = event.reason
      object = ObjectReference(
        apiVersion: event.regarding.apiVersion, kind: event.regarding.kind, namespace: nil,
        name: event.regarding.name, uid: event.regarding.uid, fieldPath: event.regarding.fieldPath)
      self.count = count
      self.firstSeen = firstSeen
      lastSeen = event.lastSeen
      message = event.message
      source = event.source.isEmpty ? nil : event.source
      node = event.host
    }
  }
}
