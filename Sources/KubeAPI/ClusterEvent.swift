import Foundation

/// One event, whichever API it came from, with the display fields worked out once:
/// last seen = `series.lastObservedTime` ?? `lastTimestamp` ?? `eventTime` ?? creation; count = `series.count` ??
/// `count` ?? 1; first seen = `firstTimestamp` ?? `eventTime` ?? creation.
public struct ClusterEvent: Sendable, Hashable {
  /// The event object's own name, namespace and uid.
  public var name: String
  public var namespace: String
  public var uid: String?
  public var resourceVersion: String?
  public var regarding: ObjectReference
  public var reason: String
  public var message: String
  /// `Normal` or `Warning` (anything else is kept as sent).
  public var type: String
  public var count: Int
  public var firstSeen: Date?
  public var lastSeen: Date?
  /// The reporting component (`kubelet`, `default-scheduler`, `karpenter`).
  public var source: String
  /// The node that reported (kubelet events), from `source.host` or `reportingInstance`.
  public var host: String?

  public init(
    name: String, namespace: String, uid: String? = nil, regarding: ObjectReference, reason: String,
    message: String, type: String, count: Int = 1, firstSeen: Date?, lastSeen: Date?, source: String = "",
    host: String? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.uid = uid
    self.regarding = regarding
    self.reason = reason
    self.message = message
    self.type = type
    self.count = count
    self.firstSeen = firstSeen
    self.lastSeen = lastSeen
    self.source = source
    self.host = host
  }

  /// Normalises a core/v1 event.
  public init(_ event: Event) {
    let created = event.metadata.creationTimestamp
    self.init(
      name: event.metadata.name, namespace: event.metadata.namespace ?? event.involvedObject?.namespace ?? "",
      uid: event.metadata.uid, regarding: event.involvedObject ?? ObjectReference(), reason: event.reason ?? "",
      message: event.message ?? "", type: event.type ?? "Normal",
      count: max(1, event.series?.count ?? event.count ?? 1),
      firstSeen: event.firstTimestamp ?? event.eventTime ?? created,
      lastSeen: event.series?.lastObservedTime ?? event.lastTimestamp ?? event.eventTime ?? created,
      source: Self.nonEmpty(event.source?.component) ?? event.reportingComponent ?? "",
      host: Self.nonEmpty(event.source?.host) ?? Self.kubeletHost(event.reportingComponent, event.reportingInstance))
    resourceVersion = event.metadata.resourceVersion
  }

  /// Normalises an events.k8s.io/v1 event.
  public init(_ event: EventV1) {
    let created = event.metadata.creationTimestamp
    self.init(
      name: event.metadata.name, namespace: event.metadata.namespace ?? event.regarding?.namespace ?? "",
      uid: event.metadata.uid, regarding: event.regarding ?? ObjectReference(), reason: event.reason ?? "",
      message: event.note ?? "", type: event.type ?? "Normal",
      count: max(1, event.series?.count ?? event.deprecatedCount ?? 1),
      firstSeen: event.deprecatedFirstTimestamp ?? event.eventTime ?? created,
      lastSeen: event.series?.lastObservedTime ?? event.deprecatedLastTimestamp ?? event.eventTime ?? created,
      source: Self.nonEmpty(event.deprecatedSource?.component) ?? event.reportingController ?? "",
      host: Self.nonEmpty(event.deprecatedSource?.host)
        ?? Self.kubeletHost(event.reportingController, event.reportingInstance))
    resourceVersion = event.metadata.resourceVersion
  }

  /// Whether the event is a `Warning`.
  public var isWarning: Bool { type == "Warning" }

  private static func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.isEmpty else { return nil }
    return text
  }

  /// Only the kubelet's reporting instance is a node name; other controllers put a pod or host id there.
  private static func kubeletHost(_ component: String?, _ instance: String?) -> String? {
    component == "kubelet" ? nonEmpty(instance) : nil
  }
}
