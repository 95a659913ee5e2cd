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
    // Merged in place through slot numbers: events are large values, and a dictionary of them copies each
    // one again on every rehash.
    var merged: [ClusterEvent] = []
    var slots: [Key: Int] = [:]
    merged.reserveCapacity(events.count)
    slots.reserveCapacity(events.count)
    for event in events {
      let key = Key(
        namespace: event.regarding.namespace ?? event.namespace, kind: event.regarding.kind ?? "",
        name: event.regarding.name ?? "", uid: event.regarding.uid ?? "", type: event.type, reason: event.reason,
        message: event.message)
      if let slot = slots[key] {
        merge(event, into: &merged[slot])
      } else {
        slots[key] = merged.count
        merged.append(event)
      }
    }
    return merged
  }

  private static func merge(_ event: ClusterEvent, into existing: inout ClusterEvent) {
    let count = existing.count + event.count
    let first = earliest(existing.firstSeen, event.firstSeen)
    if (event.lastSeen ?? .distantPast) > (existing.lastSeen ?? .distantPast) {
      // The newest member names the source and host.
      existing = event
    }
    existing.count = count
    existing.firstSeen = first
  }

  private static func earliest(_ a: Date?, _ b: Date?) -> Date? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a, b)
  }

  /// `events` in display order: Warnings before everything else, newest first within each, then by namespace,
  /// object and reason.
  public static func displayOrdered(_ events: [ClusterEvent]) -> [ClusterEvent] {
    // Indices sorted on keys worked out once: comparing and moving the events themselves dominated large lists.
    let warning = events.map(\.isWarning)
    let lastSeen = events.map { ($0.lastSeen ?? .distantPast).timeIntervalSinceReferenceDate }
    let order = events.indices.sorted { a, b in
      if warning[a] != warning[b] { return warning[a] }
      if lastSeen[a] != lastSeen[b] { return lastSeen[a] > lastSeen[b] }
      return tieBreak(events[a], events[b])
    }
    return order.map { events[$0] }
  }

  private static func tieBreak(_ a: ClusterEvent, _ b: ClusterEvent) -> Bool {
    let ka = (a.namespace, a.regarding.kind ?? "", a.regarding.name ?? "", a.reason, a.message)
    let kb = (b.namespace, b.regarding.kind ?? "", b.regarding.name ?? "", b.reason, b.message)
    return ka < kb
  }
}
