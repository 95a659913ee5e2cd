/// The objects of one resource, keyed like etcd (`namespace/name`), with a cached sorted order.
struct ObjectCollection: Sendable {
  private(set) var objects: [String: StoredObject] = [:]
  private var sortedKeys: [String]? = []
  /// The objects in key order, kept until the next write: a list of tens of thousands of objects is then served
  /// without looking each one up again.
  private var sortedObjects: [StoredObject]? = []

  var count: Int { objects.count }

  func object(namespace: String, name: String) -> StoredObject? {
    objects[namespace.isEmpty ? name : "\(namespace)/\(name)"]
  }

  mutating func put(_ stored: StoredObject) {
    let key = stored.key
    if objects.updateValue(stored, forKey: key) == nil { sortedKeys = nil }
    sortedObjects = nil
  }

  @discardableResult
  mutating func remove(namespace: String, name: String) -> StoredObject? {
    let removed = objects.removeValue(forKey: namespace.isEmpty ? name : "\(namespace)/\(name)")
    if removed != nil {
      sortedKeys = nil
      sortedObjects = nil
    }
    return removed
  }

  /// Objects sorted by key, optionally only those in `namespace`.
  mutating func sorted(namespace: String?) -> [StoredObject] {
    let keys: [String]
    if let cached = sortedKeys {
      keys = cached
    } else {
      keys = objects.keys.sorted()
      sortedKeys = keys
    }
    guard let namespace, !namespace.isEmpty else {
      if let sortedObjects { return sortedObjects }
      let all = keys.compactMap { objects[$0] }
      sortedObjects = all
      return all
    }
    let prefix = namespace + "/"
    // Keys of one namespace are contiguous in sorted order: binary-search the start.
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < prefix { low = middle + 1 } else { high = middle }
    }
    var result: [StoredObject] = []
    var index = low
    while index < keys.count, keys[index].hasPrefix(prefix) {
      if let object = objects[keys[index]] { result.append(object) }
      index += 1
    }
    return result
  }

  /// Every object in no particular order.
  var all: Dictionary<String, StoredObject>.Values { objects.values }
}
