#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a pod (or a workload's pods) cannot run: one class per finding. The raw value is the stable word shown in
/// the REASON column and written to JSON.
public enum PendingReason: String, Sendable, Hashable, CaseIterable, Codable {
  /// Not enough cpu, memory, pods or another resource on the nodes that could take it.
  case insufficientResources = "InsufficientResources"
  /// Every node it may use carries a taint it does not tolerate.
  case untoleratedTaint = "UntoleratedTaint"
  /// No node matches its nodeSelector or required node affinity.
  case nodeSelectorMismatch = "NodeSelectorMismatch"
  /// Pod affinity or anti-affinity rules rule out the nodes.
  case podAffinity = "PodAffinity"
  /// Topology spread constraints rule out the nodes.
  case topologySpread = "TopologySpread"
  /// A PersistentVolumeClaim it uses is unbound or missing.
  case unboundVolume = "UnboundVolume"
  /// Its volumes are bound to nodes (zones) it cannot use.
  case volumeNodeAffinity = "VolumeNodeAffinity"
  /// The nodes it could use are cordoned.
  case nodesCordoned = "NodesCordoned"
  /// Unschedulable for another reason the scheduler gave.
  case unschedulable = "Unschedulable"
  /// Held by `spec.schedulingGates`: the scheduler does not try to place it until every gate is removed.
  case schedulingGated = "SchedulingGated"
  /// Pending with no scheduling attempt reported yet.
  case notYetScheduled = "NotYetScheduled"
  /// Scheduled; the kubelet is still creating its containers (or mounting volumes, or setting up the sandbox).
  case containerCreating = "ContainerCreating"
  /// An image cannot be pulled (ErrImagePull, ImagePullBackOff, InvalidImageName).
  case imagePull = "ImagePull"
  /// A referenced ConfigMap, Secret or key is missing (CreateContainerConfigError).
  case configError = "ConfigError"
  /// The runtime cannot create or start a container (CreateContainerError, RunContainerError).
  case containerError = "ContainerError"
  /// A container keeps exiting (CrashLoopBackOff).
  case crashLoop = "CrashLoop"
  /// The controller cannot create pods at all (missing ServiceAccount, quota, admission denial).
  case createFailed = "FailedCreate"

  /// Whether the pod has not been placed on a node yet (the scheduling classes).
  public var isScheduling: Bool {
    switch self {
    case .insufficientResources, .untoleratedTaint, .nodeSelectorMismatch, .podAffinity, .topologySpread,
      .unboundVolume, .volumeNodeAffinity, .nodesCordoned, .unschedulable, .schedulingGated, .notYetScheduled:
      return true
    default:
      return false
    }
  }
}
