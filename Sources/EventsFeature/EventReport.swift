import Foundation
import KubeAPI

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
  public var events: [Item]
  public var warnings: [String]

  public init(namespace: String?, pending: [Pending], events: [Item], warnings: [String]) {
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
    let shownFindings = findings.filter(filter.includes).sorted(by: PendingFinding.longestFirst)
    let shownEvents = EventCollapser.displayOrdered(EventCollapser.collapse(events.filter(filter.includes)))
    self.init(
      namespace: namespace, pending: shownFindings.map { Pending($0, now: now) }, events: shownEvents.map(Item.init),
      warnings: warnings)
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
    public var firstSeen: String?
    public var lastSeen: String?
    public var message: String
    public var source: String?
    public var node: String?

    public init(_ event: ClusterEvent) {
      namespace = event.namespace
      type = event.type
      reason = event.reason
      object = ObjectReference(
        apiVersion: event.regarding.apiVersion, kind: event.regarding.kind, namespace: nil,
        name: event.regarding.name, uid: event.regarding.uid, fieldPath: event.regarding.fieldPath)
      count = event.count
      firstSeen = event.firstSeen.map(KubeTime.format)
      lastSeen = event.lastSeen.map(KubeTime.format)
      message = event.message
      source = event.source.isEmpty ? nil : event.source
      node = event.host
    }
  }
}
