import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One NodePool as `lamp karpenter nodepools` shows it (also its JSON item).
public struct NodePoolSummary: Sendable, Hashable, Encodable {
  public var name: String
  public var nodeClass: NodeClassInfo?
  public var nodes: NodeCount
  /// Provisioned against the limit, for `cpu` and `memory` and every other limited resource.
  public var resources: [String: Usage]
  /// Pod requests on the pool's nodes against their allocatable (`cpu`, `memory`); empty when pods are unknown.
  public var requested: [String: Usage]
  /// Pods on the pool's nodes; nil when pods are unknown.
  public var pods: Int?
  public var weight: Int?
  public var disruption: NodePool.Disruption?
  public var ready: ConditionInfo?
  public var created: Date?
  /// What the requirements allow (`capacityTypes`, `zones`, `architectures`, `instanceFamilies`).
  public var allowed: Allowed

  /// The referenced node class, whether it exists and whether it is ready (nil: unknown).
  public struct NodeClassInfo: Sendable, Hashable, Encodable {
    public var group: String?
    public var kind: String
    public var name: String
    public var found: Bool?
    public var ready: Bool?
  }

  /// `ready/total` nodes.
  public struct NodeCount: Sendable, Hashable, Encodable {
    public var ready: Int?
    public var total: Int
  }

  /// An amount against a bound: `used/limit (percent)`; `limit` nil means no limit.
  public struct Usage: Sendable, Hashable, Encodable {
    public var used: Quantity
    public var limit: Quantity?
    public var percent: Int?

    public init(used: Quantity, limit: Quantity?) {
      self.used = used
      self.limit = limit
      self.percent = limit.flatMap { ResourceText.percent(used, of: $0) }
    }
  }

  /// A condition's status with its reason and message.
  public struct ConditionInfo: Sendable, Hashable, Encodable {
    public var status: String
    public var reason: String?
    public var message: String?

    init(_ condition: StatusCondition) {
      status = condition.status
      reason = condition.reason.flatMap { $0.isEmpty ? nil : $0 }
      message = condition.message.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// No Ready condition yet (a pool Karpenter has not reconciled): `Unknown`, as the table says.
    static let unknown = ConditionInfo(StatusCondition(type: "Ready", status: "Unknown"))
  }

  /// Values a pool's requirements allow: `["spot"]`, `["any"]`, or `["not metal"]`.
  public struct Allowed: Sendable, Hashable, Encodable {
    public var capacityTypes: [String]
    public var zones: [String]
    public var architectures: [String]
    public var instanceFamilies: [String]
  }
}
