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
  /// The kinds of authentication that could not be listed: a reference to one of them is unknown, not missing.
  public var unlistedAuthenticationKinds: Set<String>
  /// Scale target kinds (`argoproj.io/Rollout`) that ScaledObjects name and the cluster does not serve.
  public var unservedTargetKinds: Set<String> = []
  /// Scale target kinds that the cluster serves without a `scale` subresource (`apps/v1/DaemonSet`).
  public var unscalableTargetKinds: Set<String> = []
  /// The namespace ScaledObjects and ScaledJobs were listed in; nil for all.
  public var scaledNamespace: String?
  public var warnings: [String]

  public init(
    scaledObjects: [ScaledObject]?, scaledJobs: [ScaledJob]? = nil, hpas: [HorizontalPodAutoscaler]? = nil,
    workloads: [Workload]? = nil, jobs: [Workload]? = nil, authentications: [TriggerAuthentication]? = nil,
    unlistedAuthenticationKinds: Set<String> = [], scaledNamespace: String? = nil, warnings: [String] = []
  ) {
    self.unlistedAuthenticationKinds = unlistedAuthenticationKinds
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

extension KedaSnapshot {
  /// The authentications the triggers of ScaledObject or ScaledJob `name` refer to.
  public func authentications(usedBy name: String, namespace: String) -> [TriggerAuthentication] {
    let objects = (scaledObjects ?? []).filter { $0.metadata.namespace == namespace && $0.metadata.name == name }
    let jobs = (scaledJobs ?? []).filter { $0.metadata.namespace == namespace && $0.metadata.name == name }
    let references = (objects.flatMap(\.triggers) + jobs.flatMap(\.triggers)).compactMap(\.authenticationRef)
    return (authentications ?? []).filter { auth in
      references.contains { ref in
        ref.name == auth.metadata.name && ref.isCluster == auth.isCluster
          && (auth.isCluster || auth.metadata.namespace == namespace)
      }
    }
  }
}
