#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Event as `/api/v1/.../events` serves it (legacy `count`/timestamps, or `eventTime` + `series`).
public struct Event: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var involvedObject: ObjectReference?
  public var reason: String?
  public var message: String?
  /// `Normal` or `Warning`.
  public var type: String?
  public var count: Int?
  public var firstTimestamp: Date?
  public var lastTimestamp: Date?
  public var eventTime: Date?
  public var series: EventSeries?
  public var source: EventSource?
  public var reportingComponent: String?
  public var reportingInstance: String?
  public var action: String?

  public init(
    metadata: ObjectMeta, involvedObject: ObjectReference? = nil, reason: String? = nil,
    message: String? = nil, type: String? = nil, count: Int? = nil, firstTimestamp: Date? = nil,
    lastTimestamp: Date? = nil, eventTime: Date? = nil, series: EventSeries? = nil, source: EventSource? = nil,
    reportingComponent: String? = nil
  ) {
    self.metadata = metadata
    self.involvedObject = involvedObject
    self.reason = reason
    self.message = message
    self.type = type
    self.count = count
    self.firstTimestamp = firstTimestamp
    self.lastTimestamp = lastTimestamp
    self.eventTime = eventTime
    self.series = series
    self.source = source
    self.reportingComponent = reportingComponent
  }
}

/// `series`: how often an events.k8s.io-style event recurred, and when last.
public struct EventSeries: Codable, Sendable, Hashable {
  public var count: Int?
  public var lastObservedTime: Date?

  public init(count: Int? = nil, lastObservedTime: Date? = nil) {
    self.count = count
    self.lastObservedTime = lastObservedTime
  }
}

/// `source` (core/v1) / `deprecatedSource` (events.k8s.io/v1): the component and host that reported.
public struct EventSource: Codable, Sendable, Hashable {
  public var component: String?
  public var host: String?

  public init(component: String? = nil, host: String? = nil) {
    self.component = component
    self.host = host
  }
}
