import Crypto
import Foundation
import KubeAPI

/// Non-resource paths beyond health and version: a minimal OpenAPI v3 that tells kubectl the server
/// validates fields itself (`fieldValidation`), so `kubectl apply` does not need schemas.
extension SimAPI {
  func nonResource(_ request: SimRequest, registry: ResourceRegistry) async throws(StatusError) -> Reply? {
    guard request.method == .GET, request.segments.first == "openapi", request.segments.dropFirst().first == "v3"
    else { return nil }
    let rest = Array(request.segments.dropFirst(2))
    if rest.isEmpty {
      return .response(.json(JSONWriter.encode(OpenAPIDocuments.index(registry: registry))))
    }
    let groupVersion: (group: String, version: String)
    switch rest.count {
    case 2 where rest[0] == "api": groupVersion = ("", rest[1])
    case 3 where rest[0] == "apis": groupVersion = (rest[1], rest[2])
    default: return nil
    }
    guard registry.serves(group: groupVersion.group, version: groupVersion.version) else { return nil }
    let document = OpenAPIDocuments.groupVersion(
      group: groupVersion.group, version: groupVersion.version, registry: registry)
    return .response(.json(JSONWriter.encode(document)))
  }
}

/// OpenAPI v3 documents with one PATCH operation per resource, declaring the `fieldValidation` parameter.
enum OpenAPIDocuments {
  static func index(registry: ResourceRegistry) -> JSONValue {
    var paths: [String: JSONValue] = [:]
    var groupVersions: [(String, String)] = [("", "v1")]
    for group in registry.groups {
      for version in registry.versions(of: group) { groupVersions.append((group, version)) }
    }
    for (group, version) in groupVersions {
      let path = group.isEmpty ? "api/\(version)" : "apis/\(group)/\(version)"
      let digest = SHA256.hash(
        data: JSONWriter.encode(groupVersion(group: group, version: version, registry: registry)))
      let hash = digest.prefix(16).map { String(format: "%02X", $0) }.joined()
      paths[path] = .object(["serverRelativeURL": .string("/openapi/v3/\(path)?hash=\(hash)")])
    }
    return .object(["paths": .object(paths)])
  }

  static func groupVersion(group: String, version: String, registry: ResourceRegistry) -> JSONValue {
    var paths: [String: JSONValue] = [:]
    let prefix = group.isEmpty ? "/api/\(version)" : "/apis/\(group)/\(version)"
    for type in registry.types(group: group, version: version) where type.verbs.contains("patch") {
      let collection = type.namespaced ? "\(prefix)/namespaces/{namespace}/\(type.plural)" : "\(prefix)/\(type.plural)"
      let operation = JSONValue.object([
        "operationId": .string("patch\(type.kind)"),
        "x-kubernetes-action": .string("patch"),
        "x-kubernetes-group-version-kind": .object([
          "group": .string(group), "version": .string(version), "kind": .string(type.kind),
        ]),
        "parameters": .array(
          ["dryRun", "fieldManager", "fieldValidation", "force"].map { name in
            .object(["name": .string(name), "in": .string("query"), "schema": .object(["type": .string("string")])])
          }),
        "responses": .object(["200": .object(["description": .string("OK")])]),
      ])
      paths["\(collection)/{name}"] = .object(["patch": operation])
    }
    return .object([
      "openapi": .string("3.0.0"),
      "info": .object(["title": .string("Kubernetes"), "version": .string(SimAPI.gitVersion)]),
      "paths": .object(paths), "components": .object(["schemas": .object([:])]),
    ])
  }
}
