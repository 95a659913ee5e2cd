import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What the `lamp keda` views are built from. A nil list was not readable (see `warnings`).
public struct KedaSnapshot: Sendable {
  /// nil only when the command is about authentications and ScaledObjects may not be listed.
  public var scaledObjects: [ScaledObject]?
  public var scaledJobs: [ScaledJob]?
  public var hpas: [HorizontalPodAutoscaler]?
  /// Deployments and StatefulSets (with `kind` set): the live replicas of scale targets.
  public var workloads: [Workload]?
  /// Jobs (with `kind` set): the running jobs of ScaledJobs.
  public var jobs: [Workload]?
  /// TriggerAuthentications and ClusterTriggerAuthentications, with `kind` set.
  public var authentications: [TriggerAuthentication]?
  /// The namespace ScaledObjects and ScaledJobs were listed in; nil for all.
  public var scaledNamespace: String?
  public var warnings: [String]

  public init(
    scaledObjects: [ScaledObject]?, scaledJobs: [ScaledJob]? = nil, hpas: [HorizontalPodAutoscaler]? = nil,
    workloads: [Workload]? = nil, jobs: [Workload]? = nil, authentications: [TriggerAuthentication]? = nil,
    scaledNamespace: String? = nil, warnings: [String] = []
  ) {
    self.scaledObjects = scaledObjects
    self.scaledJobs = scaledJobs
    self.hpas = hpas
    self.workloads = workloads
    self.jobs = jobs
    self.authentications = authentications
    self.scaledNamespace = scaledNamespace
    self.warnings = warnings
  }
}
