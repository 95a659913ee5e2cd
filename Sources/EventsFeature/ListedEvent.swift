import Foundation
import KubeAPI

/// An event of either API, normalised into `ClusterEvent` as each list item is decoded, so a list of tens of
/// thousands of events holds one model per event rather than two. Scanned pages are read straight into
/// `ClusterEvent`; `Source` is the model that `JSONDecoder` reads when a page cannot be scanned.
struct ListedEvent<Source: ClusterEventSource>: KubeObject, ScannableListItem {
  var event: ClusterEvent

  var metadata: ObjectMeta {
    ObjectMeta(name: event.name, namespace: event.namespace, uid: event.uid, resourceVersion: event.resourceVersion)
  }

  init(from decoder: Decoder) throws {
    event = try Source(from: decoder).clusterEvent
  }

  init(scanning item: JSONSlice) throws {
    event = try ClusterEvent(scanning: item)
  }
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
