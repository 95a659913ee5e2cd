import KubeAPI

/// The kinds `lamp map` knows, in display order, with their short names and DOT shape families.
public enum MapKind: String, CaseIterable, Sendable, Hashable, Comparable {
  case ingress = "Ingress"
  case httpRoute = "HTTPRoute"
  case service = "Service"
  case deployment = "Deployment"
  case statefulSet = "StatefulSet"
  case daemonSet = "DaemonSet"
  case cronJob = "CronJob"
  case job = "Job"
  case replicaSet = "ReplicaSet"
  case pod = "Pod"
  case horizontalPodAutoscaler = "HorizontalPodAutoscaler"
  case scaledObject = "ScaledObject"
  case scaledJob = "ScaledJob"
  case persistentVolumeClaim = "PersistentVolumeClaim"
  case persistentVolume = "PersistentVolume"
  case storageClass = "StorageClass"
  case configMap = "ConfigMap"
  case secret = "Secret"
  case serviceAccount = "ServiceAccount"
  case nodePool = "NodePool"
  case nodeClaim = "NodeClaim"
  case node = "Node"
  case ec2NodeClass = "EC2NodeClass"
  case nodeClass = "NodeClass"
  case aksNodeClass = "AKSNodeClass"

  /// The kind for a Kubernetes kind name, nil for kinds lamp map does not list.
  public init?(kind: String) { self.init(rawValue: kind) }

  /// The lower-case plural (`pods`, `ingresses`, `ec2nodeclasses`).
  public var plural: String {
    switch self {
    case .ingress: return "ingresses"
    case .storageClass: return "storageclasses"
    case .ec2NodeClass: return "ec2nodeclasses"
    case .nodeClass: return "nodeclasses"
    case .aksNodeClass: return "aksnodeclasses"
    default: return rawValue.lowercased() + "s"
    }
  }

  /// kubectl's short name where there is one (`svc`, `deploy`, `pvc`), else the lower-case kind.
  public var shortName: String {
    switch self {
    case .ingress: return "ing"
    case .service: return "svc"
    case .deployment: return "deploy"
    case .statefulSet: return "sts"
    case .daemonSet: return "ds"
    case .cronJob: return "cj"
    case .replicaSet: return "rs"
    case .pod: return "pod"
    case .horizontalPodAutoscaler: return "hpa"
    case .scaledObject: return "so"
    case .scaledJob: return "sj"
    case .persistentVolumeClaim: return "pvc"
    case .persistentVolume: return "pv"
    case .storageClass: return "sc"
    case .configMap: return "cm"
    case .serviceAccount: return "sa"
    default: return rawValue.lowercased()
    }
  }

  /// Every spelling `--kinds` and `--focus` accept: kind, singular, plural and short name, lower-cased.
  public var spellings: Set<String> {
    var names: Set<String> = [rawValue.lowercased(), plural, shortName]
    switch self {
    case .httpRoute: names.insert("route")
    case .horizontalPodAutoscaler: names.formUnion(["hpas", "horizontalpodautoscaler"])
    case .persistentVolumeClaim: names.insert("pvcs")
    case .persistentVolume: names.insert("pvs")
    case .node: names.insert("no")
    case .pod: names.insert("po")
    case .nodePool: names.insert("np")
    case .nodeClaim: names.insert("nc")
    default: break
    }
    return names
  }

  /// Parses any spelling of a kind (case-insensitive), also qualified by its API group as kubectl takes it
  /// (`deployment.apps`, `scaledobjects.keda.sh`); nil when unknown.
  public static func parse(_ text: String) -> MapKind? {
    let lower = text.lowercased()
    if let kind = allCases.first(where: { $0.spellings.contains(lower) }) { return kind }
    guard let dot = lower.firstIndex(of: ".") else { return nil }
    let name = String(lower[..<dot])
    let group = String(lower[lower.index(after: dot)...])
    return allCases.first { $0.spellings.contains(name) && ($0.builtinResource?.group ?? $0.customGroup) == group }
  }

  /// Kinds shown only when something refers to them (or when asked for by `--kinds`/`--focus`), so that every
  /// namespace's `default` ServiceAccount and `kube-root-ca.crt` do not crowd the picture.
  public var shownWhenReferencedOnly: Bool {
    switch self {
    case .configMap, .secret, .serviceAccount, .storageClass, .persistentVolume: return true
    default: return false
    }
  }

  /// Whether objects of this kind live in a namespace.
  public var namespaced: Bool {
    switch self {
    case .persistentVolume, .storageClass, .nodePool, .nodeClaim, .node, .ec2NodeClass, .nodeClass, .aksNodeClass:
      return false
    default: return true
    }
  }

  /// The DOT shape family (see `Formatters.DOTRenderer.defaultShapes`).
  public var family: String {
    switch self {
    case .deployment, .statefulSet, .daemonSet, .replicaSet: return "workload"
    case .pod: return "pod"
    case .cronJob, .job: return "job"
    case .service: return "service"
    case .ingress, .httpRoute: return "ingress"
    case .node, .nodeClaim: return "node"
    case .persistentVolumeClaim, .persistentVolume, .storageClass: return "storage"
    case .configMap, .ec2NodeClass, .nodeClass, .aksNodeClass: return "config"
    case .secret: return "secret"
    case .serviceAccount: return "identity"
    case .horizontalPodAutoscaler, .scaledObject, .scaledJob, .nodePool: return "autoscaler"
    }
  }

  /// Position in the display order.
  public var rank: Int { Self.allCases.firstIndex(of: self) ?? Self.allCases.count }

  public static func < (lhs: MapKind, rhs: MapKind) -> Bool { lhs.rank < rhs.rank }

  /// Where built-in kinds live on the API; nil for custom resources, found through discovery.
  public var builtinResource: ResourceKind? {
    switch self {
    case .ingress: return .ingresses
    case .service: return .services
    case .deployment: return .deployments
    case .statefulSet: return .statefulSets
    case .daemonSet: return .daemonSets
    case .cronJob: return .cronJobs
    case .job: return .jobs
    case .replicaSet: return .replicaSets
    case .pod: return .pods
    case .horizontalPodAutoscaler: return .horizontalPodAutoscalers
    case .persistentVolumeClaim: return .persistentVolumeClaims
    case .persistentVolume: return .persistentVolumes
    case .storageClass: return .storageClasses
    case .configMap: return .configMaps
    case .secret: return .secrets
    case .serviceAccount: return .serviceAccounts
    case .node: return .nodes
    default: return nil
    }
  }

  /// The API group of a custom resource kind (for discovery), nil for built-in kinds.
  public var customGroup: String? {
    switch self {
    case .httpRoute: return "gateway.networking.k8s.io"
    case .scaledObject, .scaledJob: return "keda.sh"
    case .nodePool, .nodeClaim: return "karpenter.sh"
    case .ec2NodeClass: return "karpenter.k8s.aws"
    case .nodeClass: return "eks.amazonaws.com"
    case .aksNodeClass: return "karpenter.azure.com"
    default: return nil
    }
  }
}

extension MapKind {
  /// Display rank of a kind name; kinds lamp map does not list (owners that are custom resources) sort last.
  static func rank(of kind: String) -> Int { MapKind(kind: kind)?.rank ?? allCases.count }
}
