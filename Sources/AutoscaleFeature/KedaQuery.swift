import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
    public static let scaledJobs = Needs(rawValue: 1)
    public static let authentications = Needs(rawValue: 2)
    /// HPAs, Deployments, StatefulSets and Jobs: the live replicas behind what is scaled.
    public static let workloads = Needs(rawValue: 4)
    /// ScaledJobs and workloads.
    public static let scaling: Needs = [.scaledJobs, .workloads]
  }

  /// The kind a command is about: when it cannot be listed the command fails; other kinds are left out with a
  /// note.
  public enum MainKind: Sendable {
    case scaledObjects
    /// (Cluster)TriggerAuthentications: the command fails only when neither kind can be listed. With a
    /// namespace, ScaledObjects and ScaledJobs are listed in all namespaces when allowed, so that the users of
    /// ClusterTriggerAuthentications are counted everywhere (`KedaSnapshot.scaledNamespace` says where).
    case authentications
  }

  /// Throws `kedaNotInstalled` when the cluster serves no ScaledObject.
  public func checkInstalled() async throws {
    guard try await discovery.find(group: "keda.sh", resource: "scaledobjects") != nil else {
      throw AutoscaleError.kedaNotInstalled
    }
  }

  /// Runs the query in one namespace, or all (nil).
  public func snapshot(_ needs: Needs, namespace: String?, main: MainKind = .scaledObjects) async throws
    -> KedaSnapshot
  {
    try await checkInstalled()
    let client = self.client
    let workloads = needs.contains(.workloads)
    let scaledNamespace = main == .authentications ? nil : namespace
    async let objects = Fetched<ScaledObject>.list(
      client, ScaledObject.resourceKind, ScaledObject.self, namespace: scaledNamespace, narrowingTo: namespace,
      consequence: main == .authentications ? "USED BY is unknown" : "ScaledObjects are not shown")
    async let jobsScaled =
      needs.contains(.scaledJobs)
      ? Fetched<ScaledJob>.list(
        client, ScaledJob.resourceKind, ScaledJob.self, namespace: scaledNamespace, narrowingTo: namespace,
        consequence: main == .authentications ? "USED BY is unknown" : "ScaledJobs are not shown")
      : Fetched<ScaledJob>(items: nil)
    async let hpas =
      workloads
      ? Fetched<HorizontalPodAutoscaler>.list(
        client, .horizontalPodAutoscalers, HorizontalPodAutoscaler.self, namespace: namespace,
        consequence: "HPA metrics are unknown")
      : Fetched<HorizontalPodAutoscaler>(items: nil)
    async let deployments =
      workloads
      ? Fetched<Workload>.list(
        client, .deployments, Workload.self, namespace: namespace, consequence: "CURRENT replicas come from the HPA")
      : Fetched<Workload>(items: nil)
    async let statefulSets =
      workloads
      ? Fetched<Workload>.list(
        client, .statefulSets, Workload.self, namespace: namespace, consequence: "CURRENT replicas come from the HPA")
      : Fetched<Workload>(items: nil)
    async let jobs =
      workloads
      ? Fetched<Workload>.list(
        client, .jobs, Workload.self, namespace: namespace, consequence: "running jobs of ScaledJobs are unknown")
      : Fetched<Workload>(items: nil)
    async let auths =
      needs.contains(.authentications)
      ? authentications(namespace: namespace, required: main == .authentications) : FetchedAuthentications()

    let objectList = try await objects
    if main == .scaledObjects, objectList.notServed { throw AutoscaleError.kedaNotInstalled }
    if main == .scaledObjects, objectList.items == nil {
      throw AutoscaleError.forbidden(
        ScaledObject.resourceKind.listPermission(namespace: namespace) + "; ScaledObjects cannot be shown")
    }
    let (jobList, hpaList, deploymentList, setList, jobItems, authList) = try await (
      jobsScaled, hpas, deployments, statefulSets, jobs, auths
    )
    var workloadItems: [Workload]? = nil
    if deploymentList.items != nil || setList.items != nil {
      workloadItems = Self.tagged(deploymentList.items, "Deployment") + Self.tagged(setList.items, "StatefulSet")
    }
    let warnings =
      [
        objectList.warning, jobList.warning, hpaList.warning, deploymentList.warning ?? setList.warning,
        jobItems.warning,
      ].compactMap { $0 } + authList.warnings
    let listedIn = objectList.narrowed || jobList.narrowed ? namespace : scaledNamespace
    var snapshot = KedaSnapshot(
      scaledObjects: objectList.items, scaledJobs: jobList.items, hpas: hpaList.items, workloads: workloadItems,
      jobs: jobItems.items.map { Self.tagged($0, "Job") }, authentications: authList.items,
      unlistedAuthenticationKinds: authList.unlisted, scaledNamespace: listedIn, warnings: Array(Set(warnings)).sorted()
    )
    if workloads {
      let targets = Set((objectList.items ?? []).compactMap(\.spec?.scaleTargetRef).map(\.versionedKind))
      (snapshot.unservedTargetKinds, snapshot.unscalableTargetKinds) = try await discovery.unusableScaleTargets(
        targets)
    }
    return snapshot
  }

  static func tagged(_ items: [Workload]?, _ kind: String) -> [Workload] {
    (items ?? []).map { item in
      var tagged = item
      tagged.kind = kind
      return tagged
    }
  }

  /// Both kinds of trigger authentication as listed: the items (nil when not asked for), and the kinds that could
  /// not be listed, each with its warning.
  struct FetchedAuthentications: Sendable {
    var items: [TriggerAuthentication]?
    var warnings: [String] = []
    var unlisted: Set<String> = []
  }

  /// TriggerAuthentications (in the namespace) and ClusterTriggerAuthentications, with `kind` set; `required`:
  /// throws when neither kind may be listed.
  func authentications(namespace: String?, required: Bool) async throws -> FetchedAuthentications {
    let localKind = TriggerAuthentication.resourceKind
    let clusterKind = TriggerAuthentication.clusterResourceKind
    // When the command is about them, neither kind served is not "none": say the CRDs are missing.
    if required, try await discovery.find(group: localKind.group, resource: localKind.resource) == nil,
      try await discovery.find(group: clusterKind.group, resource: clusterKind.resource) == nil
    {
      throw AutoscaleError.kindNotServed(kind: "TriggerAuthentication", group: localKind.group)
    }
    async let local = Fetched<TriggerAuthentication>.list(
      client, localKind, TriggerAuthentication.self, namespace: namespace,
      consequence: "TriggerAuthentications are not shown")
    async let cluster = Fetched<TriggerAuthentication>.list(
      client, clusterKind, TriggerAuthentication.self, namespace: nil,
      consequence: "ClusterTriggerAuthentications are not shown")
    let (localList, clusterList) = try await (local, cluster)
    if required, localList.items == nil, clusterList.items == nil {
      throw AutoscaleError.forbidden(
        "\(localKind.listPermission(namespace: namespace)) and \(clusterKind.listPermission(namespace: nil)); "
          + "trigger authentications cannot be shown")
    }
    func tag(_ items: [TriggerAuthentication]?, _ kind: String) -> [TriggerAuthentication] {
      (items ?? []).map { item in
        var tagged = item
        tagged.kind = kind
        return tagged
      }
    }
    let items =
      tag(localList.items, "TriggerAuthentication") + tag(clusterList.items, "ClusterTriggerAuthentication")
    let unlisted = [(localList, "TriggerAuthentication"), (clusterList, "ClusterTriggerAuthentication")]
      .filter { $0.0.items == nil }.map(\.1)
    return FetchedAuthentications(
      items: items, warnings: [localList.warning, clusterList.warning].compactMap { $0 }, unlisted: Set(unlisted))
  }

  /// GETs each Secret (one by one, never listed) for its key names; values are skipped as they are read.
  public func checkSecrets(_ references: Set<SecretReference>) async throws -> SecretChecks {
    let client = self.client
    enum Outcome: Sendable {
      case keys(Set<String>), missing, forbidden
    }
    return try await withThrowingTaskGroup(of: (SecretReference, Outcome).self) { group in
      for reference in references {
        group.addTask {
          do {
            let secret = try await client.getJSON(
              SecretKeyNames.self,
              path: try ResourceKind.secrets.objectPath(name: reference.name, namespace: reference.namespace))
            return (reference, .keys(secret.keys))
          } catch let error as KubeError where error.isNotFound {
            return (reference, .missing)
          } catch is InvalidPathSegment {
            return (reference, .missing)  // a reference to a name no Secret can have, such as ""
          } catch let error as KubeError where error.isForbidden {
            return (reference, .forbidden)
          }
        }
      }
      var checks = SecretChecks()
      for try await (reference, outcome) in group {
        switch outcome {
        case .keys(let keys): checks.keys[reference] = keys
        case .missing: checks.missing.insert(reference)
        case .forbidden: checks.unreadableNamespaces.insert(reference.namespace)
        }
      }
      return checks
    }
  }
}
