import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One pod that cannot run (or one workload that cannot create its pods), with one reason class, a one-line
/// explanation in plain words and the evidence it rests on.
public struct PendingFinding: Sendable, Hashable, Encodable {
  /// `Pod`, or the workload kind (`Deployment`, `ReplicaSet`, `Job`, ...) for `createFailed`.
  public var kind: String
  public var namespace: String
  public var name: String
  public var uid: String?
  public var reason: PendingReason
  /// One line, e.g. `no node has kubernetes.io/arch=arm64, and no NodePool offers it`.
  public var explanation: String
  /// What the explanation rests on: scheduler and kubelet messages, event counts, container states.
  public var evidence: [String]
  /// Since when it has been stuck (pod creation, or the first failed create).
  public var since: Date?
  /// The node it is scheduled on, when it is.
  public var node: String?
  /// The container the reason is about, for container classes.
  public var container: String?
  /// Karpenter's side of the story, when NodePools exist and the pod is unschedulable.
  public var nodePools: [NodePoolVerdict]?
  /// Where the pod has been nominated to go: by Karpenter (`nodeclaim/default-q7zrt`, capacity on its way whatever
  /// the NodePools' verdicts say), or by the scheduler (`node ip-10-0-1-2`, an existing node where it preempts
  /// lower-priority pods).
  public var nominated: String?

  /// How the scheduler's nomination (`status.nominatedNodeName`) is written in `nominated`.
  static let schedulerNominationPrefix = "node "

  /// Whether `nominated` is the scheduler's: the pod waits on an existing node for the pods it preempts to leave.
  public var nominatedByScheduler: Bool { nominated?.hasPrefix(Self.schedulerNominationPrefix) == true }

  public init(
    kind: String = "Pod", namespace: String, name: String, uid: String? = nil, reason: PendingReason,
    explanation: String, evidence: [String] = [], since: Date?, node: String? = nil, container: String? = nil,
    nodePools: [NodePoolVerdict]? = nil
  ) {
    self.kind = kind
    self.namespace = namespace
    self.name = name
    self.uid = uid
    self.reason = reason
    self.explanation = explanation
    self.evidence = evidence
    self.since = since
    self.node = node
    self.container = container
    self.nodePools = nodePools
  }

  /// How long it has been stuck at `now` (zero when unknown).
  public func pendingFor(now: Date) -> TimeInterval {
    guard let since else { return 0 }
    return max(0, now.timeIntervalSince(since))
  }

  /// Longest-pending first, then namespace, kind and name: the order of the PENDING section.
  public static func longestFirst(_ a: PendingFinding, _ b: PendingFinding) -> Bool {
    let sa = a.since ?? .distantFuture
    let sb = b.since ?? .distantFuture
    if sa != sb { return sa < sb }
    return (a.namespace, a.kind, a.name) < (b.namespace, b.kind, b.name)
  }
}

extension Array where Element == PendingFinding {
  /// The findings in `PendingFinding.longestFirst` order. Their indices are sorted, not the findings: sorting the
  /// findings copied both sides of every comparison, each of their strings retained and released (2.6 ms of CPU for
  /// a thousand stuck pods, at the very end of `lamp events`).
  func sortedLongestFirst() -> [PendingFinding] {
    let since = map { $0.since ?? .distantFuture }
    let order = indices.sorted { a, b in
      since[a] != since[b] ? since[a] < since[b] : PendingFinding.longestFirst(self[a], self[b])
    }
    return order.map { self[$0] }
  }
}
