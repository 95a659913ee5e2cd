import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Finds every pod that is Pending or whose containers cannot start, and every workload that cannot create its
/// pods, and says in one line why, with evidence. Pure: give it a `ClusterSnapshot`, get `[PendingFinding]`
/// sorted longest-pending first.
///
/// Unscheduled pods are judged by replaying placement and taints on the listed nodes (which the scheduler's own
/// summary hides: it counts each node under its first failing filter only), then by the scheduler's message
/// for resources, pod affinity, topology spread and volumes; Karpenter NodePools are checked with `NodePoolFit`.
/// Scheduled pods are judged by their container states; controllers' `FailedCreate` events become findings on
/// the owning workload.
public struct PendingClassifier: Sendable {
  public let snapshot: ClusterSnapshot
  let index: EventIndex
  /// The snapshot's NodePools, read once for every pod fitted against them.
  let nodePools: [NodePoolFit.Pool]?

  public init(_ snapshot: ClusterSnapshot) {
    self.snapshot = snapshot
    nodePools = snapshot.nodePools.map { NodePoolFit.pools($0, nodeClasses: snapshot.nodeClasses) }
    if let index = snapshot.eventIndex {
      self.index = index
      return
    }
    let looked = snapshot.pods.lazy.filter(Self.mayBeStuck).map { pod in
      EventIndex.Key(kind: "Pod", namespace: pod.metadata.namespace ?? "", name: pod.metadata.name)
    }
    self.index = EventIndex(snapshot.events, pods: Set(looked))
  }

  /// Whether `classify` can find anything about the pod, so it may look up its events.
  static func mayBeStuck(_ pod: Pod) -> Bool {
    guard pod.metadata.deletionTimestamp == nil else { return false }
    let statuses = (pod.status?.initContainerStatuses ?? []) + (pod.status?.containerStatuses ?? [])
    return mayBeStuck(
      phase: pod.phase,
      hasTroubledContainer: statuses.contains {
        isTroubled(waiting: $0.state?.waiting != nil, restarts: $0.restartCount)
      })
  }

  /// A container the classifier looks at in a running pod: waiting, or restarted `crashLoopRestarts` times (it may
  /// be up between two crashes).
  static func isTroubled(waiting: Bool, restarts: Int?) -> Bool {
    waiting || (restarts ?? 0) >= crashLoopRestarts
  }

  /// The rule behind `classify`'s cases, for callers that read only a pod's phase and container states
  /// (`TriagedPod`): Pending pods, and Running pods with a container waiting or restarted `crashLoopRestarts`
  /// times (it may be up between two crashes).
  static func mayBeStuck(phase: String?, hasTroubledContainer: Bool) -> Bool {
    switch phase {
    case "Pending": return true
    case "Running": return hasTroubledContainer
    default: return false
    }
  }

  /// Restarts from which a running container may be crash-looping (one restart can be a one-off).
  static let crashLoopRestarts = 2
  /// How long the kubelet lets a container run before it forgets its crashes (resets the back-off).
  static let backOffReset: TimeInterval = 600

  /// Classifies a snapshot in one call.
  public static func classify(_ snapshot: ClusterSnapshot) -> [PendingFinding] {
    PendingClassifier(snapshot).findings()
  }

  /// All findings, longest-pending first.
  public func findings() -> [PendingFinding] {
    (podFindings(snapshot.pods[...]) + workloadFindings()).sortedLongestFirst()
  }

  /// The findings of `pods`, in no order. Pods are classified on every core: at a few hundred stuck pods this was
  /// the last step before printing, done on one core while the other waited.
  func podFindings(_ pods: ArraySlice<Pod>) -> [PendingFinding] {
    ParallelBuild.chunks(count: pods.count, minimumChunk: 64) { range in
      pods[(pods.startIndex + range.lowerBound)..<(pods.startIndex + range.upperBound)].compactMap(classify)
    }.flatMap { $0 }
  }

  /// The finding for one pod, or nil when it is running fine or finished.
  public func classify(_ pod: Pod) -> PendingFinding? {
    guard pod.metadata.deletionTimestamp == nil else { return nil }
    switch pod.phase {
    case "Pending":
      if let node = pod.spec?.nodeName, !node.isEmpty {
        return containerFinding(pod, pending: true)
      }
      return schedulingFinding(pod)
    case "Running":
      return containerFinding(pod, pending: false)
    default:
      return nil
    }
  }

  func events(about pod: Pod) -> [ClusterEvent] {
    index.events(
      kind: "Pod", namespace: pod.metadata.namespace ?? "", name: pod.metadata.name, uid: pod.metadata.uid)
  }

  func base(_ pod: Pod, _ reason: PendingReason, _ explanation: String, evidence: [String] = [], since: Date? = nil)
    -> PendingFinding
  {
    PendingFinding(
      namespace: pod.metadata.namespace ?? "", name: pod.metadata.name, uid: pod.metadata.uid, reason: reason,
      explanation: explanation, evidence: evidence, since: since ?? pod.metadata.creationTimestamp,
      node: pod.spec?.nodeName.flatMap { $0.isEmpty ? nil : $0 })
  }

  /// `FailedScheduling ×31 (default-scheduler): 0/5 nodes are available: …`
  static func describe(_ event: ClusterEvent) -> String {
    let count = event.count > 1 ? " ×\(event.count)" : ""
    let source = event.source.isEmpty ? "" : " (\(event.source))"
    return "\(event.reason)\(count)\(source): \(event.message)"
  }

  /// `3 nodes` / `1 node`.
  static func nodes(_ count: Int) -> String { count == 1 ? "1 node" : "\(count) nodes" }

  /// `a, b and c`.
  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
