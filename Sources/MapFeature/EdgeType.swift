/// What an edge of the resource graph means. Edges point from the object that holds the reference (or the
/// owner) to the object referred to.
public enum EdgeType: String, CaseIterable, Sendable, Hashable, Codable, Comparable {
  /// ownerReferences: Deployment → ReplicaSet → Pod, CronJob → Job, NodeClaim → Node, any owner → owned.
  case owns
  /// Service → Pod, by the Service's selector.
  case selects
  /// Ingress → Service and TLS Secret; HTTPRoute → Service.
  case routes
  /// Pod → Node it is scheduled on.
  case runsOn = "runs-on"
  /// Pod → PVC, ConfigMap or Secret: volumes, projected volumes, env valueFrom, envFrom, imagePullSecrets.
  case mounts
  /// Pod → ServiceAccount.
  case uses
  /// PVC → PV, PV → StorageClass (and an unbound PVC → the StorageClass it waits on).
  case binds
  /// HPA → target; ScaledObject → target and its HPA; ScaledJob → its Jobs.
  case scales
  /// NodePool → NodeClaim.
  case provisions
  /// NodePool → EC2NodeClass, NodeClass or AKSNodeClass.
  case `class`

  public static func < (lhs: EdgeType, rhs: EdgeType) -> Bool {
    lhs.rank < rhs.rank
  }

  /// Declaration order, for sorting.
  var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
