import Crypto
import Foundation
import KubeAPI

/// Discovery documents: legacy (`APIVersions`, `APIGroupList`, `APIGroup`, `APIResourceList`) and aggregated v2.
extension SimAPI {
  static let aggregatedContentType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"
  static let aggregatedBetaContentType = "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"

  func discovery(_ route: APIRoute, request: SimRequest, registry: ResourceRegistry) -> SimResponse {
    switch route {
    case .coreVersions:
      if let aggregated = aggregatedVersion(request) {
        return aggregatedResponse(
          Discovery.aggregated(registry: registry, core: true, version: aggregated), request: request,
          version: aggregated)
      }
      return .json(JSONWriter.encode(Discovery.coreVersions(serverAddress: request.header("host") ?? "127.0.0.1")))
    case .groupList:
      if let aggregated = aggregatedVersion(request) {
        return aggregatedResponse(
          Discovery.aggregated(registry: registry, core: false, version: aggregated), request: request,
          version: aggregated)
      }
      return .json(JSONWriter.encode(Discovery.groupList(registry: registry)))
    case .group(let group):
      return .json(JSONWriter.encode(Discovery.group(group, registry: registry)))
    case .resourceList(let group, let version):
      return .json(JSONWriter.encode(Discovery.resourceList(group: group, version: version, registry: registry)))
    default:
      return .status(.pathNotFound)
    }
  }

  /// `v2` or `v2beta1` when the Accept header asks for aggregated discovery (first acceptable type wins).
  private func aggregatedVersion(_ request: SimRequest) -> String? {
    for media in request.acceptedMediaTypes {
      if media.type == "application/json", media.parameters["g"] == "apidiscovery.k8s.io",
        media.parameters["as"] == "APIGroupDiscoveryList", let version = media.parameters["v"],
        version == "v2" || version == "v2beta1"
      {
        return version
      }
      if media.type == "application/json" || media.type == "*/*" { return nil }
    }
    return nil
  }

  private func aggregatedResponse(_ document: JSONValue, request: SimRequest, version: String) -> SimResponse {
    let body = JSONWriter.encode(document)
    let digest = SHA256.hash(data: body).map { String(format: "%02X", $0) }.joined()
    let etag = "\"\(digest)\""
    let contentType = version == "v2" ? Self.aggregatedContentType : Self.aggregatedBetaContentType
    if request.header("if-none-match") == etag {
      return SimResponse(status: 304, headers: [("ETag", etag), ("Vary", "Accept")], body: [])
    }
    return SimResponse(
      status: 200, headers: [("Content-Type", contentType), ("ETag", etag), ("Vary", "Accept")], body: body)
  }
}

/// Builders of the discovery documents.
enum Discovery {
  static func coreVersions(serverAddress: String) -> JSONValue {
    .object([
      "kind": .string("APIVersions"), "versions": .array([.string("v1")]),
      "serverAddressByClientCIDRs": .array([
        .object(["clientCIDR": .string("0.0.0.0/0"), "serverAddress": .string(serverAddress)])
      ]),
    ])
  }

  static func groupList(registry: ResourceRegistry) -> JSONValue {
    .object([
      "kind": .string("APIGroupList"), "apiVersion": .string("v1"),
      "groups": .array(registry.groups.map { groupJSON($0, registry: registry) }),
    ])
  }

  static func group(_ name: String, registry: ResourceRegistry) -> JSONValue {
    var group = groupJSON(name, registry: registry)
    group["kind"] = .string("APIGroup")
    group["apiVersion"] = .string("v1")
    return group
  }

  private static func groupJSON(_ name: String, registry: ResourceRegistry) -> JSONValue {
    let versions = registry.versions(of: name).map { version in
      JSONValue.object(["groupVersion": .string("\(name)/\(version)"), "version": .string(version)])
    }
    return .object([
      "name": .string(name), "versions": .array(versions), "preferredVersion": versions.first ?? .null,
    ])
  }

  static func resourceList(group: String, version: String, registry: ResourceRegistry) -> JSONValue {
    var resources: [JSONValue] = []
    for type in registry.types(group: group, version: version) {
      var entry: [String: JSONValue] = [
        "name": .string(type.plural), "singularName": .string(type.singular), "namespaced": .bool(type.namespaced),
        "kind": .string(type.kind), "verbs": .array(type.verbs.map(JSONValue.string)),
      ]
      if !type.shortNames.isEmpty { entry["shortNames"] = .array(type.shortNames.map(JSONValue.string)) }
      if !type.categories.isEmpty { entry["categories"] = .array(type.categories.map(JSONValue.string)) }
      resources.append(.object(entry))
      for sub in type.subresources {
        var subEntry: [String: JSONValue] = [
          "name": .string("\(type.plural)/\(sub.name)"), "singularName": .string(""),
          "namespaced": .bool(type.namespaced), "kind": .string(sub.kind),
          "verbs": .array(sub.verbs.map(JSONValue.string)),
        ]
        if let subGroup = sub.group { subEntry["group"] = .string(subGroup) }
        if let subVersion = sub.version { subEntry["version"] = .string(subVersion) }
        resources.append(.object(subEntry))
      }
    }
    return .object([
      "kind": .string("APIResourceList"), "apiVersion": .string("v1"),
      "groupVersion": .string(group.isEmpty ? version : "\(group)/\(version)"), "resources": .array(resources),
    ])
  }

  static func aggregated(registry: ResourceRegistry, core: Bool, version discoveryVersion: String) -> JSONValue {
    let groups = core ? [""] : registry.groups
    let items = groups.map { group -> JSONValue in
      let versions = (group.isEmpty ? ["v1"] : registry.versions(of: group)).map { version -> JSONValue in
        let resources = registry.types(group: group, version: version).map { aggregatedResource($0, version: version) }
        return .object(["version": .string(version), "freshness": .string("Current"), "resources": .array(resources)])
      }
      var metadata: [String: JSONValue] = ["creationTimestamp": .null]
      if !group.isEmpty { metadata["name"] = .string(group) }
      return .object(["metadata": .object(metadata), "versions": .array(versions)])
    }
    return .object([
      "kind": .string("APIGroupDiscoveryList"), "apiVersion": .string("apidiscovery.k8s.io/\(discoveryVersion)"),
      "metadata": .object([:]), "items": .array(items),
    ])
  }

  private static func aggregatedResource(_ type: ResourceType, version: String) -> JSONValue {
    var entry: [String: JSONValue] = [
      "resource": .string(type.plural), "singularResource": .string(type.singular),
      "scope": .string(type.namespaced ? "Namespaced" : "Cluster"),
      "responseKind": .object(["group": .string(type.group), "version": .string(version), "kind": .string(type.kind)]),
      "verbs": .array(type.verbs.sorted().map(JSONValue.string)),
    ]
    if !type.shortNames.isEmpty { entry["shortNames"] = .array(type.shortNames.map(JSONValue.string)) }
    if !type.categories.isEmpty { entry["categories"] = .array(type.categories.map(JSONValue.string)) }
    if !type.subresources.isEmpty {
      entry["subresources"] = .array(
        type.subresources.map { sub in
          .object([
            "subresource": .string(sub.name),
            "responseKind": .object([
              "group": .string(sub.group ?? type.group), "version": .string(sub.version ?? version),
              "kind": .string(sub.kind),
            ]),
            "verbs": .array(sub.verbs.map(JSONValue.string)),
          ])
        })
    }
    return .object(entry)
  }
}
