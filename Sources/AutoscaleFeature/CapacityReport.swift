import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp karpenter pending`: every pod waiting for capacity, with the NodePools that could provide a node
/// (and what is left under their limits) and why the others cannot. The classification is `lamp events`'
/// (`PendingClassifier`, `NodePoolFit`); this only selects and reshapes it.
///
/// ```
/// apiVersion: lamp/v1
/// kind: CapacityReport
/// items:
/// - namespace, name, reason, explanation, since, pendingSeconds
///   requests: {cpu: "2", memory: 4Gi}
///   summary: no NodePool allows kubernetes.io/arch=arm64
///   nominated: nodeclaim/default-q7zrt              # when Karpenter (or the scheduler) nominated where it goes
///   fits: [{nodePool, limitsLeft: {cpu: "16"}}]     # both absent when NodePools could not be listed
///   blocked: [{nodePool, reasons: [ … ]}]
/// warnings: [ … ]
/// ```
public struct CapacityReport: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "CapacityReport"
  public var items: [Item]
  public var warnings: [String]

  /// One pending pod.
  public struct Item: Sendable, Hashable, Encodable {
    public var namespace: String
    public var name: String
    public var reason: String
    public var explanation: String
    public var since: Date?
    public var pendingSeconds: Int
    public var requests: [String: Quantity]
    /// One line: where it was nominated to go, which pools fit, or the shared reason none does.
    public var summary: String
    /// The NodeClaim (or node) Karpenter nominated for it, its capacity already on the way; or the node the
    /// scheduler nominated, where it preempts lower-priority pods.
    public var nominated: String?
    /// nil when NodePools could not be listed: which pools fit is unknown.
    public var fits: [Fit]?
    public var blocked: [NodePoolVerdict]?
  }

  /// A pool that could provide a node, with what is left under each of its limits.
  public struct Fit: Sendable, Hashable, Encodable {
    public var nodePool: String
    public var limitsLeft: [String: Quantity]
  }

  /// Scheduling classes that mean "no node has room or the right shape" (not volume binding).
  static let capacityReasons: Set<PendingReason> = [
    .insufficientResources, .untoleratedTaint, .nodeSelectorMismatch, .podAffinity, .topologySpread,
    .nodesCordoned, .unschedulable, .notYetScheduled,
  ]

  /// Builds the report from `lamp events`' snapshot (pods, events, nodes and NodePools, nil when not readable).
  public init(snapshot: ClusterSnapshot, warnings: [String], now: Date) {
    let pools = snapshot.nodePools ?? []
    let poolsKnown = snapshot.nodePools != nil
    let fitted = NodePoolFit.pools(pools, nodeClasses: snapshot.nodeClasses)
    let byName = Dictionary(pools.map { ($0.metadata.name, $0) }, uniquingKeysWith: { first, _ in first })
    let podsByKey = Dictionary(
      snapshot.pods.map { ("\($0.metadata.namespace ?? "")/\($0.metadata.name)", $0) },
      uniquingKeysWith: { first, _ in first })
    let findings = PendingClassifier.classify(snapshot).filter {
      $0.kind == "Pod" && Self.capacityReasons.contains($0.reason)
    }
    items = findings.compactMap { finding in
      // A DaemonSet's pod waits for the node it was made for: no NodePool capacity can serve it.
      guard let pod = podsByKey["\(finding.namespace)/\(finding.name)"], pod.controller?.kind != "DaemonSet" else {
        return nil
      }
      let verdicts = finding.nodePools ?? NodePoolFit.evaluate(pod: pod, pools: fitted)
      let fits = verdicts.filter(\.fits).map { verdict in
        Fit(
          nodePool: verdict.nodePool,
          limitsLeft: Dictionary(
            (byName[verdict.nodePool].map(NodePoolFit.limitsLeft) ?? []).map { ($0.resource, $0.left) },
            uniquingKeysWith: { first, _ in first }))
      }
      let blocked = verdicts.filter { !$0.fits }
      return Item(
        namespace: finding.namespace, name: finding.name, reason: finding.reason.rawValue,
        explanation: finding.explanation, since: finding.since, pendingSeconds: Int(finding.pendingFor(now: now)),
        requests: pod.resourceRequests,
        summary: finding.nominated.map {
          finding.nominatedByScheduler
            ? "nominated to \($0) by the scheduler: it waits there for the pods it preempts to leave"
            : "nominated to \($0): its node is on the way"
        }
          ?? (poolsKnown ? Self.summary(fits: fits, blocked: blocked, pools: pools.count) : Self.unknownPools),
        nominated: finding.nominated, fits: poolsKnown ? fits : nil, blocked: poolsKnown ? blocked : nil)
    }
    self.warnings = warnings
  }

  /// The summary when NodePools could not be listed.
  static let unknownPools = "unknown: NodePools could not be listed"

  /// `NodePool spot could provide a node`, `no NodePool allows kubernetes.io/arch=arm64`, or the pools' reasons.
  static func summary(fits: [Fit], blocked: [NodePoolVerdict], pools: Int) -> String {
    if pools == 0 { return "no NodePools" }
    if !fits.isEmpty {
      let names = fits.map(\.nodePool).joined(separator: ", ")
      return fits.count == 1 ? "NodePool \(names) could provide a node" : "NodePools \(names) could provide a node"
    }
    // A requirement every pool fails on the same label reads as one sentence.
    var shared: Set<String>? = nil
    for verdict in blocked {
      var labels: Set<String> = []
      for case .requirement(let label, _) in verdict.obstacles { labels.insert(label) }
      shared = shared.map { $0.intersection(labels) } ?? labels
    }
    if let label = shared?.sorted().first { return "no NodePool allows \(label)" }
    return blocked.map { verdict in
      let reasons = verdict.obstacles.map(Self.phrase).joined(separator: ", ")
      return "NodePool \(verdict.nodePool) \(reasons)"
    }.joined(separator: "; ")
  }

  /// Like `Obstacle.phrase`, but a limit reads `at cpu limit 16/16`.
  static func phrase(_ obstacle: NodePoolVerdict.Obstacle) -> String {
    switch obstacle {
    case .limit(let resource, let used, let limit, let requested):
      let usedText = ResourceText.amount(used, resource: resource)
      let limitText = ResourceText.amount(limit, resource: resource)
      if used >= limit { return "at \(resource) limit \(usedText)/\(limitText)" }
      return "\(resource) limit \(limitText) too low (\(usedText) used, a node for it needs "
        + "\(ResourceText.amount(requested, resource: resource)))"
    default:
      return obstacle.phrase
    }
  }
}
