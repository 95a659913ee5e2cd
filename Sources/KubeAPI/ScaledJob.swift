#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A KEDA ScaledJob (`keda.sh/v1alpha1`): starts Jobs from a template as its triggers report work.
public struct ScaledJob: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The resource kind (`scaledjobs.keda.sh`, v1alpha1, namespaced).
  public static let resourceKind = ResourceKind(
    group: "keda.sh", version: "v1alpha1", resource: "scaledjobs", kind: "ScaledJob", namespaced: true)

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var minReplicaCount: Int?
    public var maxReplicaCount: Int?
    public var pollingInterval: Int?
    public var triggers: [ScaleTrigger]?

    public init(
      minReplicaCount: Int? = nil, maxReplicaCount: Int? = nil, pollingInterval: Int? = nil,
      triggers: [ScaleTrigger]? = nil
    ) {
      self.minReplicaCount = minReplicaCount
      self.maxReplicaCount = maxReplicaCount
      self.pollingInterval = pollingInterval
      self.triggers = triggers
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// `Ready`, `Active`, `Fallback`, `Paused`.
    public var conditions: [StatusCondition]?
    public var lastActiveTime: Date?

    public init(conditions: [StatusCondition]? = nil, lastActiveTime: Date? = nil) {
      self.conditions = conditions
      self.lastActiveTime = lastActiveTime
    }
  }
}

extension ScaledJob {
  /// `spec.triggers`, empty when absent.
  public var triggers: [ScaleTrigger] { spec?.triggers ?? [] }
  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
}
