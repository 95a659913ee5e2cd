import KubeAPI

/// List and watch setup.
extension SimState {
  /// One page of a list.
  struct ListPage: Sendable {
    /// A slice of the sorted (or snapshot) array, not a copy of its references.
    var items: ArraySlice<StoredObject>
    var resourceVersion: Int64
    var continueToken: String?
    var remainingItemCount: Int?
  }

  static let expiredContinueMessage =
    "The provided continue parameter is too old to display a consistent list result. You can start a new list "
    + "without the continue parameter, or use the continue token in this response to retrieve the remainder of "
    + "the results. Continuing with the provided token results in an inconsistent list - objects that were "
    + "created, modified, or deleted between the time the first chunk was returned and now may show up in the list."

  func list(type: ResourceType, namespace: String?, filter: ListFilter, limit: Int, continueToken: String?)
    throws(StatusError) -> ListPage
  {
    if let continueToken, !continueToken.isEmpty {
      return try continueList(
        type: type, namespace: namespace, filter: filter, limit: limit, token: ContinueToken.decode(continueToken))
    }
    let items = matching(type: type, namespace: namespace, filter: filter)
    return page(items, from: 0, limit: limit, resourceVersion: resourceVersion, filter: filter, snapshot: nil)
  }

  /// The objects a list selects, in key order; without selectors, the cached sorted array itself.
  private func matching(type: ResourceType, namespace: String?, filter: ListFilter) -> [StoredObject] {
    let objects = sortedObjects(type: type, namespace: namespace)
    return filter.hasSelectors ? objects.filter(filter.matches) : objects
  }

  private func continueList(
    type: ResourceType, namespace: String?, filter: ListFilter, limit: Int, token: ContinueToken
  ) throws(StatusError) -> ListPage {
    if token.rv < 0 {
      // An inconsistent continuation: the remainder of the current state.
      let items = matching(type: type, namespace: namespace, filter: filter)
      return page(
        items, from: Self.firstIndex(after: token.start, in: items), limit: limit, resourceVersion: resourceVersion,
        filter: filter, snapshot: nil)
    }
    let expiredToken = ContinueToken(rv: -1, start: token.start, snapshot: nil).encoded()
    guard let id = token.snapshot, let snapshot = snapshots.snapshot(id) else {
      throw StatusError.expired(Self.expiredContinueMessage, continueToken: expiredToken)
    }
    let expireNow = faults.expireContinueFirstN > 0
    if expireNow { faults.expireContinueFirstN -= 1 }
    if expireNow || faults.expireContinueAfter.map({ ContinuousClock.now - snapshot.created > $0 }) == true {
      snapshots.remove(id)
      throw StatusError.expired(Self.expiredContinueMessage, continueToken: expiredToken)
    }
    return page(
      snapshot.items, from: Self.firstIndex(after: token.start, in: snapshot.items), limit: limit,
      resourceVersion: snapshot.resourceVersion, filter: filter, snapshot: id)
  }

  private func page(
    _ items: [StoredObject], from start: Int, limit: Int, resourceVersion: Int64, filter: ListFilter, snapshot: Int?
  ) -> ListPage {
    let remaining = items.count - start
    guard limit > 0, remaining > limit else {
      if let snapshot { snapshots.remove(snapshot) }
      return ListPage(items: items[start...], resourceVersion: resourceVersion)
    }
    let end = start + limit
    let id = snapshot ?? snapshots.add(items, resourceVersion: resourceVersion)
    let last = items[end - 1].key
    return ListPage(
      items: items[start..<end], resourceVersion: resourceVersion,
      continueToken: ContinueToken(rv: resourceVersion, start: last + "\u{0}", snapshot: id).encoded(),
      remainingItemCount: filter.hasSelectors ? nil : items.count - end)
  }

  /// The index of the first item whose key sorts after `start` (a key plus NUL, as the apiserver encodes it).
  private static func firstIndex(after start: String, in items: [StoredObject]) -> Int {
    let key = start.hasSuffix("\u{0}") ? String(start.dropLast()) : start
    var low = 0
    var high = items.count
    while low < high {
      let middle = (low + high) / 2
      if items[middle].key <= key { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// Starts a watch: returns the events to send first and registers `continuation` for later ones.
  /// `resourceVersion` nil or 0 sends synthetic ADDED events for existing objects.
  func openWatch(
    type: ResourceType, namespace: String?, resourceVersion from: Int64?,
    continuation: AsyncStream<WatchSignal>.Continuation
  ) throws(StatusError) -> (initial: [WatchRecord], watcher: Int, resourceVersion: Int64) {
    var initial: [WatchRecord] = []
    if let from, from > 0 {
      guard let records = log.records(after: from, storageKey: type.storageKey) else {
        throw StatusError.expired("too old resource version: \(from) (\(log.oldestAvailable))")
      }
      initial = records
    } else {
      initial = sortedObjects(type: type, namespace: namespace).map {
        WatchRecord(kind: .added, storageKey: type.storageKey, object: $0, previous: nil)
      }
    }
    let id = addWatcher(storageKey: type.storageKey, continuation: continuation)
    return (initial, id, resourceVersion)
  }
}
