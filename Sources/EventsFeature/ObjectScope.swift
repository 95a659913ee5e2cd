import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A set of objects events may be about: a `--for` target with its owners and the objects it owns, or the pods
/// a label selector picked with their owners. Matches by uid, or by kind, namespace and name, except events about
/// an earlier namespaced object of the same name (another uid: a pod made again under its name), which
/// `kubectl describe` leaves out too.
public struct ObjectScope: Sendable, Hashable {
  public private(set) var uids: Set<String> = []
  public private(set) var keys: Set<String> = []
  /// The uids known for each key.
  private var uidsByKey: [String: Set<String>] = [:]
  /// Whether an object is known by kind and name alone, in whichever namespace (`gone`).
  private var hasAnyNamespaceKeys = false
  /// The namespace of an object known by kind and name alone: never a real one.
  private static let anyNamespace = "*"

  public init() {}

  static func key(_ kind: String, _ namespace: String, _ name: String) -> String {
    "\(kind.lowercased())/\(namespace)/\(name)"
  }

  /// Adds one object.
  public mutating func insert(kind: String, namespace: String, name: String, uid: String?) {
    let key = Self.key(kind, namespace, name)
    keys.insert(key)
    guard let uid, !uid.isEmpty else { return }
    uids.insert(uid)
    uidsByKey[key, default: []].insert(uid)
  }

  /// Adds every object of `other`.
  public mutating func formUnion(_ other: ObjectScope) {
    uids.formUnion(other.uids)
    keys.formUnion(other.keys)
    uidsByKey.merge(other.uidsByKey) { $0.union($1) }
    hasAnyNamespaceKeys = hasAnyNamespaceKeys || other.hasAnyNamespaceKeys
  }

  /// Whether an event's object is in scope.
  public func contains(_ reference: ObjectReference, eventNamespace: String) -> Bool {
    if let uid = reference.uid, !uid.isEmpty, uids.contains(uid) { return true }
    let kind = reference.kind ?? ""
    let name = reference.name ?? ""
    let key = Self.key(kind, reference.namespace ?? eventNamespace, name)
    if keys.contains(key) {
      // Node events carry the node's name for a uid, so only a namespaced object's uid is compared.
      guard let uid = reference.uid, !uid.isEmpty, !(reference.namespace ?? "").isEmpty,
        let known = uidsByKey[key]
      else { return true }
      return known.contains(uid)
    }
    if hasAnyNamespaceKeys, keys.contains(Self.key(kind, Self.anyNamespace, name)) { return true }
    // A cluster-scoped object's events live in a namespace of their own (the kubelet's Node events in `default`,
    // with the node's name for a uid): the reference names no namespace, and the object has none.
    return (reference.namespace ?? "").isEmpty && keys.contains(Self.key(kind, "", name))
  }

  /// Whether an object with this identity is in scope.
  public func contains(kind: String, namespace: String, name: String, uid: String?) -> Bool {
    if let uid, !uid.isEmpty, uids.contains(uid) { return true }
    if hasAnyNamespaceKeys, keys.contains(Self.key(kind, Self.anyNamespace, name)) { return true }
    return keys.contains(Self.key(kind, namespace, name))
  }

  /// The scope of a `--for` object that no longer exists: what its events still name, by kind and name (in
  /// `namespace`, or in any when nil: `-A`), or by uid when it was named by one. Its owners and what it owned
  /// are not known.
  public static func gone(kind: String, namespace: String?, name: String) -> ObjectScope {
    var scope = ObjectScope()
    scope.insert(kind: kind, namespace: namespace ?? anyNamespace, name: name, uid: nil)
    scope.hasAnyNamespaceKeys = namespace == nil
    if UUID(uuidString: name) != nil { scope.uids.insert(name.lowercased()) }
    return scope
  }

  /// Adds the owner chain of an object (ownerReferences, followed through the listed workloads).
  public mutating func insertOwners(
    of owners: [OwnerReference]?, namespace: String, workloads: [String: Workload]
  ) {
    var pending = owners ?? []
    var seen = Set<String>()
    while let owner = pending.popLast() {
      guard seen.insert(owner.uid).inserted else { continue }
      insert(kind: owner.kind, namespace: namespace, name: owner.name, uid: owner.uid)
      if let workload = workloads[owner.uid] { pending += workload.metadata.ownerReferences ?? [] }
    }
  }

  /// The scope of a `--for` target: itself, its owners, and everything it owns (workloads, then pods).
  public static func target(
    kind: String, namespace: String, name: String, uid: String?, owners: [OwnerReference]?,
    workloads: [Workload], pods: [Pod]
  ) -> ObjectScope {
    var scope = ObjectScope()
    scope.insert(kind: kind, namespace: namespace, name: name, uid: uid)
    let byUID = Dictionary(workloads.compactMap { w in w.metadata.uid.map { ($0, w) } }) { a, _ in a }
    scope.insertOwners(of: owners, namespace: namespace, workloads: byUID)
    guard let uid, !uid.isEmpty else { return scope }
    // Descendants: repeat until no new owner is found (Deployment → ReplicaSet → Pod).
    var owned: Set<String> = [uid]
    var changed = true
    while changed {
      changed = false
      for workload in workloads {
        guard let id = workload.metadata.uid, !owned.contains(id) else { continue }
        if (workload.metadata.ownerReferences ?? []).contains(where: { owned.contains($0.uid) }) {
          owned.insert(id)
          scope.insert(
            kind: workload.kind ?? "", namespace: workload.metadata.namespace ?? namespace,
            name: workload.metadata.name, uid: id)
          changed = true
        }
      }
    }
    for pod in pods where (pod.metadata.ownerReferences ?? []).contains(where: { owned.contains($0.uid) }) {
      scope.insert(
        kind: "Pod", namespace: pod.metadata.namespace ?? namespace, name: pod.metadata.name, uid: pod.metadata.uid)
    }
    return scope
  }

  /// The scope of selected pods: the pods and their owners, and the controllers whose pod template the
  /// selector matches with their owners, since one that cannot create its pods has none to select.
  public static func pods(_ pods: [Pod], workloads: [Workload], selector: LabelSelector?) -> ObjectScope {
    var scope = ObjectScope()
    let byUID = Dictionary(workloads.compactMap { w in w.metadata.uid.map { ($0, w) } }) { a, _ in a }
    for pod in pods {
      let namespace = pod.metadata.namespace ?? ""
      scope.insert(kind: "Pod", namespace: namespace, name: pod.metadata.name, uid: pod.metadata.uid)
      scope.insertOwners(of: pod.metadata.ownerReferences, namespace: namespace, workloads: byUID)
    }
    for workload in workloads where selector?.matches(workload.podTemplateLabels) == true {
      let namespace = workload.metadata.namespace ?? ""
      scope.insert(
        kind: workload.kind ?? "", namespace: namespace, name: workload.metadata.name, uid: workload.metadata.uid)
      scope.insertOwners(of: workload.metadata.ownerReferences, namespace: namespace, workloads: byUID)
    }
    return scope
  }
}

/// How a `--for` or `-l` scope is worked out from the pods it may take in, so that `--watch` can take in the pods
/// made after it started (a rollout's new pods, a Job's retries). The workloads are those read at the start.
public struct ScopeRule: Sendable {
  let make: @Sendable ([Pod]) -> ObjectScope

  /// The scope with these pods.
  public func scope(_ pods: [Pod]) -> ObjectScope { make(pods) }

  /// A `--for` target's scope (`ObjectScope.target`), with the objects it owns that are neither workloads nor
  /// pods (`EventsQuery.ownedObjects`), which a watch keeps as read at the start, as it does the workloads.
  static func target(
    kind: String, metadata: ObjectMeta, workloads: [Workload], owned: ObjectScope = ObjectScope()
  ) -> ScopeRule {
    ScopeRule { pods in
      var scope = ObjectScope.target(
        kind: kind, namespace: metadata.namespace ?? "", name: metadata.name, uid: metadata.uid,
        owners: metadata.ownerReferences, workloads: workloads, pods: pods)
      scope.formUnion(owned)
      return scope
    }
  }

  /// A gone `--for` object's scope (`ObjectScope.gone`), whatever the pods.
  static func gone(kind: String, namespace: String?, name: String) -> ScopeRule {
    let scope = ObjectScope.gone(kind: kind, namespace: namespace, name: name)
    return ScopeRule { _ in scope }
  }

  /// Selected pods' scope (`ObjectScope.pods`).
  static func pods(workloads: [Workload], selector: LabelSelector?) -> ScopeRule {
    ScopeRule { pods in ObjectScope.pods(pods, workloads: workloads, selector: selector) }
  }
}
