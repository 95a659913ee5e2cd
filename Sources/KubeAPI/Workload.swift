import Foundation

/// Minimal metadata of a workload controller (ReplicaSet, Deployment, StatefulSet, DaemonSet, Job): enough to
/// walk owner chains (Pod → ReplicaSet → Deployment) and to show desired and ready replicas.
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

  /// `spec.replicas` (ReplicaSet, Deployment, StatefulSet) or `spec.parallelism` (Job).
  public struct Spec: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var parallelism: Int?
    public var serviceAccountName: String?

    public init(replicas: Int? = nil, parallelism: Int? = nil) {
      self.replicas = replicas
      self.parallelism = parallelism
    }
  }

  /// Replica counts as the controller reports them.
  public struct Status: Codable, Sendable, Hashable {
    public var replicas: Int?
    public var readyReplicas: Int?
    public var active: Int?

    public init(replicas: Int? = nil, readyReplicas: Int? = nil, active: Int? = nil) {
      self.replicas = replicas
      self.readyReplicas = readyReplicas
      self.active = active
    }
  }

  /// The controlling owner (a ReplicaSet's Deployment, a Job's CronJob), if any.
  public var controller: OwnerReference? {
    let owners = metadata.ownerReferences ?? []
    return owners.first { $0.controller == true } ?? owners.first
  }
}
