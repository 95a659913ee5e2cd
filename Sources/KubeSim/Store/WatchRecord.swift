/// One change in the store, as delivered to watchers.
struct WatchRecord: Sendable {
  enum Kind: String, Sendable {
    case added = "ADDED"
    case modified = "MODIFIED"
    case deleted = "DELETED"
  }

  var kind: Kind
  var storageKey: String
  var object: StoredObject
  /// The state before the change (to tell watchers with selectors that an object stopped matching).
  var previous: StoredObject?
  var resourceVersion: Int64 { object.resourceVersion }
}

/// What a watch stream receives: changes, plus timer signals.
enum WatchSignal: Sendable {
  case record(WatchRecord)
  case bookmark
  case timeout
  case drop
}
