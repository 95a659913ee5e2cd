import NIOHTTP1

/// What a request path addresses.
enum APIRoute: Sendable {
  case nonResource(String)
  case coreVersions
  case groupList
  case group(String)
  case resourceList(group: String, version: String)
  case resource(ResourceTarget)
  case unknown

  /// Parses `/api/...` and `/apis/...` paths against the served resources.
  static func parse(_ segments: [String], path: String, registry: ResourceRegistry) -> APIRoute {
    guard let root = segments.first, root == "api" || root == "apis" else { return .nonResource(path) }
    var rest = ArraySlice(segments.dropFirst())
    let group: String
    if root == "api" {
      guard let version = rest.first else { return .coreVersions }
      guard version == "v1" else { return .unknown }
      group = ""
    } else {
      guard let named = rest.popFirst() else { return .groupList }
      group = named
      guard rest.first != nil else {
        return registry.groups.contains(group) ? .group(group) : .unknown
      }
    }
    guard let version = rest.popFirst() else { return .unknown }
    guard registry.serves(group: group, version: version) else { return .unknown }
    guard !rest.isEmpty else { return .resourceList(group: group, version: version) }
    var namespace: String?
    if rest.first == "namespaces", rest.count >= 3,
      !(rest.count == 3 && ["status", "finalize"].contains(rest[rest.startIndex + 2]))
    {
      namespace = rest[rest.startIndex + 1]
      rest = rest.dropFirst(2)
    }
    guard let plural = rest.popFirst(), let type = registry.lookup(group: group, version: version, plural: plural)
    else { return .unknown }
    if namespace != nil, !type.namespaced { return .unknown }
    let name = rest.popFirst()
    let subresource = rest.popFirst()
    if let subresource, type.subresource(subresource) == nil { return .unknown }
    if !rest.isEmpty, subresource != "proxy" { return .unknown }
    return .resource(
      ResourceTarget(
        type: type, version: version, namespace: namespace, name: name, subresource: subresource,
        proxyPath: rest.isEmpty ? nil : "/" + rest.joined(separator: "/")))
  }
}

/// A request for a resource, collection or subresource.
struct ResourceTarget: Sendable {
  var type: ResourceType
  var version: String
  /// nil for cluster-scoped resources and all-namespace collections.
  var namespace: String?
  var name: String?
  var subresource: String?
  /// The rest of a proxy path (`/api/v1/query`).
  var proxyPath: String?

  /// The RBAC verb of `method` on this target.
  func verb(method: HTTPMethod, watch: Bool) -> String {
    switch method {
    case .GET, .HEAD:
      if subresource == "proxy" { return "get" }
      if watch { return "watch" }
      return name == nil ? "list" : "get"
    case .POST: return "create"
    case .PUT: return "update"
    case .PATCH: return "patch"
    case .DELETE:
      if subresource == "proxy" { return "delete" }
      return name == nil ? "deletecollection" : "delete"
    default: return "get"
    }
  }
}
