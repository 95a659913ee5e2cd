import Foundation
import KubeAPI

/// Write verbs: create, update, patch, delete, and loading state.
extension SimState {
  /// The outcome of a write: the stored object and whether it was created (201) rather than changed.
  struct WriteResult: Sendable {
    var stored: StoredObject
    var created: Bool
  }

  // MARK: Create

  func create(
    type: ResourceType, version: String, namespace: String?, body: JSONValue, dryRun: Bool = false
  ) throws(StatusError) -> StoredObject {
    try ObjectValidation.checkKind(body, type: type, version: version)
    let storage = storageType(of: type)
    var object = toStorage(body, type: type)
    try place(&object, type: storage, namespace: namespace)
    var name = object[path: ["metadata", "name"]]?.stringValue ?? ""
    if name.isEmpty, let prefix = object[path: ["metadata", "generateName"]]?.stringValue, !prefix.isEmpty {
      name = prefix + random.suffix(5)
      object["metadata"]?["name"] = .string(name)
    }
    try ObjectValidation.checkName(name, type: storage)
    let namespaceName = object[path: ["metadata", "namespace"]]?.stringValue ?? ""
    try requireNamespace(namespaceName, type: storage)
    if self.object(type: storage, namespace: namespaceName, name: name) != nil {
      throw StatusError.alreadyExists(resource: type.plural, group: type.group, name: name)
    }
    if storage.storageKey == "apiextensions.k8s.io/customresourcedefinitions" {
      _ = try CRDDefinition(object)
    }
    fillNewMetadata(&object, type: storage, preserve: false)
    if storage.storageKey == "/pods" { PodCreation.prepare(&object) }
    if dryRun {
      return StoredObject(object: object, resourceVersion: resourceVersion, storageKey: storage.storageKey)
    }
    return commit(object, type: storage, kind: .added)
  }

  // MARK: Update

  func update(
    type: ResourceType, version: String, namespace: String?, name: String, body: JSONValue,
    subresource: String? = nil, dryRun: Bool = false
  ) throws(StatusError) -> WriteResult {
    try ObjectValidation.checkKind(body, type: type, version: version)
    let storage = storageType(of: type)
    var incoming = toStorage(body, type: type)
    if let bodyName = incoming[path: ["metadata", "name"]]?.stringValue, !bodyName.isEmpty, bodyName != name {
      throw StatusError.badRequest("the name of the object (\(bodyName)) does not match the name on the URL (\(name))")
    }
    incoming["metadata"]?["name"] = .string(name)
    try place(&incoming, type: storage, namespace: namespace)
    guard let current = object(type: storage, namespace: namespace ?? "", name: name) else {
      throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
    }
    if let expected = incoming[path: ["metadata", "resourceVersion"]]?.stringValue, !expected.isEmpty,
      expected != String(current.resourceVersion)
    {
      throw StatusError.conflict(resource: type.plural, group: type.group, name: name)
    }
    let merged = compose(current: current.object, incoming: incoming, type: storage, subresource: subresource)
    return WriteResult(stored: replace(current, with: merged, type: storage, dryRun: dryRun), created: false)
  }

  /// Stores `merged` in place of `current` unless nothing changed (then no new resourceVersion, like etcd).
  func replace(_ current: StoredObject, with merged: JSONValue, type: ResourceType, dryRun: Bool) -> StoredObject {
    var comparable = merged
    comparable["metadata"]?["resourceVersion"] = current.object[path: ["metadata", "resourceVersion"]]
    if comparable == current.object || dryRun {
      return dryRun
        ? StoredObject(object: merged, resourceVersion: current.resourceVersion, storageKey: type.storageKey)
        : current
    }
    return commit(merged, type: type, kind: .modified)
  }

  /// The object an update produces: status and identity handled as kube-apiserver's strategies do.
  func compose(current: JSONValue, incoming: JSONValue, type: ResourceType, subresource: String?) -> JSONValue {
    var result: JSONValue
    if subresource == "status" {
      result = current
      result["status"] = incoming["status"]
    } else {
      result = incoming
      if type.subresource("status") != nil { result["status"] = current["status"] }
    }
    let currentMeta = current["metadata"]
    for key in ["uid", "creationTimestamp", "namespace", "name", "generation", "deletionTimestamp"] {
      result["metadata"]?[key] = currentMeta?[key]
    }
    if subresource != "status", incoming["spec"] != current["spec"] {
      let generation = currentMeta?["generation"]?.intValue ?? 0
      result["metadata"]?["generation"] = .int(generation + 1)
    }
    if result["status"] == nil || result["status"] == .null {
      if var members = result.objectValue {
        members.removeValue(forKey: "status")
        result = .object(members)
      }
    }
    return result
  }

  // MARK: Delete

  func delete(type: ResourceType, namespace: String?, name: String, precondition: (uid: String?, rv: String?))
    throws(StatusError) -> StoredObject
  {
    let storage = storageType(of: type)
    guard let current = object(type: storage, namespace: namespace ?? "", name: name) else {
      throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
    }
    if let uid = precondition.uid, current.object[path: ["metadata", "uid"]]?.stringValue != uid {
      throw StatusError(
        code: 409, reason: "Conflict",
        message: "Operation cannot be fulfilled on \(type.qualifiedName) \"\(name)\": Precondition failed: UID in "
          + "precondition: \(uid), UID in object meta: \(current.object[path: ["metadata", "uid"]]?.stringValue ?? "")",
        details: .init(name: name, group: type.group, kind: type.plural))
    }
    if let rv = precondition.rv, String(current.resourceVersion) != rv {
      throw StatusError.conflict(resource: type.plural, group: type.group, name: name)
    }
    guard let removed = erase(namespace: namespace ?? "", name: name, type: storage) else {
      throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
    }
    return removed
  }

  // MARK: Loading

  /// Creates or replaces objects as given (keeping their uids and timestamps); CRDs and namespaces first.
  /// Namespaces that objects need are created when missing.
  func load(_ objects: [JSONValue]) throws(SimError) {
    let ordered = StateOrdering.sorted(objects)
    for (index, object) in ordered.enumerated() {
      let apiVersion = object["apiVersion"]?.stringValue ?? ""
      let kind = object["kind"]?.stringValue ?? ""
      guard let type = registry.lookup(apiVersion: apiVersion, kind: kind) else {
        throw SimError.unknownKind(apiVersion: apiVersion, kind: kind, index: index)
      }
      let storage = storageType(of: type)
      var stored = toStorage(object, type: type)
      let name = stored[path: ["metadata", "name"]]?.stringValue ?? ""
      guard !name.isEmpty else { throw SimError.invalidObject("\(kind) #\(index) has no metadata.name") }
      let namespace = stored[path: ["metadata", "namespace"]]?.stringValue ?? ""
      if storage.namespaced {
        let effective = namespace.isEmpty ? "default" : namespace
        stored["metadata"]?["namespace"] = .string(effective)
        ensureNamespace(effective)
      } else if namespace != "" {
        stored["metadata"]?["namespace"] = nil
        if var metadata = stored["metadata"]?.objectValue {
          metadata.removeValue(forKey: "namespace")
          stored["metadata"] = .object(metadata)
        }
      }
      let existing = self.object(
        type: storage, namespace: stored[path: ["metadata", "namespace"]]?.stringValue ?? "", name: name)
      // A replacement keeps the identity of the object it replaces unless the input gives its own.
      for key in ["uid", "creationTimestamp"] where stored[path: ["metadata", key]] == nil {
        if let value = existing?.object[path: ["metadata", key]] { stored["metadata"]?[key] = value }
      }
      fillNewMetadata(&stored, type: storage, preserve: true)
      commit(stored, type: storage, kind: existing == nil ? .added : .modified)
    }
  }

  /// Creates namespace `name` if it does not exist.
  func ensureNamespace(_ name: String) {
    guard let type = registry.primary(storageKey: "/namespaces"),
      object(type: type, namespace: "", name: name) == nil
    else { return }
    var namespace = JSONValue.object([
      "apiVersion": .string("v1"), "kind": .string("Namespace"),
      "metadata": .object(["name": .string(name), "labels": .object(["kubernetes.io/metadata.name": .string(name)])]),
    ])
    fillNewMetadata(&namespace, type: type, preserve: true)
    commit(namespace, type: type, kind: .added)
  }

  // MARK: Helpers

  /// The type whose shape objects are stored in (core Event for events.k8s.io events).
  func storageType(of type: ResourceType) -> ResourceType {
    registry.primary(storageKey: type.storageKey) ?? type
  }

  /// Converts a request body to the stored shape.
  func toStorage(_ body: JSONValue, type: ResourceType) -> JSONValue {
    var object = type.group == "events.k8s.io" ? EventConversion.toCore(body) : body
    let storage = storageType(of: type)
    object["apiVersion"] = .string(storage.apiVersion(storage.versions[0]))
    object["kind"] = .string(storage.kind)
    if object["metadata"] == nil || object["metadata"] == .null { object["metadata"] = .object([:]) }
    return object
  }

  /// Puts the object in the request's namespace, rejecting a different one in the body.
  private func place(_ object: inout JSONValue, type: ResourceType, namespace: String?) throws(StatusError) {
    let bodyNamespace = object[path: ["metadata", "namespace"]]?.stringValue ?? ""
    if type.namespaced {
      let target = namespace ?? ""
      if !bodyNamespace.isEmpty, bodyNamespace != target {
        throw StatusError.badRequest(
          "the namespace of the provided object does not match the namespace sent on the request")
      }
      object["metadata"]?["namespace"] = .string(target)
    } else if var metadata = object["metadata"]?.objectValue, metadata["namespace"] != nil {
      metadata.removeValue(forKey: "namespace")
      object["metadata"] = .object(metadata)
    }
  }

  private func requireNamespace(_ namespace: String, type: ResourceType) throws(StatusError) {
    guard type.namespaced else { return }
    guard let namespaces = registry.primary(storageKey: "/namespaces"),
      object(type: namespaces, namespace: "", name: namespace) != nil
    else {
      throw StatusError.notFound(resource: "namespaces", group: "", name: namespace)
    }
  }

  /// Server-owned metadata of a new object; `preserve` keeps values the input already has (loading).
  func fillNewMetadata(_ object: inout JSONValue, type: ResourceType, preserve: Bool) {
    var metadata = object["metadata"]?.objectValue ?? [:]
    if !preserve || metadata["uid"]?.stringValue == nil { metadata["uid"] = .string(random.uuid()) }
    if !preserve || metadata["creationTimestamp"]?.stringValue == nil {
      metadata["creationTimestamp"] = .string(SimClock.timestamp(clock.now()))
    }
    if object["spec"] != nil, !preserve || metadata["generation"] == nil { metadata["generation"] = .int(1) }
    if !preserve {
      for key in ["deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"] { metadata.removeValue(forKey: key) }
    }
    object["metadata"] = .object(metadata)
    if type.storageKey == "/namespaces" {
      if object[path: ["status", "phase"]] == nil { object["status"] = .object(["phase": .string("Active")]) }
      if object[path: ["spec", "finalizers"]] == nil {
        object["spec"] = .object(["finalizers": .array([.string("kubernetes")])])
      }
      let name = metadata["name"]?.stringValue ?? ""
      if object[path: ["metadata", "labels", "kubernetes.io/metadata.name"]] == nil {
        var labels = metadata["labels"]?.objectValue ?? [:]
        labels["kubernetes.io/metadata.name"] = .string(name)
        object["metadata"]?["labels"] = .object(labels)
      }
    }
  }
}
