import Foundation
import KubeAPI
import KubeClient

/// Fetches what `lamp keda` needs, concurrently: ScaledObjects, ScaledJobs, HPAs, Deployments, StatefulSets,
/// Jobs and (Cluster)TriggerAuthentications; Secrets are looked up one by one by name, only for `auth`.
public struct KedaQuery: Sendable {
  public let client: KubeClient
  public let discovery: Discovery

  public init(client: KubeClient, discovery: Discovery) {
    self.client = client
    self.discovery = discovery
  }

  /// What to fetch besides ScaledObjects.
  public struct Needs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// ScaledJobs, HPAs, Deployments, StatefulSets and Jobs.
    public static let scaling = Needs(rawValue: 1)
    public static let authentications = Needs(rawValue: 2)
  }

  /// Throws `kedaNotInstalled` when the cluster serves no ScaledObject.
  public func checkInstalled() async throws {
    guard try await discovery.find(group: "keda.sh", resource: "scaledobjects") != nil else {
      throw AutoscaleError.kedaNotInstalled
    }
  }

  /// Runs the query in one namespace, or all (nil).
  public func snapshot(_ needs: Needs, namespace: String?) async throws -> KedaSnapshot {
    try await checkInstalled()
    let client = self.client
    let scaling = needs.contains(.scaling)
    async let objects = Fetched<ScaledObject>.list(
      client, ScaledObject.resourceKind, ScaledObject.self, namespace: namespace,
      consequence: "ScaledObjects are not shown")
    async let jobsScaled =
      scaling
      ? Fetched<ScaledJob>.list(
        client, ScaledJob.resourceKind, ScaledJob.self, namespace: namespace, consequence: "ScaledJobs are not shown")
      : Fetched<ScaledJob>(items: nil)
    async let hpas =
      scaling
      ? Fetched<HorizontalPodAutoscaler>.list(
        client, .horizontalPodAutoscalers, HorizontalPodAutoscaler.self, namespace: namespace,
        consequence: "HPA metrics are unknown")
      : Fetched<HorizontalPodAutoscaler>(items: nil)
    async let deployments =
      scaling
      ? Fetched<Workload>.list(
        client, .deployments, Workload.self, namespace: namespace, consequence: "CURRENT replicas come from the HPA")
      : Fetched<Workload>(items: nil)
    async let statefulSets =
      scaling
      ? Fetched<Workload>.list(
        client, .statefulSets, Workload.self, namespace: namespace, consequence: "CURRENT replicas come from the HPA")
      : Fetched<Workload>(items: nil)
    async let jobs =
      scaling
      ? Fetched<Workload>.list(
        client, .jobs, Workload.self, namespace: namespace, consequence: "running jobs of ScaledJobs are unknown")
      : Fetched<Workload>(items: nil)
    async let auths = needs.contains(.authentications) ? authentications(namespace: namespace) : Fetched(items: nil)

    let objectList = try await objects
    guard let objectItems = objectList.items else {
      throw AutoscaleError.forbidden("list \(ScaledObject.resourceKind); ScaledObjects cannot be shown")
    }
    let (jobList, hpaList, deploymentList, setList, jobItems, authList) = try await (
      jobsScaled, hpas, deployments, statefulSets, jobs, auths
    )
    var workloads: [Workload]? = nil
    if deploymentList.items != nil || setList.items != nil {
      workloads = Self.tagged(deploymentList.items, "Deployment") + Self.tagged(setList.items, "StatefulSet")
    }
    let warnings = [
      jobList.warning, hpaList.warning, deploymentList.warning ?? setList.warning, jobItems.warning, authList.warning,
    ].compactMap { $0 }
    return KedaSnapshot(
      scaledObjects: objectItems, scaledJobs: jobList.items, hpas: hpaList.items, workloads: workloads,
      jobs: jobItems.items.map { Self.tagged($0, "Job") }, authentications: authList.items,
      warnings: Array(Set(warnings)).sorted())
  }

  static func tagged(_ items: [Workload]?, _ kind: String) -> [Workload] {
    (items ?? []).map { item in
      var tagged = item
      tagged.kind = kind
      return tagged
    }
  }

  /// TriggerAuthentications (in the namespace) and ClusterTriggerAuthentications, with `kind` set.
  func authentications(namespace: String?) async throws -> Fetched<TriggerAuthentication> {
    async let local = Fetched<TriggerAuthentication>.list(
      client, TriggerAuthentication.resourceKind, TriggerAuthentication.self, namespace: namespace,
      consequence: "TriggerAuthentications are not shown")
    async let cluster = Fetched<TriggerAuthentication>.list(
      client, TriggerAuthentication.clusterResourceKind, TriggerAuthentication.self, namespace: nil,
      consequence: "ClusterTriggerAuthentications are not shown")
    let (localList, clusterList) = try await (local, cluster)
    func tag(_ items: [TriggerAuthentication]?, _ kind: String) -> [TriggerAuthentication] {
      (items ?? []).map { item in
        var tagged = item
        tagged.kind = kind
        return tagged
      }
    }
    let items =
      tag(localList.items, "TriggerAuthentication") + tag(clusterList.items, "ClusterTriggerAuthentication")
    return Fetched(items: items, warning: localList.warning ?? clusterList.warning)
  }

  /// Whether each Secret exists: true, false (404), or nil when the user may not read it.
  public func secretsExist(_ references: Set<SecretReference>) async throws -> [SecretReference: Bool?] {
    let client = self.client
    return try await withThrowingTaskGroup(of: (SecretReference, Bool?).self) { group in
      for reference in references {
        group.addTask {
          do {
            _ = try await client.getJSON(
              PartialObject.self,
              path: ResourceKind.secrets.objectPath(name: reference.name, namespace: reference.namespace))
            return (reference, true)
          } catch let error as KubeError where error.isNotFound {
            return (reference, false)
          } catch let error as KubeError where error.isForbidden {
            return (reference, nil)
          }
        }
      }
      var result: [SecretReference: Bool?] = [:]
      for try await (reference, exists) in group { result[reference] = exists }
      return result
    }
  }
}
