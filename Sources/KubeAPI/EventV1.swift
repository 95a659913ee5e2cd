#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An events.k8s.io/v1 Event: the same stored object as `Event`, with renamed fields (kube-api-wire §6.3).
public struct EventV1: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var regarding: ObjectReference?
  public var reason: String?
  public var note: String?
  public var type: String?
  public var deprecatedCount: Int?
  public var deprecatedFirstTimestamp: Date?
  public var deprecatedLastTimestamp: Date?
  public var eventTime: Date?
  public var series: EventSeries?
  public var deprecatedSource: EventSource?
  public var reportingController: String?
  public var reportingInstance: String?
  public var action: String?

  public init(
    metadata: ObjectMeta, regarding: ObjectReference? = nil, reason: String? = nil, note: String? = nil,
    type: String? = nil, eventTime: Date? = nil, series: EventSeries? = nil, reportingController: String? = nil
  ) {
    self.metadata = metadata
    self.regarding = regarding
    self.reason = reason
    self.note = note
    self.type = type
    self.eventTime = eventTime
    self.series = series
    self.reportingController = reportingController
  }
}
