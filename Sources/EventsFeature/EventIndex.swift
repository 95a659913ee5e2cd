import Foundation
import KubeAPI

/// Events grouped by the object they are about, newest last, for quick per-object look-ups.
struct EventIndex: Sendable {
  private var byUID: [String: [ClusterEvent]] = [:]
  private var byName: [String: [ClusterEvent]] = [:]

  init(_ events: [ClusterEvent]) {
    for event in events {
      if let uid = event.regarding.uid, !uid.isEmpty { byUID[uid, default: []].append(event) }
      byName[
        Self.key(
          event.regarding.kind ?? "", event.regarding.namespace ?? event.namespace,
          event.regarding.name ?? ""), default: []
      ].append(event)
    }
    let order: (ClusterEvent, ClusterEvent) -> Bool = { a, b in
      (a.lastSeen ?? .distantPast, a.name) < (b.lastSeen ?? .distantPast, b.name)
    }
    byUID = byUID.mapValues { $0.sorted(by: order) }
    byName = byName.mapValues { $0.sorted(by: order) }
  }

  static func key(_ kind: String, _ namespace: String, _ name: String) -> String {
    "\(kind)\u{0}\(namespace)\u{0}\(name)"
  }

  /// Events about the object, oldest first. Events recorded against an earlier object of the same name
  /// (a different uid) are left out.
  func events(kind: String, namespace: String, name: String, uid: String?) -> [ClusterEvent] {
    let named = byName[Self.key(kind, namespace, name)] ?? []
    guard let uid, !uid.isEmpty else { return named }
    return named.filter { $0.regarding.uid == nil || $0.regarding.uid == "" || $0.regarding.uid == uid }
  }

  /// Every object (kind, namespace, name) that has events with the given reason.
  func objects(withReason reason: String) -> [[ClusterEvent]] {
    byName.values.filter { events in events.contains { $0.reason == reason } }
  }
}
