import Foundation

/// A Karpenter `karpenter.sh/v1` NodePool: what nodes it may launch (requirements, taints, labels), its
/// limits and what it already provides (`status.resources`).
public struct NodePool: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The resource kind (`nodepools.karpenter.sh`, version v1, cluster scope).
  public static let resourceKind = ResourceKind(
    group: "karpenter.sh", version: "v1", resource: "nodepools", kind: "NodePool", namespaced: false)

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var template: Template?
    /// Caps on the total resources of the pool's nodes (`cpu: 1000`, `memory: 1000Gi`, `nodes: 10`).
    public var limits: [String: Quantity]?
    public var weight: Int?

    public init(template: Template? = nil, limits: [String: Quantity]? = nil, weight: Int? = nil) {
      self.template = template
      self.limits = limits
      self.weight = weight
    }
  }

  /// `spec.template`: the node's labels and spec.
  public struct Template: Codable, Sendable, Hashable {
    public var metadata: TemplateMetadata?
    public var spec: TemplateSpec?

    public init(metadata: TemplateMetadata? = nil, spec: TemplateSpec? = nil) {
      self.metadata = metadata
      self.spec = spec
    }
  }

  /// Labels (and annotations) every node of the pool carries.
  public struct TemplateMetadata: Codable, Sendable, Hashable {
    public var labels: [String: String]?
    public init(labels: [String: String]? = nil) { self.labels = labels }
  }

  /// `spec.template.spec`.
  public struct TemplateSpec: Codable, Sendable, Hashable {
    public var requirements: [NodeSelectorRequirement]?
    public var taints: [Taint]?
    /// Taints removed once the node is initialised; they do not keep pods off for good.
    public var startupTaints: [Taint]?
    public var nodeClassRef: NodeClassReference?

    public init(
      requirements: [NodeSelectorRequirement]? = nil, taints: [Taint]? = nil, startupTaints: [Taint]? = nil,
      nodeClassRef: NodeClassReference? = nil
    ) {
      self.requirements = requirements
      self.taints = taints
      self.startupTaints = startupTaints
      self.nodeClassRef = nodeClassRef
    }
  }

  /// The provider-specific node class (`EC2NodeClass default`).
  public struct NodeClassReference: Codable, Sendable, Hashable {
    public var group: String?
    public var kind: String?
    public var name: String

    public init(group: String? = nil, kind: String? = nil, name: String) {
      self.group = group
      self.kind = kind
      self.name = name
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// What the pool's nodes add up to now (cpu, memory, pods, nodes, ...).
    public var resources: [String: Quantity]?

    public init(resources: [String: Quantity]? = nil) { self.resources = resources }
  }
}

extension NodePool {
  /// `spec.template.spec.requirements`, empty when absent.
  public var requirements: [NodeSelectorRequirement] { spec?.template?.spec?.requirements ?? [] }
  /// `spec.template.spec.taints`, empty when absent.
  public var taints: [Taint] { spec?.template?.spec?.taints ?? [] }
  /// `spec.template.metadata.labels`, empty when absent.
  public var templateLabels: [String: String] { spec?.template?.metadata?.labels ?? [:] }
}
