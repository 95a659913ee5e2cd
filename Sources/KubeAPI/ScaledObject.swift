#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A KEDA ScaledObject (`keda.sh/v1alpha1`): scales a Deployment, StatefulSet or custom resource through an HPA.
public struct ScaledObject: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The resource kind (`scaledobjects.keda.sh`, v1alpha1, namespaced).
  public static let resourceKind = ResourceKind(
    group: "keda.sh", version: "v1alpha1", resource: "scaledobjects", kind: "ScaledObject", namespaced: true)

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var scaleTargetRef: ScaleTargetReference?
    public var minReplicaCount: Int?
    public var maxReplicaCount: Int?
    public var idleReplicaCount: Int?
    public var pollingInterval: Int?
    public var cooldownPeriod: Int?
    public var fallback: Fallback?
    public var triggers: [ScaleTrigger]?

    public init(
      scaleTargetRef: ScaleTargetReference? = nil, minReplicaCount: Int? = nil, maxReplicaCount: Int? = nil,
      idleReplicaCount: Int? = nil, pollingInterval: Int? = nil, cooldownPeriod: Int? = nil,
      fallback: Fallback? = nil, triggers: [ScaleTrigger]? = nil
    ) {
      self.scaleTargetRef = scaleTargetRef
      self.minReplicaCount = minReplicaCount
      self.maxReplicaCount = maxReplicaCount
      self.idleReplicaCount = idleReplicaCount
      self.pollingInterval = pollingInterval
      self.cooldownPeriod = cooldownPeriod
      self.fallback = fallback
      self.triggers = triggers
    }
  }

  /// `spec.scaleTargetRef`; kind defaults to `Deployment`, apiVersion to `apps/v1`.
  public struct ScaleTargetReference: Codable, Sendable, Hashable {
    public var apiVersion: String?
    public var kind: String?
    public var name: String

    public init(apiVersion: String? = nil, kind: String? = nil, name: String) {
      self.apiVersion = apiVersion
      self.kind = kind
      self.name = name
    }

    /// The kind, defaulted as KEDA does.
    public var resolvedKind: String { kind ?? "Deployment" }

    /// `apiVersion/Kind` (`apps/v1/Deployment`, `argoproj.io/v1alpha1/Rollout`, `v1/ReplicationController`).
    public var versionedKind: String { "\(apiVersion ?? "apps/v1")/\(resolvedKind)" }
  }

  /// `spec.fallback`: the replica count KEDA holds after `failureThreshold` failed scaler reads.
  public struct Fallback: Codable, Sendable, Hashable {
    public var failureThreshold: Int?
    public var replicas: Int?

    public init(failureThreshold: Int? = nil, replicas: Int? = nil) {
      self.failureThreshold = failureThreshold
      self.replicas = replicas
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// `Ready`, `Active`, `Fallback`, `Paused`.
    public var conditions: [StatusCondition]?
    /// Per external metric (`s0-prometheus`): scaler health and consecutive failures.
    public var health: [String: TriggerHealth]?
    public var hpaName: String?
    public var lastActiveTime: Date?
    public var originalReplicaCount: Int?
    public var pausedReplicaCount: Int?
    public var externalMetricNames: [String]?

    public init(
      conditions: [StatusCondition]? = nil, health: [String: TriggerHealth]? = nil, hpaName: String? = nil,
      lastActiveTime: Date? = nil, originalReplicaCount: Int? = nil, pausedReplicaCount: Int? = nil,
      externalMetricNames: [String]? = nil
    ) {
      self.conditions = conditions
      self.health = health
      self.hpaName = hpaName
      self.lastActiveTime = lastActiveTime
      self.originalReplicaCount = originalReplicaCount
      self.pausedReplicaCount = pausedReplicaCount
      self.externalMetricNames = externalMetricNames
    }
  }

  /// `status.health[metric]`.
  public struct TriggerHealth: Codable, Sendable, Hashable {
    public var numberOfFailures: Int?
    /// `Happy` or `Failing`.
    public var status: String?

    public init(numberOfFailures: Int? = nil, status: String? = nil) {
      self.numberOfFailures = numberOfFailures
      self.status = status
    }
  }
}

extension ScaledObject {
  /// `spec.triggers`, empty when absent.
  public var triggers: [ScaleTrigger] { spec?.triggers ?? [] }
  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
}
