import Foundation
import KubeAPI

/// Folds repeated events into one row: events about the same object with the same type, reason and message
/// (separate objects that the recorder did not aggregate, or a series restarted by a new scheduler) become one
/// event whose count is the sum, first seen the earliest and last seen the latest.
///
/// Works on indices and reads the events in place: copying one is a retain, and while the classifier reads the
/// same events on the other core, every retain of a shared event is a cache miss.
public enum EventCollapser {
  /// Repeats of one event: the newest member stands for them all (its source, host and last seen), with the
  /// summed count and the earliest first seen.
  public struct Group: Sendable {
    /// Indices into the events.
    public var first: Int
    public var newest: Int
    public var count: Int
    public var firstSeen: Date?
    /// The newest member's, kept here for ordering groups without reading their events again.
    public var lastSeen: Date?
    public var isWarning: Bool
  }

  /// The groups of `events`, in the order their first member appeared.
  public static func groups(_ events: [ClusterEvent]) -> [Group] {
    events.withUnsafeBufferPointer(groups)
  }

  private static func groups(_ events: UnsafeBufferPointer<ClusterEvent>) -> [Group] {
    var groups: [Group] = []
    groups.reserveCapacity(events.count)
    // Looked up by a hash of the key fields, checked field by field: no key strings are copied.
    var slotByHash: [Int: Int] = [:]
    slotByHash.reserveCapacity(events.count)
    var collidingSlots: [Int: [Int]] = [:]
    for index in events.indices {
      let hash = keyHash(events[index])
      var slot: Int? = nil
      if let candidate = slotByHash[hash] {
        if sameKey(events[groups[candidate].first], events[index]) {
          slot = candidate
        } else {
          slot = collidingSlots[hash]?.first { sameKey(events[groups[$0].first], events[index]) }
          if slot == nil { collidingSlots[hash, default: []].append(groups.count) }
        }
      } else {
        slotByHash[hash] = groups.count
      }
      guard let slot else {
        groups.append(
          Group(
            first: index, newest: index, count: events[index].count, firstSeen: events[index].firstSeen,
            lastSeen: events[index].lastSeen, isWarning: events[index].isWarning))
        continue
      }
      groups[slot].count += events[index].count
      groups[slot].firstSeen = earliest(groups[slot].firstSeen, events[index].firstSeen)
      if let lastSeen = events[index].lastSeen, lastSeen > groups[slot].lastSeen ?? .distantPast {
        groups[slot].newest = index
        groups[slot].lastSeen = lastSeen
      }
    }
    return groups
  }

  /// The indices of `groups` in display order: Warnings before everything else, newest first within each, then by
  /// namespace, object and reason.
  public static func displayOrder(_ groups: [Group], of events: [ClusterEvent]) -> [Int] {
    // Sorted on numeric keys first, then only runs of equal keys by their strings: comparing the events themselves
    // dominated large lists.
    var keys = groups.indices.map { index in
      SortKey(warning: groups[index].isWarning, lastSeen: groups[index].lastSeen ?? .distantPast, index: index)
    }
    keys.sort()
    var order = keys.map(\.index)
    // Through the buffer, which lends events to the comparisons instead of copying them.
    events.withUnsafeBufferPointer { events in
      var start = 0
      while start < keys.count {
        var end = start + 1
        while end < keys.count, keys[end].sameTime(as: keys[start]) { end += 1 }
        if end - start > 1 {
          order[start..<end].sort { a, b in
            let (first, second) = (groups[a].newest, groups[b].newest)
            if tieBreak(events[first], events[second]) { return true }
            return !tieBreak(events[second], events[first]) && a < b
          }
        }
        start = end
      }
    }
    return order
  }

  /// Warnings first, then newest first; the group index keeps equal keys in list order.
  struct SortKey: Comparable {
    /// 0 for Warnings, 1 for everything else.
    var kind: UInt8
    /// Smaller is newer: the time's order-preserving bit pattern, inverted.
    var age: UInt64
    var index: Int

    init(warning: Bool, lastSeen: Date, index: Int) {
      let bits = lastSeen.timeIntervalSinceReferenceDate.bitPattern
      kind = warning ? 0 : 1
      age = ~(bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63))
      self.index = index
    }

    func sameTime(as other: SortKey) -> Bool { kind == other.kind && age == other.age }

    static func < (a: SortKey, b: SortKey) -> Bool {
      if a.kind != b.kind { return a.kind < b.kind }
      if a.age != b.age { return a.age < b.age }
      return a.index < b.index
    }
  }

  /// `ByteHash` rather than `Hasher`: SipHash over seven strings per event cost more than grouping them. The seed
  /// differs per process, so no set of events can be made to collide ahead of time.
  private static func keyHash(_ event: borrowing ClusterEvent) -> Int {
    var hash = hashSeed
    hash = ByteHash.hash(event.regarding.namespace ?? event.namespace, into: hash)
    hash = ByteHash.hash(event.regarding.kind ?? "", into: hash)
    hash = ByteHash.hash(event.regarding.name ?? "", into: hash)
    hash = ByteHash.hash(event.regarding.uid ?? "", into: hash)
    hash = ByteHash.hash(event.type, into: hash)
    hash = ByteHash.hash(event.reason, into: hash)
    hash = ByteHash.hash(event.message, into: hash)
    return Int(truncatingIfNeeded: hash)
  }

  private static let hashSeed = UInt64.random(in: .min ... .max)

  private static func sameKey(_ a: borrowing ClusterEvent, _ b: borrowing ClusterEvent) -> Bool {
    (a.regarding.namespace ?? a.namespace) == (b.regarding.namespace ?? b.namespace)
      && a.regarding.kind ?? "" == b.regarding.kind ?? "" && a.regarding.name ?? "" == b.regarding.name ?? ""
      && a.regarding.uid ?? "" == b.regarding.uid ?? "" && a.type == b.type && a.reason == b.reason
      && a.message == b.message
  }

  private static func earliest(_ a: Date?, _ b: Date?) -> Date? {
    guard let a else { return b }
    guard let b else { return a }
    return min(a, b)
  }

  /// Field by field rather than as tuples, which copy every string of both events per comparison.
  private static func tieBreak(_ a: borrowing ClusterEvent, _ b: borrowing ClusterEvent) -> Bool {
    if a.namespace != b.namespace { return a.namespace < b.namespace }
    let (kindA, kindB) = (a.regarding.kind ?? "", b.regarding.kind ?? "")
    if kindA != kindB { return kindA < kindB }
    let (nameA, nameB) = (a.regarding.name ?? "", b.regarding.name ?? "")
    if nameA != nameB { return nameA < nameB }
    if a.reason != b.reason { return a.reason < b.reason }
    return a.message < b.message
  }
}
