#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Node: labels (in metadata), taints, schedulability, allocatable resources and conditions.
public struct Node: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var taints: [Taint]?
    /// Cordoned (`kubectl cordon`).
    public var unschedulable: Bool?
    public var providerID: String?

    public init(taints: [Taint]? = nil, unschedulable: Bool? = nil, providerID: String? = nil) {
      self.taints = taints
      self.unschedulable = unschedulable
      self.providerID = providerID
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    public var capacity: [String: Quantity]?
    public var allocatable: [String: Quantity]?
    public var conditions: [Condition]?

    public init(
      capacity: [String: Quantity]? = nil, allocatable: [String: Quantity]? = nil, conditions: [Condition]? = nil
    ) {
      self.capacity = capacity
      self.allocatable = allocatable
      self.conditions = conditions
    }
  }

  /// A node condition (`Ready`, `MemoryPressure`, ...).
  public typealias Condition = StatusCondition
}

extension Node {
  /// `metadata.labels`, empty when absent.
  public var labels: [String: String] { metadata.labels ?? [:] }

  /// `spec.taints`, empty when absent.
  public var taints: [Taint] { spec?.taints ?? [] }

  /// Whether the `Ready` condition is `True`.
  public var isReady: Bool { status?.conditions?.first { $0.type == "Ready" }?.status == "True" }
}
