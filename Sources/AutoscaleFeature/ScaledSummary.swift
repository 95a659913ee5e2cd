import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One ScaledObject or ScaledJob as `lamp keda scaled` shows it (also its JSON item).
public struct ScaledSummary: Sendable, Hashable, Encodable {
  public var namespace: String
  public var name: String
  /// `ScaledObject` or `ScaledJob`.
  public var kind: String
  /// `Deployment/web`; `Job` for ScaledJobs.
  public var target: String
  /// The target does not exist.
  public var targetMissing: Bool
  /// The target's kind has no `scale` subresource (a DaemonSet, a custom resource whose CRD declares none), so
  /// KEDA cannot scale it.
  public var targetUnscalable: Bool
  public var min: Int?
  public var max: Int?
  /// Live replicas of the target (ScaledObject) or running jobs (ScaledJob); nil when unknown.
  public var current: Int?
  /// The HPA's desired replicas, when known.
  public var desired: Int?
  public var triggers: [Trigger]
  public var state: ScaledState
  /// Paused: the replica count held; Fallback: the fallback replica count.
  public var stateReplicas: Int?
  /// The `Ready` condition: `True`, `False` or `Unknown`, with its reason.
  public var ready: String
  public var readyReason: String?
  public var created: Date?
  public var hpa: String?
  /// The HPA's metrics: `s0-prometheus` current value against its target.
  public var metrics: [Metric]
  /// Per-metric scaler health from `status.health`.
  public var health: [Health]

  /// One trigger: its type, name and authentication reference (`TriggerAuthentication/x`, cluster kinds too).
  public struct Trigger: Sendable, Hashable, Encodable {
    public var type: String
    public var name: String?
    public var authentication: String?
  }

  /// One HPA metric: `current` against `target` (`61250m` / `50`).
  public struct Metric: Sendable, Hashable, Encodable {
    public var name: String
    public var current: String?
    public var target: String?
  }

  /// `status.health[metric]`.
  public struct Health: Sendable, Hashable, Encodable {
    public var metric: String
    public var status: String
    public var failures: Int
  }

  /// The target as shown: `Deployment/web`, `Deployment/ghost (missing)`, `DaemonSet/agent (not scalable)`.
  public var targetText: String {
    if targetMissing { return "\(target) (missing)" }
    if targetUnscalable { return "\(target) (not scalable)" }
    return target
  }

  /// `Active`, `Idle at zero`, `Paused at 1`, `Fallback to 6`, `Error`.
  public var stateText: String {
    switch state {
    case .zero: return "Idle at zero"
    case .paused: return stateReplicas.map { "Paused at \($0)" } ?? "Paused"
    case .fallback: return stateReplicas.map { "Fallback to \($0)" } ?? "Fallback"
    default: return state.rawValue
    }
  }
}

extension ScaledSummary.Trigger {
  init(_ trigger: ScaleTrigger) {
    type = trigger.type
    name = trigger.name
    authentication = trigger.authenticationRef.map { "\($0.resolvedKind)/\($0.name)" }
  }

  /// `prometheus (auth prometheus-auth)`, `rabbitmq (auth ClusterTriggerAuthentication/rabbitmq-credentials)`.
  public var text: String {
    guard let authentication else { return type }
    let shown =
      authentication.hasPrefix("TriggerAuthentication/")
      ? String(authentication.dropFirst("TriggerAuthentication/".count)) : authentication
    return "\(type) (auth \(shown))"
  }
}
