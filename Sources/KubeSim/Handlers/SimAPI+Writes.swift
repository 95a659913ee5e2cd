import Foundation
import KubeAPI

/// create, update, patch, delete, deletecollection, scale and eviction.
extension SimAPI {
  func create(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    let body = try jsonBody(request)
    let stored = try await state.create(
      type: target.type, version: target.version, namespace: target.namespace, body: body,
      dryRun: request.query["dryRun"] == "All")
    return .json(stored.bytes(as: target.type, version: target.version), status: 201)
  }

  func update(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let name = target.name else { throw StatusError.methodNotAllowed }
    let result = try await state.update(
      type: target.type, version: target.version, namespace: target.namespace, name: name, body: try jsonBody(request),
      subresource: target.subresource, dryRun: request.query["dryRun"] == "All")
    return .json(result.stored.bytes(as: target.type, version: target.version), status: result.created ? 201 : 200)
  }

  func patch(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let name = target.name else { throw StatusError.methodNotAllowed }
    let kind = try patchKind(request, type: target.type)
    let body = try patchBody(request, kind: kind)
    let result = try await state.patch(
      type: target.type, version: target.version, namespace: target.namespace, name: name,
      subresource: target.subresource, kind: kind, patch: body, dryRun: request.query["dryRun"] == "All")
    return .json(result.stored.bytes(as: target.type, version: target.version), status: result.created ? 201 : 200)
  }

  func patchKind(_ request: SimRequest, type: ResourceType) throws(StatusError) -> SimState.PatchKind {
    var accepted = ["application/json-patch+json", "application/merge-patch+json", "application/apply-patch+yaml"]
    if !type.isCustom { accepted.insert("application/strategic-merge-patch+json", at: 2) }
    switch request.contentType?.type {
    case "application/json-patch+json": return .json
    case "application/merge-patch+json": return .merge
    case "application/strategic-merge-patch+json" where !type.isCustom: return .strategic
    case "application/apply-patch+yaml", "application/apply-patch+json", "application/apply-patch+cbor":
      return .apply
    default: throw StatusError.unsupportedMediaType(accepted)
    }
  }

  private func patchBody(_ request: SimRequest, kind: SimState.PatchKind) throws(StatusError) -> JSONValue {
    // Apply bodies are YAML or JSON whatever the content type says; YAML is a superset of JSON.
    if kind == .apply { return try ManifestParser.parseYAMLObject(request.body) }
    return try jsonBody(request)
  }

  func delete(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let name = target.name else { throw StatusError.methodNotAllowed }
    var uid: String?
    var rv: String?
    if !request.body.isEmpty {
      let options = try jsonBody(request)
      uid = options[path: ["preconditions", "uid"]]?.stringValue
      rv = options[path: ["preconditions", "resourceVersion"]]?.stringValue
    }
    let removed = try await state.delete(
      type: target.type, namespace: target.namespace, name: name, precondition: (uid, rv))
    return .json(removed.bytes(as: target.type, version: target.version))
  }

  func deleteCollection(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    let filter = try listFilter(target, request: request)
    let page = try await state.list(
      type: target.type, namespace: target.namespace, filter: filter, limit: 0, continueToken: nil)
    var removed: [StoredObject] = []
    for item in page.items {
      removed.append(
        try await state.delete(type: target.type, namespace: item.namespace, name: item.name, precondition: (nil, nil)))
    }
    let listMeta = JSONValue.object(["resourceVersion": .string(String(page.resourceVersion))])
    return .json(listBytes(removed, target: target, listMeta: listMeta))
  }

  func scale(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let name = target.name else { throw StatusError.methodNotAllowed }
    switch request.method {
    case .GET:
      return .json(JSONWriter.encode(try await state.scale(type: target.type, namespace: target.namespace, name: name)))
    case .PUT:
      let body = try jsonBody(request)
      let scale = try await state.updateScale(type: target.type, namespace: target.namespace, name: name) { _ in body }
      return .json(JSONWriter.encode(scale))
    case .PATCH:
      let kind = try patchKind(request, type: target.type)
      let body = try jsonBody(request)
      let scale = try await state.updateScale(type: target.type, namespace: target.namespace, name: name) {
        base throws(StatusError) in
        switch kind {
        case .json: return try JSONPatch.apply(body, to: base)
        case .strategic, .apply: return try StrategicMergePatch.apply(body, to: base)
        case .merge: return MergePatch.apply(body, to: base)
        }
      }
      return .json(JSONWriter.encode(scale))
    default:
      throw StatusError.methodNotAllowed
    }
  }

  /// `pods/eviction`: deletes the pod (PodDisruptionBudgets are not evaluated) and answers 201 Success.
  func evict(_ target: ResourceTarget, request: SimRequest) async throws(StatusError) -> SimResponse {
    guard let name = target.name else { throw StatusError.methodNotAllowed }
    _ = try await state.delete(type: target.type, namespace: target.namespace, name: name, precondition: (nil, nil))
    let status = JSONValue.object([
      "kind": .string("Status"), "apiVersion": .string("v1"), "metadata": .object([:]), "status": .string("Success"),
    ])
    return .json(JSONWriter.encode(status), status: 201)
  }
}
