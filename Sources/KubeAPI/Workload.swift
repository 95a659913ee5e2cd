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
    /// The pod template, for the labels of the pods the controller creates.
    public var template: PodTemplate?

    public init(replicas: Int? = nil, parallelism: Int? = nil) {
      self.replicas = replicas
      self.parallelism = parallelism
    }
  }

  /// The part of a pod template lamp reads: its pods' labels.
  public struct PodTemplate: Codable, Sendable, Hashable {
    public var metadata: Metadata?

    public struct Metadata: Codable, Sendable, Hashable {
      public var labels: [String: String]?
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
    /// DaemonSets: the nodes running one of its pods (ready or not).
    public var currentNumberScheduled: Int?
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

  /// The labels the controller gives the pods it creates (`spec.template.metadata.labels`).
  public var podTemplateLabels: [String: String] { spec?.template?.metadata?.labels ?? [:] }

  /// Whether a controller has every pod it wants right now: a ReplicaSet or StatefulSet has created
  /// `spec.replicas` (default 1); a DaemonSet runs a pod on every node it wants one on; a Job is finished,
  /// suspended, or runs `spec.parallelism` (default 1) pods. Nil for other kinds.
  public var hasItsPods: Bool? {
    switch kind {
    case "ReplicaSet", "StatefulSet":
      return (status?.replicas ?? 0) >= (spec?.replicas ?? 1)
    case "DaemonSet":
      guard let desired = status?.desiredNumberScheduled else { return nil }
      return (status?.currentNumberScheduled ?? 0) >= desired
    case "Job":
      let finished = (status?.conditions ?? []).contains {
        ["Complete", "Failed"].contains($0.type) && $0.status == "True"
      }
      return finished || spec?.suspend == true || (status?.active ?? 0) >= (spec?.parallelism ?? 1)
    default:
      return nil
    }
  }

  /// The controlling owner (a ReplicaSet's Deployment, a Job's CronJob), if any.
  public var controller: OwnerReference? {
    let owners = metadata.ownerReferences ?? []
    return owners.first { $0.controller == true } ?? owners.first
  }
}
