/// The bounded history of changes that watches with a `resourceVersion` are served from.
struct WatchLog: Sendable {
  private var records: [WatchRecord] = []
  private var start = 0
  let capacity: Int
  /// The newest resourceVersion that is no longer in the log (0 when nothing was dropped).
  private(set) var compactedRV: Int64 = 0

  init(capacity: Int = 10_000) {
    self.capacity = capacity
  }

  mutating func append(_ record: WatchRecord) {
    records.append(record)
    if records.count - start > capacity {
      compactedRV = records[start].resourceVersion
      start += 1
      // Compact the backing array now and then instead of on every drop.
      if start > capacity {
        records.removeFirst(start)
        start = 0
      }
    }
  }

  /// Records of `storageKey` newer than `resourceVersion`; nil when that version is too old.
  func records(after resourceVersion: Int64, storageKey: String) -> [WatchRecord]? {
    if resourceVersion < compactedRV { return nil }
    var result: [WatchRecord] = []
    var index = records.count
    while index > start, records[index - 1].resourceVersion > resourceVersion { index -= 1 }
    for record in records[index...] where record.storageKey == storageKey { result.append(record) }
    return result
  }

  /// The oldest resourceVersion still available, for the "too old" message.
  var oldestAvailable: Int64 { compactedRV + 1 }
}
