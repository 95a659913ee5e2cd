#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An `autoscaling/v2` HorizontalPodAutoscaler: bounds, metrics with their targets and current values.
public struct HorizontalPodAutoscaler: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// The resource kind (`horizontalpodautoscalers.autoscaling`, v2).
  public static let resourceKind = ResourceKind.horizontalPodAutoscalers

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var scaleTargetRef: Target?
    public var minReplicas: Int?
    public var maxReplicas: Int?
    public var metrics: [Metric]?

    public init(
      scaleTargetRef: Target? = nil, minReplicas: Int? = nil, maxReplicas: Int? = nil, metrics: [Metric]? = nil
    ) {
      self.scaleTargetRef = scaleTargetRef
      self.minReplicas = minReplicas
      self.maxReplicas = maxReplicas
      self.metrics = metrics
    }
  }

  /// `spec.scaleTargetRef`.
  public struct Target: Codable, Sendable, Hashable {
    public var apiVersion: String?
    public var kind: String
    public var name: String

    public init(apiVersion: String? = nil, kind: String, name: String) {
      self.apiVersion = apiVersion
      self.kind = kind
      self.name = name
    }
  }

  /// One metric of `spec.metrics` or `status.currentMetrics`: the type plus the one source that type names.
  public struct Metric: Codable, Sendable, Hashable {
    /// `Resource`, `ContainerResource`, `Pods`, `Object`, `External` (empty in some status entries).
    public var type: String
    public var resource: Source?
    public var containerResource: Source?
    public var pods: Source?
    public var object: Source?
    public var external: Source?

    public init(
      type: String, resource: Source? = nil, containerResource: Source? = nil, pods: Source? = nil,
      object: Source? = nil, external: Source? = nil
    ) {
      self.type = type
      self.resource = resource
      self.containerResource = containerResource
      self.pods = pods
      self.object = object
      self.external = external
    }

    /// The source the type names, if present.
    public var source: Source? { resource ?? containerResource ?? pods ?? object ?? external }

    /// The metric's name: the resource (`cpu`) or the metric (`s0-prometheus`).
    public var name: String? { source?.name ?? source?.metric?.name }
  }

  /// A metric source: a resource `name` or a `metric`, with a `target` (spec) or `current` value (status).
  public struct Source: Codable, Sendable, Hashable {
    public var name: String?
    public var metric: MetricIdentifier?
    public var target: MetricValue?
    public var current: MetricValue?

    public init(
      name: String? = nil, metric: MetricIdentifier? = nil, target: MetricValue? = nil, current: MetricValue? = nil
    ) {
      self.name = name
      self.metric = metric
      self.target = target
      self.current = current
    }
  }

  /// `metric`: the metric's name.
  public struct MetricIdentifier: Codable, Sendable, Hashable {
    public var name: String
    public init(name: String) { self.name = name }
  }

  /// A target or current value: `Utilization` (percent), `Value` or `AverageValue` (quantities).
  public struct MetricValue: Codable, Sendable, Hashable {
    public var type: String?
    public var value: Quantity?
    public var averageValue: Quantity?
    public var averageUtilization: Int?

    public init(
      type: String? = nil, value: Quantity? = nil, averageValue: Quantity? = nil, averageUtilization: Int? = nil
    ) {
      self.type = type
      self.value = value
      self.averageValue = averageValue
      self.averageUtilization = averageUtilization
    }

    /// `70%`, `61250m`, or `<unknown>` when nothing is set.
    public var display: String {
      if let averageUtilization { return "\(averageUtilization)%" }
      if let averageValue { return averageValue.description }
      if let value { return value.description }
      return "<unknown>"
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    public var currentReplicas: Int?
    public var desiredReplicas: Int?
    public var currentMetrics: [Metric]?
    /// `AbleToScale`, `ScalingActive`, `ScalingLimited`.
    public var conditions: [StatusCondition]?
    public var lastScaleTime: Date?

    public init(
      currentReplicas: Int? = nil, desiredReplicas: Int? = nil, currentMetrics: [Metric]? = nil,
      conditions: [StatusCondition]? = nil, lastScaleTime: Date? = nil
    ) {
      self.currentReplicas = currentReplicas
      self.desiredReplicas = desiredReplicas
      self.currentMetrics = currentMetrics
      self.conditions = conditions
      self.lastScaleTime = lastScaleTime
    }
  }
}

extension HorizontalPodAutoscaler {
  /// `status.conditions`, empty when absent.
  public var conditions: [StatusCondition] { status?.conditions ?? [] }
}
