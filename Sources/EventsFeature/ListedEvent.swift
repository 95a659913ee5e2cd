import Foundation
import KubeAPI

/// An event of either API, normalised into `ClusterEvent` as each list item is decoded, so a list of tens of
/// thousands of events holds one model per event rather than two.
struct ListedEvent<Source: ClusterEventSource>: KubeObject {
  var event: ClusterEvent

  var metadata: ObjectMeta {
    ObjectMeta(name: event.name, namespace: event.namespace, uid: event.uid, resourceVersion: event.resourceVersion)
  }

  init(from decoder: Decoder) throws {
    event = try Source(from: decoder).clusterEvent
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
