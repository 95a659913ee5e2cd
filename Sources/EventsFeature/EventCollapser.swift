import Foundation
import KubeAPI

/// Folds repeated events into one row: events about the same object with the same type, reason and message
/// (separate objects that the recorder did not aggregate, or a series restarted by a new scheduler) become one
/// event whose count is the sum, first seen the earliest and last seen the latest.
public enum EventCollapser {
  struct Key: Hashable {
    var namespace: String
    var kind: String
    var name: String
    var uid: String
    var type: String
    var reason: String
    var message: String
  }

  /// The collapsed events, in the order their first member appeared.
  public static func collapse(_ events: [ClusterEvent]) -> [ClusterEvent] {
    var order: [Key] = []
    var merged: [Key: ClusterEvent] = [:]
    for event in events {
      let key = Key(
        namespace: event.regarding.namespace ?? event.namespace, kind: event.regarding.kind ?? "",
        name: event.regarding.name ?? "", uid: event.regarding.uid ?? "", type: event.type, reason: event.reason,
        message: event.message)
      guard var existing = merged[key] else {
        merged[key] = event
        order.append(key)
        continue
      }
      existing.count += event.count
      existing.firstSeen = earliest(existing.firstSeen, event.firstSeen)
      if (event.lastSeen ?? .distantPast) > (existing.lastSeen ?? .distantPast) {
        // The newest member names the source and host.
        let count = existing.count
        let first = existing.firstSeen
        existing = event
        existing.count = count
        existing.firstSeen = first
      }
      merged[key] = existing
    }
    return order.compactMap { merged[$0] }
  }

  private static func earliest(_ a: Date?, _ b: Date?) -> Date? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a, b)
  }

  /// Warnings before everything else, newest first within each, then by namespace, object and reason.
  public static func displayOrder(_ a: ClusterEvent, _ b: ClusterEvent) -> Bool {
    if a.isWarning != b.isWarning { return a.isWarning }
    let la = a.lastSeen ?? .distantPast
    let lb = b.lastSeen ?? .distantPast
    if la != lb { return la > lb }
    let ka = (a.namespace, a.regarding.kind ?? "", a.regarding.name ?? "", a.reason, a.message)
    let kb = (b.namespace, b.regarding.kind ?? "", b.regarding.name ?? "", b.reason, b.message)
    return ka < kb
  }
}
