import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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

  /// What grouping and ordering read of one event, worked out by `keys(_:)` while its list page is still in the
  /// cache (`EventsQuery` does it page by page): reading 50,000 events' strings again after the last page took
  /// about 20 ms, most of it waiting for memory, while the report waited.
  public struct Key: Sendable {
    /// Of the fields repeats share (`sameKey`).
    var hash: Int
    var count: Int
    var firstSeen: Date?
    var lastSeen: Date?
    var isWarning: Bool
    /// Orders ties by namespace without reading the events (`NamespacePrefix`).
    var namespacePrefix: UInt64
    /// The object the event is about (`objectHash`), and whether it is a pod: `EventIndex` skips events about pods
    /// it was not asked for without reading them.
    var objectHash: UInt64
    var isAboutPod: Bool
  }

  /// The keys of `events`, in the same order.
  public static func keys(_ events: [ClusterEvent]) -> [Key] {
    events.withUnsafeBufferPointer { events in
      events.map { event in
        let object = objectHash(of: event)
        return Key(
          hash: keyHash(event, object: object), count: event.count, firstSeen: event.firstSeen,
          lastSeen: event.lastSeen, isWarning: event.isWarning, namespacePrefix: NamespacePrefix.of(event.namespace),
          objectHash: object, isAboutPod: event.regarding.kind == "Pod")
      }
    }
  }

  /// The groups of `events`, in the order their first member appeared; `keys` are the events' own, when worked out
  /// already.
  public static func groups(_ events: [ClusterEvent], keys: [Key]? = nil) -> [Group] {
    let keys = matching(keys, events)
    return events.withUnsafeBufferPointer { events in keys.withUnsafeBufferPointer { groups(events, $0) } }
  }

  /// `keys` when there is one per event, else the events' keys worked out now.
  static func matching(_ keys: [Key]?, _ events: [ClusterEvent]) -> [Key] {
    if let keys, keys.count == events.count { return keys }
    return self.keys(events)
  }

  private static func groups(_ events: UnsafeBufferPointer<ClusterEvent>, _ keys: UnsafeBufferPointer<Key>)
    -> [Group]
  {
    var groups: [Group] = []
    groups.reserveCapacity(events.count)
    // Open addressing on the hashes worked out already; a dictionary hashed each of them again with SipHash. The
    // events are read only to tell apart different keys with one hash.
    let capacity = max(16, 1 << (Int.bitWidth - (2 * events.count).leadingZeroBitCount))
    let mask = capacity - 1
    var slotHashes = [Int](repeating: 0, count: capacity)
    var slotGroups = [Int32](repeating: -1, count: capacity)
    for index in events.indices {
      let key = keys[index]
      var slot = key.hash & mask
      var found: Int? = nil
      while slotGroups[slot] >= 0 {
        let candidate = Int(slotGroups[slot])
        if slotHashes[slot] == key.hash, sameKey(events[groups[candidate].first], events[index]) {
          found = candidate
          break
        }
        slot = (slot + 1) & mask
      }
      guard let found else {
        slotHashes[slot] = key.hash
        slotGroups[slot] = Int32(groups.count)
        groups.append(
          Group(
            first: index, newest: index, count: key.count, firstSeen: key.firstSeen, lastSeen: key.lastSeen,
            isWarning: key.isWarning))
        continue
      }
      groups[found].count += key.count
      groups[found].firstSeen = earliest(groups[found].firstSeen, key.firstSeen)
      if let lastSeen = key.lastSeen, lastSeen > groups[found].lastSeen ?? .distantPast {
        groups[found].newest = index
        groups[found].lastSeen = lastSeen
      }
    }
    return groups
  }

  /// The indices of `groups` in display order: Warnings before everything else, newest first within each, then by
  /// namespace, object and reason. `keys` as for `groups`.
  public static func displayOrder(_ groups: [Group], of events: [ClusterEvent], keys: [Key]? = nil) -> [Int] {
    let keys = matching(keys, events)
    // Sorted on numeric keys first, then only runs of equal keys, by namespace prefix and then by their strings:
    // comparing the events themselves dominated large lists.
    var sortKeys = groups.indices.map { index in
      SortKey(warning: groups[index].isWarning, lastSeen: groups[index].lastSeen ?? .distantPast, index: index)
    }
    sortKeys.sort()
    var order = sortKeys.map(\.index)
    // Through the buffers, which lend events to the comparisons instead of copying them.
    events.withUnsafeBufferPointer { events in
      keys.withUnsafeBufferPointer { keys in
        var start = 0
        while start < sortKeys.count {
          var end = start + 1
          while end < sortKeys.count, sortKeys[end].sameTime(as: sortKeys[start]) { end += 1 }
          if end - start > 1 {
            order[start..<end].sort { a, b in
              let (first, second) = (groups[a].newest, groups[b].newest)
              if let ordered = NamespacePrefix.ordered(keys[first].namespacePrefix, keys[second].namespacePrefix) {
                return ordered
              }
              if tieBreak(events[first], events[second]) { return true }
              return !tieBreak(events[second], events[first]) && a < b
            }
          }
          start = end
        }
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

  /// The hash of the object an event is about (its namespace, kind and name), as `EventIndex` looks objects up.
  static func objectHash(namespace: String, kind: String, name: String) -> UInt64 {
    var hash = hashSeed
    hash = ByteHash.hash(namespace, into: hash)
    hash = ByteHash.hash(kind, into: hash)
    return ByteHash.hash(name, into: hash)
  }

  /// `objectHash(namespace:kind:name:)` of the object `event` is about, read in place: the `??` of each optional
  /// field copied its string, a retain and a release per field and event.
  private static func objectHash(of event: borrowing ClusterEvent) -> UInt64 {
    var hash = hashSeed
    hash =
      event.regarding.namespace == nil
      ? ByteHash.hash(event.namespace, into: hash) : ByteHash.hash(event.regarding.namespace, into: hash)
    hash = ByteHash.hash(event.regarding.kind, into: hash)
    return ByteHash.hash(event.regarding.name, into: hash)
  }

  /// `ByteHash` rather than `Hasher`: SipHash over seven strings per event cost more than grouping them. The seed
  /// differs per process, so no set of events can be made to collide ahead of time. Goes on from the event's
  /// `objectHash`.
  private static func keyHash(_ event: borrowing ClusterEvent, object: UInt64) -> Int {
    var hash = object
    hash = ByteHash.hash(event.regarding.uid, into: hash)
    hash = ByteHash.hash(event.type, into: hash)
    hash = ByteHash.hash(event.reason, into: hash)
    hash = ByteHash.hash(event.message, into: hash)
    return Int(truncatingIfNeeded: hash)
  }

  private static let hashSeed = UInt64.random(in: .min ... .max)

  /// The count and first seen of the row `event` is part of among `events`: what `--watch` prints when one repeat
  /// changes, so that the row agrees with the report's.
  public static func collapsed(
    _ event: ClusterEvent, among events: some Sequence<ClusterEvent>
  ) -> (count: Int, firstSeen: Date?) {
    var count = 0
    var firstSeen: Date? = nil
    for other in events where sameKey(event, other) {
      count += other.count
      firstSeen = earliest(firstSeen, other.firstSeen)
    }
    return (max(count, event.count), earliest(firstSeen, event.firstSeen))
  }

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

/// A string's first eight bytes as a big-endian number, which orders two strings as `<` does when the numbers
/// differ: only when the bytes, and the one after them, are ASCII (which Unicode's normalisation leaves alone and
/// which no later character combines with). Kubernetes namespaces are ASCII DNS labels.
enum NamespacePrefix {
  /// Orders nothing: the strings must be compared.
  static let undecided = UInt64.max

  static func of(_ text: String) -> UInt64 {
    // Lent where the string keeps its bytes (`withUTF8` on a copy retained it first); small strings are copied.
    if let prefix = text.utf8.withContiguousStorageIfAvailable({ of(UnsafeRawBufferPointer($0)) }) { return prefix }
    var text = text
    return text.withUTF8 { of(UnsafeRawBufferPointer($0)) }
  }

  private static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var prefix: UInt64 = 0
    for index in 0..<9 {
      guard index < bytes.count else { return prefix << (8 * (8 - min(index, 8))) }
      let byte = bytes[index]
      guard byte < 0x80, byte != 0 else { return undecided }
      if index < 8 { prefix = prefix << 8 | UInt64(byte) }
    }
    return prefix
  }

  /// Whether `a`'s string comes first, when the prefixes say.
  static func ordered(_ a: UInt64, _ b: UInt64) -> Bool? {
    guard a != b, a != undecided, b != undecided else { return nil }
    return a < b
  }
}
