#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Karpenter NodeClaim (`karpenter.sh/v1`, also read as `v1beta1`): one node Karpenter launched or is launching.
public struct NodeClaim: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The resource kind (`nodeclaims.karpenter.sh`, version v1, cluster scope).
  public static let resourceKind = ResourceKind(
    group: "karpenter.sh", version: "v1", resource: "nodeclaims", kind: "NodeClaim", namespaced: false)

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var requirements: [NodeSelectorRequirement]?
    public var taints: [Taint]?
    public var nodeClassRef: NodePool.NodeClassReference?
    public var resources: Resources?
    public var expireAfter: String?

    public init(
      requirements: [NodeSelectorRequirement]? = nil, taints: [Taint]? = nil,
      nodeClassRef: NodePool.NodeClassReference? = nil, resources: Resources? = nil, expireAfter: String? = nil
    ) {
      self.requirements = requirements
      self.taints = taints
      self.nodeClassRef = nodeClassRef
      self.resources = resources
      self.expireAfter = expireAfter
    }
  }

  /// `spec.resources`: what the pods that caused the launch request.
  public struct Resources: Codable, Sendable, Hashable {
    public var requests: [String: Quantity]?
    public init(requests: [String: Quantity]? = nil) { self.requests = requests }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    public var nodeName: String?
    public var providerID: String?
    public var imageID: String?
    public var capacity: [String: Quantity]?
    public var allocatable: [String: Quantity]?
    /// `Launched`, `Registered`, `Initialized`, `Ready`, `Drifted`, `Empty`, `Consolidatable`, `Disrupting`, ...
    public var conditions: [StatusCondition]?

    public init(
      nodeName: String? = nil, providerID: String? = nil, imageID: String? = nil,
      capacity: [String: Quantity]? = nil, allocatable: [String: Quantity]? = nil,
      conditions: [StatusCondition]? = nil
    ) {
      self.nodeName = nodeName
      self.providerID = providerID
      self.imageID = imageID
      self.capacity = capacity
      self.allocatable = allocatable
      self.conditions = conditions
    }
  }
}

extension NodeClaim {
  /// The owning NodePool: the `karpenter.sh/nodepool` label, else the NodePool owner reference.
  public var nodePoolName: String? {
    if let name = metadata.labels?["karpenter.sh/nodepool"] { return name }
    return metadata.ownerReferences?.first { $0.kind == "NodePool" }?.name
  }

  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
}
