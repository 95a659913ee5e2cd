import Formatters
import KubeAPI

/// How each kind's status and reason are decided. Every rule here is documented in `lamp map --help` and the
/// README; keep them in step.
public enum StatusRules {
  /// A status and its short reason.
  public typealias Verdict = (status: Health, reason: String)

  /// Waiting reasons that mean the container cannot start without a change.
  static let failingWaitReasons: Set<String> = [
    "CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "CreateContainerConfigError",
    "CreateContainerError", "RunContainerError", "ErrImageNeverPull", "PreCreateHookError", "PostStartHookError",
  ]

  /// Pods: terminating → warning; `Failed` → error (its reason, e.g. `Evicted`); `Succeeded` → ok `Completed`; a
  /// container waiting with a failing reason (CrashLoopBackOff, ImagePullBackOff, CreateContainerConfigError, …)
  /// → error with that reason; `Pending` → warning (`Unschedulable` when the scheduler said so, else the waiting
  /// reason or `Pending`); `Running` but not Ready → warning (`NotReady`, or the last termination reason such as
  /// `OOMKilled`); Running and Ready → ok (`Running`, or `Running, restarted after OOMKilled`); else unknown.
  public static func pod(_ pod: Pod) -> Verdict {
    if pod.metadata.deletionTimestamp != nil { return (.warning, "Terminating") }
    let statuses = (pod.status?.initContainerStatuses ?? []) + (pod.status?.containerStatuses ?? [])
    switch pod.phase {
    case "Failed": return (.error, pod.status?.reason ?? "Failed")
    case "Succeeded": return (.ok, "Completed")
    default: break
    }
    for status in statuses {
      if let reason = status.state?.waiting?.reason, failingWaitReasons.contains(reason) { return (.error, reason) }
    }
    let lastTermination = statuses.compactMap { $0.lastState?.terminated?.reason }.first
    switch pod.phase {
    case "Pending":
      if let scheduled = pod.condition("PodScheduled"), scheduled.status == "False" {
        return (.warning, scheduled.reason ?? "Unschedulable")
      }
      let waiting = statuses.compactMap { $0.state?.waiting?.reason }.first
      return (.warning, waiting ?? "Pending")
    case "Running":
      if pod.condition("Ready")?.status != "True" {
        return (.warning, lastTermination.map { "NotReady, last exit \($0)" } ?? "NotReady")
      }
      if let lastTermination, lastTermination != "Completed" {
        return (.ok, "Running, restarted after \(lastTermination)")
      }
      return (.ok, "Running")
    default:
      return (.unknown, pod.phase)
    }
  }

  /// Deployments, ReplicaSets and StatefulSets: desired `spec.replicas` (default 1) against
  /// `status.readyReplicas`: 0 desired → ok `scaled to 0`; all ready → ok `N/N ready`; none ready → error; some →
  /// warning. DaemonSets: the same with `desiredNumberScheduled` and `numberReady`. Jobs: `Complete` → ok,
  /// `Failed` → error (its reason), suspended → warning, else ok `N active`. CronJobs: suspended → warning, else ok
  /// with the schedule.
  public static func workload(_ workload: Workload) -> Verdict {
    let status = workload.status
    switch workload.kind ?? "" {
    case "Job":
      let conditions = status?.conditions ?? []
      if conditions.contains(where: { $0.type == "Complete" && $0.status == "True" }) { return (.ok, "Complete") }
      if let failed = conditions.first(where: { $0.type == "Failed" && $0.status == "True" }) {
        return (.error, failed.reason ?? "Failed")
      }
      if workload.spec?.suspend == true { return (.warning, "suspended") }
      return (.ok, "\(status?.active ?? 0) active")
    case "CronJob":
      if workload.spec?.suspend == true { return (.warning, "suspended") }
      return (.ok, workload.spec?.schedule.map { "schedule \($0)" } ?? "scheduled")
    case "DaemonSet":
      return replicas(desired: status?.desiredNumberScheduled ?? 0, ready: status?.numberReady ?? 0)
    default:
      return replicas(desired: workload.spec?.replicas ?? 1, ready: status?.readyReplicas ?? 0)
    }
  }

  static func replicas(desired: Int, ready: Int) -> Verdict {
    if desired == 0 { return (.ok, "scaled to 0") }
    let text = "\(ready)/\(desired) ready"
    if ready >= desired { return (.ok, text) }
    return (ready == 0 ? .error : .warning, text)
  }

  /// Nodes: `Ready` not True → error `NotReady`; a pressure condition True (MemoryPressure, DiskPressure,
  /// PIDPressure, NetworkUnavailable) → warning naming it; cordoned → warning `cordoned`; else ok `Ready`.
  public static func node(_ node: Node) -> Verdict {
    let conditions = node.status?.conditions ?? []
    guard conditions.contains(where: { $0.type == "Ready" && $0.status == "True" }) else {
      return (.error, "NotReady")
    }
    let pressures = ["MemoryPressure", "DiskPressure", "PIDPressure", "NetworkUnavailable"]
    let active = pressures.filter { type in conditions.contains { $0.type == type && $0.status == "True" } }
    if !active.isEmpty { return (.warning, active.joined(separator: ", ")) }
    if node.spec?.unschedulable == true { return (.warning, "cordoned") }
    return (.ok, "Ready")
  }

  /// Services: `ExternalName` → ok; no selector → unknown `no selector`; with Endpoints: ready addresses → ok
  /// `N ready endpoints`, only not-ready ones → error `no ready endpoints (N not ready)`, none → error
  /// `no endpoints`. Without Endpoints (not listable) the selected pods' readiness decides the same way.
  public static func service(_ service: Service, endpoints: Endpoints?, selectedReadyPods: Int, selectedPods: Int)
    -> Verdict
  {
    if service.spec?.type == "ExternalName" { return (.ok, "ExternalName") }
    guard let selector = service.spec?.selector, !selector.isEmpty else { return (.unknown, "no selector") }
    let ready = endpoints?.readyCount ?? selectedReadyPods
    let notReady = endpoints?.notReadyCount ?? (selectedPods - selectedReadyPods)
    if ready > 0 { return (.ok, ready == 1 ? "1 ready endpoint" : "\(ready) ready endpoints") }
    if notReady > 0 { return (.error, "no ready endpoints (\(notReady) not ready)") }
    return (.error, "no endpoints")
  }

  /// PVCs: `Bound` → ok; `Pending` → warning; `Lost` → error; else unknown.
  public static func persistentVolumeClaim(_ claim: PersistentVolumeClaim) -> Verdict {
    switch claim.status?.phase ?? "" {
    case "Bound": return (.ok, "Bound")
    case "Pending": return (.warning, "Pending")
    case "Lost": return (.error, "Lost")
    case let phase: return (.unknown, phase.isEmpty ? "unknown" : phase)
    }
  }

  /// PVs: `Bound` or `Available` → ok; `Released` or `Pending` → warning; `Failed` → error (its reason).
  public static func persistentVolume(_ volume: PersistentVolume) -> Verdict {
    switch volume.status?.phase ?? "" {
    case "Bound", "Available": return (.ok, volume.status?.phase ?? "")
    case "Released", "Pending": return (.warning, volume.status?.phase ?? "")
    case "Failed": return (.error, volume.status?.reason ?? "Failed")
    case let phase: return (.unknown, phase.isEmpty ? "unknown" : phase)
    }
  }

  /// Ingresses and HTTPRoutes: ok `N backends`; error when a backend Service does not exist (set by the builder).
  public static func routes(backends: Int) -> Verdict {
    (.ok, backends == 1 ? "1 backend" : "\(backends) backends")
  }
}
