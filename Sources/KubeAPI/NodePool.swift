#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
    public var disruption: Disruption?

    public init(
      template: Template? = nil, limits: [String: Quantity]? = nil, weight: Int? = nil, disruption: Disruption? = nil
    ) {
      self.template = template
      self.limits = limits
      self.weight = weight
      self.disruption = disruption
    }
  }

  /// `spec.disruption`: when Karpenter may consolidate the pool's nodes and how many at a time.
  public struct Disruption: Codable, Sendable, Hashable {
    /// `WhenEmptyOrUnderutilized`, `WhenEmpty` (v1) or `WhenUnderutilized` (v1beta1).
    public var consolidationPolicy: String?
    /// A duration (`5m`) or `Never`.
    public var consolidateAfter: String?
    public var budgets: [Budget]?

    public init(consolidationPolicy: String? = nil, consolidateAfter: String? = nil, budgets: [Budget]? = nil) {
      self.consolidationPolicy = consolidationPolicy
      self.consolidateAfter = consolidateAfter
      self.budgets = budgets
    }
  }

  /// One disruption budget: at most `nodes` (a count or a percentage) at once, optionally on a schedule.
  public struct Budget: Codable, Sendable, Hashable {
    public var nodes: String?
    public var schedule: String?
    public var duration: String?
    public var reasons: [String]?

    public init(nodes: String? = nil, schedule: String? = nil, duration: String? = nil, reasons: [String]? = nil) {
      self.nodes = nodes
      self.schedule = schedule
      self.duration = duration
      self.reasons = reasons
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
    /// The group (v1); v1beta1 writes `apiVersion` instead.
    public var group: String?
    /// `karpenter.k8s.aws/v1beta1` (v1beta1 only).
    public var apiVersion: String?
    public var kind: String?
    public var name: String

    public init(group: String? = nil, apiVersion: String? = nil, kind: String? = nil, name: String) {
      self.group = group
      self.apiVersion = apiVersion
      self.kind = kind
      self.name = name
    }

    /// The referenced kind; AWS's `EC2NodeClass` when unset (only AWS had node classes before `kind` was required).
    public var resolvedKind: String { kind ?? "EC2NodeClass" }

    /// The referenced group, from `group` or else the group part of `apiVersion`.
    public var resolvedGroup: String? {
      if let group, !group.isEmpty { return group }
      guard let apiVersion, let slash = apiVersion.firstIndex(of: "/") else { return nil }
      return String(apiVersion[..<slash])
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// What the pool's nodes add up to now (cpu, memory, pods, nodes, ...).
    public var resources: [String: Quantity]?
    /// `Ready`, `NodeClassReady`, `ValidationSucceeded`, ...
    public var conditions: [StatusCondition]?

    public init(resources: [String: Quantity]? = nil, conditions: [StatusCondition]? = nil) {
      self.resources = resources
      self.conditions = conditions
    }
  }
}

extension NodePool {
  /// `spec.template.spec.requirements`, empty when absent.
  public var requirements: [NodeSelectorRequirement] { spec?.template?.spec?.requirements ?? [] }
  /// `spec.template.spec.taints`, empty when absent.
  public var taints: [Taint] { spec?.template?.spec?.taints ?? [] }
  /// `spec.limits`, empty when absent (no limit).
  public var limits: [String: Quantity] { spec?.limits ?? [:] }
  /// `status.resources`, empty when absent.
  public var provisioned: [String: Quantity] { status?.resources ?? [:] }
  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
  /// `spec.template.metadata.labels`, empty when absent.
  public var templateLabels: [String: String] { spec?.template?.metadata?.labels ?? [:] }
}
