import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Scheduling and start-up failures, and controllers that cannot create pods: `lamp events`'
/// `PendingClassifier` decides the cause; this only turns its findings into ranked findings with fixes.
/// Crash loops are left to `CrashLoopAnalyzer`, which adds the log tail.
public struct PendingAnalyzer: Analyzer {
  public init() {}

  public var name: String { "pending" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    context.pendingFindings.compactMap { pending in
      guard pending.reason != .crashLoop else { return nil }
      return finding(pending, context: context)
    }
  }

  func finding(_ pending: PendingFinding, context: AnalysisContext) -> Finding {
    let ref = ObjectRef(kind: pending.kind, namespace: pending.namespace, name: pending.name)
    var evidence = pending.evidence.map { EvidenceText.parse($0, object: ref) }
    for verdict in pending.nodePools ?? [] where !verdict.fits {
      evidence.append(
        Evidence(
          object: ObjectRef(kind: "NodePool", namespace: "", name: verdict.nodePool), source: "spec",
          text: verdict.reasons.joined(separator: "; ")))
    }
    let pod = pending.kind == "Pod" ? context.pod(namespace: pending.namespace, name: pending.name) : nil
    let owner = pod.map(context.specOwner) ?? ref
    let scheduled = pending.node == nil ? "Pending" : "not starting"
    return Finding(
      analyzer: name, reason: pending.reason.rawValue, severity: Self.severity(pending.reason), object: ref,
      title: pending.kind == "Pod" ? "\(scheduled): \(pending.explanation)" : pending.explanation,
      rootCauseScore: Self.score(pending), evidence: evidence,
      fix: PendingFixes.fix(pending, pod: pod, owner: owner))
  }

  static func severity(_ reason: PendingReason) -> Severity {
    switch reason {
    case .notYetScheduled, .containerCreating, .schedulingGated: return .warning
    default: return .error
    }
  }

  /// How likely each class is the root cause rather than a transient state.
  static func score(_ pending: PendingFinding) -> Double {
    switch pending.reason {
    case .createFailed, .configError, .nodeSelectorMismatch, .untoleratedTaint: return 0.95
    case .unboundVolume, .imagePull, .insufficientResources, .volumeNodeAffinity: return 0.9
    case .podAffinity, .topologySpread, .nodesCordoned, .containerError, .crashLoop: return 0.85
    case .unschedulable: return 0.75
    case .containerCreating: return pending.explanation.contains("FailedMount") ? 0.8 : 0.5
    case .notYetScheduled: return 0.5
    case .schedulingGated: return 0.6
    }
  }
}
