import Foundation
import KubeAPI

/// The simulator's shared mutable state: resources, objects, resourceVersions, watchers and faults.
actor SimState {
  var registry: ResourceRegistry
  var collections: [String: ObjectCollection] = [:]
  private(set) var resourceVersion: Int64 = 1000
  var log = WatchLog()
  var snapshots = ListSnapshots()
  var random: SeededGenerator
  let clock: SimClock
  var faults: SimFaults
  var faultDice = SeededGenerator(seed: 7)
  private var watchers: [Int: (storageKey: String, continuation: AsyncStream<WatchSignal>.Continuation)] = [:]
  private var nextWatcherID = 1
  /// Bumped whenever an RBAC object changes, so the authorizer is rebuilt.
  private(set) var rbacGeneration = 0
  /// Service-account token secrets: `namespace/name` → (token, user).
  private var accessCache: (generation: Int, control: AccessControl)?
  /// CRDs stored but not served because their names conflict.
  private(set) var rejectedCRDs: Set<String> = []
  private(set) var secretTokens: [String: (token: String, user: SimUser)] = [:]

  init(clock: SimClock, faults: SimFaults, hiddenGroups: Set<String>, seed: UInt64 = 20_261_120) {
    self.clock = clock
    self.faults = faults
    registry = ResourceRegistry(hiddenGroups: hiddenGroups)
    random = SeededGenerator(seed: seed)
  }

  func setFaults(_ faults: SimFaults) {
    self.faults = faults
  }

  func currentRegistry() -> ResourceRegistry {
    registry
  }

  func now() -> Date {
    clock.now()
  }

  // MARK: Low-level writes

  func nextResourceVersion() -> Int64 {
    resourceVersion += 1
    return resourceVersion
  }

  /// Stores `object` (metadata already complete except resourceVersion), logs and broadcasts the change.
  @discardableResult
  func commit(_ object: JSONValue, type: ResourceType, kind: WatchRecord.Kind) -> StoredObject {
    var object = object
    let version = nextResourceVersion()
    object["metadata"]?["resourceVersion"] = .string(String(version))
    let stored = StoredObject(object: object, resourceVersion: version, storageKey: type.storageKey)
    let previous = collections[type.storageKey]?.object(namespace: stored.namespace, name: stored.name)
    collections[type.storageKey, default: ObjectCollection()].put(stored)
    publish(WatchRecord(kind: kind, storageKey: type.storageKey, object: stored, previous: previous))
    sideEffects(of: stored, type: type, deleted: false)
    return stored
  }

  /// Removes an object, logs and broadcasts the deletion; returns its last state.
  @discardableResult
  func erase(namespace: String, name: String, type: ResourceType) -> StoredObject? {
    guard let removed = collections[type.storageKey]?.remove(namespace: namespace, name: name) else { return nil }
    var object = removed.object
    let version = nextResourceVersion()
    object["metadata"]?["resourceVersion"] = .string(String(version))
    let last = StoredObject(object: object, resourceVersion: version, storageKey: type.storageKey)
    publish(WatchRecord(kind: .deleted, storageKey: type.storageKey, object: last, previous: removed))
    sideEffects(of: last, type: type, deleted: true)
    return last
  }

  private func publish(_ record: WatchRecord) {
    log.append(record)
    for watcher in watchers.values where watcher.storageKey == record.storageKey {
      watcher.continuation.yield(.record(record))
    }
  }

  private func sideEffects(of stored: StoredObject, type: ResourceType, deleted: Bool) {
    switch type.storageKey {
    case "rbac.authorization.k8s.io/roles", "rbac.authorization.k8s.io/clusterroles",
      "rbac.authorization.k8s.io/rolebindings", "rbac.authorization.k8s.io/clusterrolebindings":
      rbacGeneration += 1
    case "/secrets":
      indexToken(stored, deleted: deleted)
    case "apiextensions.k8s.io/customresourcedefinitions":
      if deleted {
        if let custom = registry.types.first(where: { $0.isCustom && "\($0.plural).\($0.group)" == stored.name }) {
          collections.removeValue(forKey: custom.storageKey)
        }
        registry.unregister(crdName: stored.name)
      } else {
        // A CRD whose names conflict stays stored but unserved, as kube-apiserver keeps it with
        // NamesAccepted=False; writes validate CRDs before they get here.
        do { try registry.register(crd: stored.object) } catch { rejectedCRDs.insert(stored.name) }
      }
    case "/namespaces" where deleted:
      for key in collections.keys.sorted() {
        guard let view = registry.primary(storageKey: key), view.namespaced else { continue }
        for object in collections[key]?.sorted(namespace: stored.name) ?? [] {
          erase(namespace: object.namespace, name: object.name, type: view)
        }
      }
    default:
      break
    }
  }

  private func indexToken(_ stored: StoredObject, deleted: Bool) {
    let key = stored.key
    guard !deleted, stored.object["type"]?.stringValue == "kubernetes.io/service-account-token",
      let encoded = stored.object[path: ["data", "token"]]?.stringValue,
      let data = Data(base64Encoded: encoded), let token = String(data: data, encoding: .utf8),
      let account = stored.object[path: ["metadata", "annotations", "kubernetes.io/service-account.name"]]?.stringValue
    else {
      secretTokens.removeValue(forKey: key)
      return
    }
    secretTokens[key] = (token, SimUser.serviceAccount(namespace: stored.namespace, name: account))
  }

  /// The user a service-account token secret authenticates, if any.
  func user(forSecretToken token: String) -> SimUser? {
    secretTokens.values.first { $0.token == token }?.user
  }

  // MARK: Watchers

  func addWatcher(storageKey: String, continuation: AsyncStream<WatchSignal>.Continuation) -> Int {
    let id = nextWatcherID
    nextWatcherID += 1
    watchers[id] = (storageKey, continuation)
    return id
  }

  func removeWatcher(_ id: Int) {
    watchers.removeValue(forKey: id)?.continuation.finish()
  }

  var watcherCount: Int { watchers.count }

  // MARK: Reads

  func object(type: ResourceType, namespace: String, name: String) -> StoredObject? {
    collections[type.storageKey]?.object(namespace: namespace, name: name)
  }

  func sortedObjects(type: ResourceType, namespace: String?) -> [StoredObject] {
    collections[type.storageKey]?.sorted(namespace: namespace) ?? []
  }

  /// Every stored object of the RBAC kinds, for building the authorizer.
  func rbacObjects() -> (generation: Int, objects: [String: [JSONValue]]) {
    var result: [String: [JSONValue]] = [:]
    for plural in ["roles", "clusterroles", "rolebindings", "clusterrolebindings"] {
      let key = "rbac.authorization.k8s.io/\(plural)"
      result[plural] = collections[key]?.sorted(namespace: nil).map(\.object) ?? []
    }
    return (rbacGeneration, result)
  }

  /// The authorizer over the current RBAC objects (rebuilt after RBAC changes).
  func accessControl() -> AccessControl {
    if let accessCache, accessCache.generation == rbacGeneration { return accessCache.control }
    let control = AccessControl(rbac: rbacObjects().objects)
    accessCache = (rbacGeneration, control)
    return control
  }

  // MARK: Faults

  /// Decides the fault for one request: a 429 (true, false), a 503 (false, true) or none.
  func rollFaults(isRead: Bool) -> (throttle: Bool, fail: Bool) {
    if faults.throttleFirstN > 0 {
      faults.throttleFirstN -= 1
      return (true, false)
    }
    if faults.throttleRate > 0, faultDice.unit() < faults.throttleRate { return (true, false) }
    guard isRead else { return (false, false) }
    if faults.failFirstN > 0 {
      faults.failFirstN -= 1
      return (false, true)
    }
    if faults.failRate > 0, faultDice.unit() < faults.failRate { return (false, true) }
    return (false, false)
  }

  /// How this response body is sent: cut short, paused, or whole.
  func rollDelivery() -> ResponseSink.Delivery {
    if faults.truncateRate > 0 && faultDice.unit() < faults.truncateRate { return .truncated }
    return faults.bodyPause > .zero ? .paused(faults.bodyPause) : .whole
  }
}
