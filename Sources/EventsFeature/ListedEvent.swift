import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An event of either API, normalised into `ClusterEvent` as each list item is decoded, so a list of tens of
/// thousands of events holds one model per event rather than two. Scanned pages are read straight into
/// `ClusterEvent`, with or without the event's own name, uid and resourceVersion as `Fields` says; `Source` is the
/// model that `JSONDecoder` reads when a page cannot be scanned.
struct ListedEvent<Source: ClusterEventSource, Fields: EventFields>: KubeObject, ScannableListItem {
  var event: ClusterEvent

  var metadata: ObjectMeta {
    ObjectMeta(name: event.name, namespace: event.namespace, uid: event.uid, resourceVersion: event.resourceVersion)
  }

  init(from decoder: Decoder) throws {
    event = try Source(from: decoder).clusterEvent
  }

  init(scanning item: JSONSlice) throws {
    event = try ClusterEvent(scanning: item, identity: Fields.identity)
  }
}

/// Whether a list of events reads each event's own name, uid and resourceVersion (`ClusterEvent(scanning:identity:)`).
protocol EventFields: SendableMetatype {
  static var identity: Bool { get }
}

/// Every field: a watch tells events apart by uid.
enum AllEventFields: EventFields {
  static var identity: Bool { true }
}

/// Only what a report shows and orders by.
enum ShownEventFields: EventFields {
  static var identity: Bool { false }
}

/// An event model that `ClusterEvent` can be made from.
protocol ClusterEventSource: Decodable, Sendable {
  var clusterEvent: ClusterEvent { get }
}

extension Event: ClusterEventSource {
  var clusterEvent: ClusterEvent { ClusterEvent(self) }
}

extension EventV1: ClusterEventSource {
  var clusterEvent: ClusterEvent { ClusterEvent(self) }
}
