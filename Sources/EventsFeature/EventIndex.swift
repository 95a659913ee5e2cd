import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Events grouped by the object they are about, newest last, for quick per-object look-ups.
struct EventIndex: Sendable {
  /// The object an event is about.
  struct Key: Hashable, Sendable {
    var kind: String
    var namespace: String
    var name: String
  }

  private var byObject: [Key: [ClusterEvent]] = [:]

  /// Indexes `events`; of the events about pods, only those about `pods` (nil: every pod), since a large
  /// cluster's events are mostly about pods that are fine. With the events' `keys` (`EventCollapser.keys`, worked
  /// out while each page was still in the cache), events about other pods are passed over without being read: read
  /// again after the last page, 50,000 events cost about 10 ms of CPU while the report waited.
  init(_ events: [ClusterEvent], pods: Set<Key>? = nil, keys: [EventCollapser.Key]? = nil) {
    let keys = keys.flatMap { $0.count == events.count ? $0 : nil }
    // Only with keys to compare them with: without, every event is read anyway.
    var podHashes: Set<UInt64>?
    if keys != nil, let pods {
      podHashes = Set(pods.map { EventCollapser.objectHash(namespace: $0.namespace, kind: $0.kind, name: $0.name) })
    }
    // Events are read in place and copied only into the index: `EventCollapser` reads them on the other core.
    events.withUnsafeBufferPointer { events in
      for index in events.indices {
        if let keys, let podHashes, keys[index].isAboutPod, !podHashes.contains(keys[index].objectHash) { continue }
        let key = Key(
          kind: events[index].regarding.kind ?? "",
          namespace: events[index].regarding.namespace ?? events[index].namespace,
          name: events[index].regarding.name ?? "")
        if let pods, key.kind == "Pod", !pods.contains(key) { continue }
        byObject[key, default: []].append(events[index])
      }
    }
    // In place: sorting through `byObject[key]?` copied every array first. Ties go by the event's name, or, when
    // names were not read (`ClusterEvent(scanning:identity:)`), stay in list order, which is by name: the sort is
    // stable.
    for index in byObject.values.indices {
      byObject.values[index].sort { a, b in
        (a.lastSeen ?? .distantPast, a.name) < (b.lastSeen ?? .distantPast, b.name)
      }
    }
  }

  /// Events about the object, oldest first. Events recorded against an earlier object of the same name
  /// (a different uid) are left out.
  func events(kind: String, namespace: String, name: String, uid: String?) -> [ClusterEvent] {
    let named = byObject[Key(kind: kind, namespace: namespace, name: name)] ?? []
    guard let uid, !uid.isEmpty else { return named }
    return named.filter { $0.regarding.uid == nil || $0.regarding.uid == "" || $0.regarding.uid == uid }
  }

  /// Every object (kind, namespace, name) that has events with the given reason.
  func objects(withReason reason: String) -> [[ClusterEvent]] {
    byObject.values.filter { events in events.contains { $0.reason == reason } }
  }
}
