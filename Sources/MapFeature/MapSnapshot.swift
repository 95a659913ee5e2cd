import KubeAPI

/// The objects the graph is built from. `listed` names the kinds that were actually listed: a kind that was not
/// (excluded, forbidden or not served) contributes no nodes, and references to it make no placeholders.
public struct MapSnapshot: Sendable {
  public var pods: [Pod] = []
  public var nodes: [Node] = []
  /// Deployments, ReplicaSets, StatefulSets, DaemonSets, Jobs and CronJobs, each with `kind` set.
  public var workloads: [Workload] = []
  public var services: [Service] = []
  /// Folded into their Services' status; never nodes themselves.
  public var endpoints: [Endpoints] = []
  public var ingresses: [Ingress] = []
  public var httpRoutes: [HTTPRoute] = []
  public var persistentVolumeClaims: [PersistentVolumeClaim] = []
  public var persistentVolumes: [PersistentVolume] = []
  public var storageClasses: [StorageClass] = []
  public var configMaps: [ConfigMap] = []
  /// Secrets, metadata only.
  public var secrets: [PartialObject] = []
  public var serviceAccounts: [ServiceAccount] = []
  public var horizontalPodAutoscalers: [HorizontalPodAutoscaler] = []
  public var scaledObjects: [ScaledObject] = []
  public var scaledJobs: [ScaledJob] = []
  public var nodePools: [NodePool] = []
  public var nodeClaims: [NodeClaim] = []
  /// EC2NodeClasses, EKS NodeClasses and AKSNodeClasses, each with `kind` set.
  public var nodeClasses: [NodeClass] = []
  /// The kinds that were listed (an empty list of a listed kind means "none", not "unknown").
  public var listed: Set<MapKind> = []
  /// Whether Endpoints were listed (they decide Services' status).
  public var endpointsListed = false
  /// The namespace the namespaced kinds were listed in; nil for all namespaces. An object of another namespace was
  /// not listed, so a reference to it is not one to something missing.
  public var namespace: String?

  /// An empty snapshot; fill the lists and `listed`.
  public init() {}
}
