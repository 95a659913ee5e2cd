import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builds `ScaledSummary` rows: joins each ScaledObject to its target's live replicas and its HPA, each
/// ScaledJob to its running Jobs, and derives one state from conditions, annotations and replicas.
public enum ScaledSummarizer {
  static let pausedAnnotation = "autoscaling.keda.sh/paused"
  static let pausedReplicasAnnotation = "autoscaling.keda.sh/paused-replicas"

  /// Every ScaledObject and ScaledJob, sorted by namespace, name, kind.
  public static func summaries(_ snapshot: KedaSnapshot) -> [ScaledSummary] {
    let hpas = Dictionary(
      (snapshot.hpas ?? []).map { ("\($0.metadata.namespace ?? "")/\($0.metadata.name)", $0) },
      uniquingKeysWith: { first, _ in first })
    let workloads = snapshot.workloads.map { items in
      Dictionary(
        items.map { ("\($0.kind ?? "")/\($0.metadata.namespace ?? "")/\($0.metadata.name)", $0) },
        uniquingKeysWith: { first, _ in first })
    }
    var result = (snapshot.scaledObjects ?? []).map {
      object(
        $0, hpas: hpas, workloads: workloads, unservedKinds: snapshot.unservedTargetKinds,
        unscalableKinds: snapshot.unscalableTargetKinds)
    }
    result += (snapshot.scaledJobs ?? []).map { job($0, jobs: snapshot.jobs) }
    return result.sorted { ($0.namespace, $0.name, $0.kind) < ($1.namespace, $1.name, $1.kind) }
  }

  static func object(
    _ object: ScaledObject, hpas: [String: HorizontalPodAutoscaler], workloads: [String: Workload]?,
    unservedKinds: Set<String> = [], unscalableKinds: Set<String> = []
  ) -> ScaledSummary {
    let namespace = object.metadata.namespace ?? ""
    let reference = object.spec?.scaleTargetRef
    let kind = reference?.resolvedKind ?? "Deployment"
    let targetName = reference?.name ?? ""
    let hpaName = object.status?.hpaName ?? "keda-hpa-\(object.metadata.name)"
    let hpa = hpas["\(namespace)/\(hpaName)"]
    var current: Int? = nil
    var targetMissing = false
    let targetUnscalable = reference.map { unscalableKinds.contains($0.versionedKind) } ?? false
    if let reference, unservedKinds.contains(reference.versionedKind) {
      // An argo Rollout (or any kind, or version) the cluster does not serve cannot exist.
      targetMissing = true
    } else if let workloads, ["Deployment", "StatefulSet"].contains(kind) {
      if let workload = workloads["\(kind)/\(namespace)/\(targetName)"] {
        current = workload.status?.replicas ?? 0
      } else {
        targetMissing = true
      }
    } else {
      current = hpa?.status?.currentReplicas
    }
    let conditions = object.conditions
    let (state, stateReplicas) = state(
      object.metadata, conditions: conditions, current: current, fallback: object.spec?.fallback?.replicas,
      pausedCount: object.status?.pausedReplicaCount, targetUnusable: targetMissing || targetUnscalable)
    let ready = conditions.condition("Ready")
    return ScaledSummary(
      namespace: namespace, name: object.metadata.name, kind: "ScaledObject", target: "\(kind)/\(targetName)",
      targetMissing: targetMissing, targetUnscalable: targetUnscalable, min: object.spec?.minReplicaCount ?? 0,
      max: object.spec?.maxReplicaCount ?? 100,
      current: current, desired: hpa?.status?.desiredReplicas,
      triggers: object.triggers.map(ScaledSummary.Trigger.init),
      state: state, stateReplicas: stateReplicas, ready: ready?.status ?? "Unknown",
      readyReason: ready?.reason.flatMap { $0.isEmpty ? nil : $0 }, created: object.metadata.creationTimestamp,
      hpa: hpa?.metadata.name ?? object.status?.hpaName, metrics: metrics(hpa), health: health(object.status?.health))
  }

  static func job(_ job: ScaledJob, jobs: [Workload]?) -> ScaledSummary {
    let namespace = job.metadata.namespace ?? ""
    let running = jobs.map { items in
      items.filter { item in
        item.metadata.namespace == job.metadata.namespace && (item.status?.active ?? 0) > 0
          && (item.metadata.ownerReferences ?? []).contains { $0.kind == "ScaledJob" && $0.name == job.metadata.name }
      }.count
    }
    let conditions = job.conditions
    let (state, stateReplicas) = Self.state(
      job.metadata, conditions: conditions, current: running, fallback: nil, pausedCount: nil)
    let ready = conditions.condition("Ready")
    return ScaledSummary(
      namespace: namespace, name: job.metadata.name, kind: "ScaledJob", target: "Job", targetMissing: false,
      targetUnscalable: false, min: job.spec?.minReplicaCount ?? 0, max: job.spec?.maxReplicaCount ?? 100,
      current: running, desired: nil,
      triggers: job.triggers.map(ScaledSummary.Trigger.init), state: state, stateReplicas: stateReplicas,
      ready: ready?.status ?? "Unknown", readyReason: ready?.reason.flatMap { $0.isEmpty ? nil : $0 },
      created: job.metadata.creationTimestamp, hpa: nil, metrics: [], health: [])
  }

  /// Paused beats Fallback beats Error beats Active; inactive is Zero at zero replicas, else Idle. A missing
  /// target, or one KEDA cannot scale, is an Error even before KEDA has written any status (KEDA itself then
  /// reports Ready=False).
  static func state(
    _ metadata: ObjectMeta, conditions: [StatusCondition], current: Int?, fallback: Int?, pausedCount: Int?,
    targetUnusable: Bool = false
  ) -> (ScaledState, Int?) {
    let annotations = metadata.annotations ?? [:]
    let pausedReplicas = annotations[pausedReplicasAnnotation].flatMap { Int($0) } ?? pausedCount
    if conditions.condition("Paused")?.isTrue == true || annotations[pausedAnnotation] == "true"
      || pausedReplicas != nil
    {
      return (.paused, pausedReplicas ?? current)
    }
    if conditions.condition("Fallback")?.isTrue == true { return (.fallback, fallback) }
    if conditions.condition("Ready")?.status == "False" || targetUnusable { return (.error, nil) }
    if conditions.condition("Active")?.isTrue == true { return (.active, nil) }
    return (current == 0 ? .zero : .idle, nil)
  }

  static func metrics(_ hpa: HorizontalPodAutoscaler?) -> [ScaledSummary.Metric] {
    guard let hpa else { return [] }
    let currents = Dictionary(
      (hpa.status?.currentMetrics ?? []).compactMap { metric in metric.name.map { ($0, metric) } },
      uniquingKeysWith: { first, _ in first })
    return (hpa.spec?.metrics ?? []).compactMap { metric in
      guard let name = metric.name else { return nil }
      return ScaledSummary.Metric(
        name: name, current: currents[name]?.source?.current?.display, target: metric.source?.target?.display)
    }
  }

  static func health(_ health: [String: ScaledObject.TriggerHealth]?) -> [ScaledSummary.Health] {
    (health ?? [:]).sorted { $0.key < $1.key }.map { metric, value in
      ScaledSummary.Health(metric: metric, status: value.status ?? "Unknown", failures: value.numberOfFailures ?? 0)
    }
  }
}
