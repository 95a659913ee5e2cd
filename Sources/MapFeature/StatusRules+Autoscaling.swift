import Formatters
import KubeAPI

extension StatusRules {
  /// HPAs: `AbleToScale` False → error (its reason); `ScalingActive` False → warning (its reason, e.g.
  /// FailedGetResourceMetric), except `ScalingDisabled` (target at zero, as KEDA does) → ok; else ok
  /// `N/M replicas` (current/desired).
  public static func horizontalPodAutoscaler(_ hpa: HorizontalPodAutoscaler) -> Verdict {
    let conditions = hpa.conditions
    if let able = conditions.condition("AbleToScale"), able.status == "False" {
      return (.error, able.reason ?? "unable to scale")
    }
    if let active = conditions.condition("ScalingActive"), active.status == "False" {
      if active.reason == "ScalingDisabled" { return (.ok, "scaling disabled (target at 0)") }
      return (.warning, active.reason ?? "scaling inactive")
    }
    let current = hpa.status?.currentReplicas ?? 0
    let desired = hpa.status?.desiredReplicas ?? current
    return (.ok, "\(current)/\(desired) replicas")
  }

  /// ScaledObjects and ScaledJobs: paused (the `autoscaling.keda.sh/paused` annotations or the `Paused`
  /// condition) → warning `paused`; `Ready` False → error (its reason); `Ready` True → ok `active` or `idle` by the
  /// `Active` condition; no conditions → unknown.
  public static func keda(metadata: ObjectMeta, conditions: [StatusCondition]) -> Verdict {
    let annotations = metadata.annotations ?? [:]
    let pausedByAnnotation =
      annotations["autoscaling.keda.sh/paused"] == "true" || annotations["autoscaling.keda.sh/paused-replicas"] != nil
    if pausedByAnnotation || conditions.condition("Paused")?.status == "True" { return (.warning, "paused") }
    guard let ready = conditions.condition("Ready") else { return (.unknown, "no status") }
    if ready.status != "True" { return (.error, ready.reason ?? "not Ready") }
    return (.ok, conditions.condition("Active")?.status == "True" ? "active" : "idle")
  }

  /// NodeClaims: `Ready` True → ok (`Drifted` True → warning `Drifted`); otherwise warning naming the first step
  /// not done (`Launched`, `Registered`, `Initialized`), or Ready's reason.
  public static func nodeClaim(_ claim: NodeClaim) -> Verdict {
    let conditions = claim.conditions
    if conditions.condition("Ready")?.status == "True" {
      if conditions.condition("Drifted")?.status == "True" { return (.warning, "Drifted") }
      return (.ok, "Ready")
    }
    for step in ["Launched", "Registered", "Initialized"] where conditions.condition(step)?.status != "True" {
      return (.warning, "not \(step)")
    }
    return (.warning, conditions.condition("Ready")?.reason ?? "not Ready")
  }

  /// NodePools: `Ready` False → error (its reason); a limit reached by `status.resources` → warning
  /// `at cpu limit`; else ok.
  public static func nodePool(_ pool: NodePool) -> Verdict {
    if let ready = pool.conditions.condition("Ready"), ready.status == "False" {
      return (.error, ready.reason ?? "not Ready")
    }
    let used = pool.status?.resources ?? [:]
    let reached = (pool.spec?.limits ?? [:]).filter { key, limit in (used[key] ?? .zero) >= limit }.keys.sorted()
    if !reached.isEmpty { return (.warning, "at \(reached.joined(separator: ", ")) limit") }
    return (.ok, "Ready")
  }

  /// Node classes (EC2NodeClass, NodeClass, AKSNodeClass): `Ready` False → error (its reason), True → ok, else
  /// unknown.
  public static func nodeClass(_ nodeClass: NodeClass) -> Verdict {
    guard let ready = nodeClass.conditions.condition("Ready") else { return (.unknown, "no status") }
    return ready.status == "True" ? (.ok, "Ready") : (.error, ready.reason ?? "not Ready")
  }
}
