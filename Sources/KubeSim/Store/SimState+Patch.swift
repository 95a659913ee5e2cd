import KubeAPI

/// Patches and scale, applied atomically inside the actor.
extension SimState {
  /// The patch formats of `Content-Type`.
  enum PatchKind: Sendable {
    case json, merge, strategic, apply
  }

  func patch(
    type: ResourceType, version: String, namespace: String?, name: String, subresource: String?, kind: PatchKind,
    patch: JSONValue, dryRun: Bool
  ) throws(StatusError) -> WriteResult {
    let storage = storageType(of: type)
    guard let current = object(type: storage, namespace: namespace ?? "", name: name) else {
      guard kind == .apply, subresource == nil else {
        throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
      }
      var body = patch
      if body[path: ["metadata", "name"]] == nil { body["metadata"]?["name"] = .string(name) }
      let created = try create(type: type, version: version, namespace: namespace, body: body, dryRun: dryRun)
      return WriteResult(stored: created, created: true)
    }
    let base = current.value(as: type, version: version)
    let patched: JSONValue
    switch kind {
    case .json: patched = try JSONPatch.apply(patch, to: base)
    case .merge: patched = MergePatch.apply(patch, to: base)
    case .strategic: patched = try StrategicMergePatch.apply(patch, to: base)
    case .apply:
      try ObjectValidation.checkKind(patch, type: type, version: version)
      patched = type.isCustom ? MergePatch.apply(patch, to: base) : try StrategicMergePatch.apply(patch, to: base)
    }
    guard case .object = patched else { throw StatusError.badRequest("the patch did not produce an object") }
    if let patchedRV = patched[path: ["metadata", "resourceVersion"]]?.stringValue,
      patchedRV != String(current.resourceVersion)
    {
      throw StatusError.conflict(resource: type.plural, group: type.group, name: name)
    }
    if let patchedName = patched[path: ["metadata", "name"]]?.stringValue, patchedName != name {
      throw StatusError.badRequest(
        "the name of the object (\(patchedName)) does not match the name on the URL (\(name))")
    }
    var incoming = toStorage(patched, type: type)
    incoming["metadata"]?["namespace"] = current.object[path: ["metadata", "namespace"]]
    let merged = compose(current: current.object, incoming: incoming, type: storage, subresource: subresource)
    return WriteResult(stored: replace(current, with: merged, type: storage, dryRun: dryRun), created: false)
  }

  /// The `autoscaling/v1` Scale of a scalable object.
  func scale(type: ResourceType, namespace: String?, name: String) throws(StatusError) -> JSONValue {
    guard let current = object(type: storageType(of: type), namespace: namespace ?? "", name: name) else {
      throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
    }
    return Self.scaleObject(current)
  }

  /// Sets `spec.replicas` from a Scale (replaced or patched) and returns the new Scale.
  func updateScale(
    type: ResourceType, namespace: String?, name: String, transform: (JSONValue) throws(StatusError) -> JSONValue
  ) throws(StatusError) -> JSONValue {
    let storage = storageType(of: type)
    guard let current = object(type: storage, namespace: namespace ?? "", name: name) else {
      throw StatusError.notFound(resource: type.plural, group: type.group, name: name)
    }
    let scale = try transform(Self.scaleObject(current))
    if let rv = scale[path: ["metadata", "resourceVersion"]]?.stringValue, !rv.isEmpty,
      rv != String(current.resourceVersion)
    {
      throw StatusError.conflict(resource: type.plural, group: type.group, name: name)
    }
    guard let replicas = scale[path: ["spec", "replicas"]]?.intValue, replicas >= 0 else {
      throw StatusError.invalid(
        kind: "Scale", group: "autoscaling", name: name,
        causes: [
          .init(
            reason: "FieldValueInvalid", message: "Invalid value: must be greater than or equal to 0",
            field: "spec.replicas")
        ])
    }
    var object = current.object
    object["spec"]?["replicas"] = .int(replicas)
    if object["spec"] != current.object["spec"] {
      let generation = object[path: ["metadata", "generation"]]?.intValue ?? 0
      object["metadata"]?["generation"] = .int(generation + 1)
    }
    let stored = replace(current, with: object, type: storage, dryRun: false)
    return Self.scaleObject(stored)
  }

  private static func scaleObject(_ stored: StoredObject) -> JSONValue {
    let metadata = stored.object["metadata"]
    var scaleMeta: [String: JSONValue] = [:]
    for key in ["name", "namespace", "uid", "resourceVersion", "creationTimestamp"] {
      if let value = metadata?[key] { scaleMeta[key] = value }
    }
    var status: [String: JSONValue] = ["replicas": .int(stored.object[path: ["status", "replicas"]]?.intValue ?? 0)]
    let selector = BuiltinPrinters.selectorText(stored.object[path: ["spec", "selector"]])
    if selector != "<none>" { status["selector"] = .string(selector) }
    return .object([
      "kind": .string("Scale"), "apiVersion": .string("autoscaling/v1"), "metadata": .object(scaleMeta),
      "spec": .object(["replicas": .int(stored.object[path: ["spec", "replicas"]]?.intValue ?? 0)]),
      "status": .object(status),
    ])
  }
}
