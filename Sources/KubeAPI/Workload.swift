#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Minimal metadata of a workload controller (ReplicaSet, Deployment, StatefulSet, DaemonSet, Job, CronJob):
/// enough to walk owner chains (Pod → ReplicaSet → Deployment) and to tell desired from ready replicas.
public struct Workload: KubeObject, Codable, Hashable {
  /// The kind; list items omit it, so whoever lists them sets it.
  public var kind: String?
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(kind: String?, metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.kind = kind
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// `spec.replicas` (ReplicaSet, Deployment, StatefulSet), `spec.parallelism`/`completions` (Job),
  /// `spec.suspend` (Job, CronJob) and `spec.schedule` (CronJob).
  public struct Spec: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var parallelism: Int?
    public var serviceAccountName: String?
    public var completions: Int?
    public var suspend: Bool?
    public var schedule: String?

    public init(replicas: Int? = nil, parallelism: Int? = nil) {
      self.replicas = replicas
      self.parallelism = parallelism
    }
  }

  /// Replica counts as the controller reports them (DaemonSets: `desiredNumberScheduled`, `numberReady`;
  /// Jobs: `active`, `succeeded`, `failed` and the `Complete`/`Failed` conditions).
  public struct Status: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var readyReplicas: Int?
    public var active: Int?
    public var succeeded: Int?
    public var failed: Int?
    public var desiredNumberScheduled: Int?
    public var numberReady: Int?
    public var conditions: [Condition]?

    public init(replicas: Int? = nil, readyReplicas: Int? = nil, active: Int? = nil) {
      self.replicas = replicas
      self.readyReplicas = readyReplicas
      self.active = active
    }
  }

  /// A controller condition (`Available`, `Progressing`, `Complete`, `Failed`).
  public typealias Condition = StatusCondition

  /// The controlling owner (a ReplicaSet's Deployment, a Job's CronJob), if any.
  public var controller: OwnerReference? {
    let owners = metadata.ownerReferences ?? []
    return owners.first { $0.controller == true } ?? owners.first
  }
}
