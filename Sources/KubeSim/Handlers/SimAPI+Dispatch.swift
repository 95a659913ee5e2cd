import Foundation
import KubeAPI
import NIOHTTP1

/// Routing a parsed request to discovery or a verb handler, after authorization.
extension SimAPI {
  func dispatch(
    _ route: APIRoute, request: SimRequest, user: SimUser, access: AccessControl, registry: ResourceRegistry,
    sink: ResponseSink
  ) async throws(StatusError) -> Reply {
    switch route {
    case .resource(let target):
      let verb = target.verb(method: request.method, watch: request.flag("watch"))
      // As kube-apiserver's RequestInfo reads `/api/v1/namespaces/shop`: a request for one namespace is in it.
      let isOneNamespace = target.type.group.isEmpty && target.type.plural == "namespaces" && target.name != nil
      let attributes = AccessAttributes(
        verb: verb, group: target.type.group, version: target.version, resource: target.type.plural,
        subresource: target.subresource ?? "", name: target.name ?? "",
        namespace: isOneNamespace ? target.name ?? "" : target.namespace ?? "")
      permissionLog?(attributes.permission)
      let decision = access.authorize(user, attributes)
      guard decision.allowed else { throw AccessControl.forbidden(user, attributes, reason: decision.reason) }
      return try await resource(target, verb: verb, request: request, user: user, access: access, sink: sink)
    case .unknown:
      try authorizePath(request, user: user, access: access)
      throw StatusError.pathNotFound
    case .nonResource:
      try authorizePath(request, user: user, access: access)
      if let reply = try await nonResource(request, registry: registry) { return reply }
      throw StatusError.pathNotFound
    case .coreVersions, .groupList, .group, .resourceList:
      try authorizePath(request, user: user, access: access)
      guard request.method == .GET || request.method == .HEAD else { throw StatusError.methodNotAllowed }
      return .response(discovery(route, request: request, registry: registry))
    }
  }

  private func authorizePath(_ request: SimRequest, user: SimUser, access: AccessControl) throws(StatusError) {
    let verb = request.method == .HEAD ? "get" : request.method.rawValue.lowercased()
    let attributes = AccessAttributes(verb: verb, path: request.path)
    let decision = access.authorize(user, attributes)
    guard decision.allowed else { throw AccessControl.forbidden(user, attributes, reason: decision.reason) }
  }

  private func resource(
    _ target: ResourceTarget, verb: String, request: SimRequest, user: SimUser, access: AccessControl,
    sink: ResponseSink
  ) async throws(StatusError) -> Reply {
    if target.type.behavior == .review {
      guard request.method == .POST, target.name == nil else { throw StatusError.methodNotAllowed }
      return .response(try await review(target, request: request, user: user, access: access))
    }
    switch target.subresource {
    case "log":
      guard request.method == .GET else { throw StatusError.methodNotAllowed }
      return try await logs(target, request: request, sink: sink)
    case "proxy":
      return .response(try await proxy(target, request: request))
    case "scale":
      return .response(try await scale(target, request: request))
    case "eviction":
      guard request.method == .POST else { throw StatusError.methodNotAllowed }
      return .response(try await evict(target, request: request))
    case .some(let name) where !["status"].contains(name):
      throw StatusError.methodNotAllowed
    default:
      break
    }
    switch verb {
    case "get": return .response(try await get(target, request: request))
    case "list": return .response(try await list(target, request: request))
    case "watch": return try await watch(target, request: request, sink: sink)
    case "create":
      guard target.name == nil else { throw StatusError.methodNotAllowed }
      return .response(try await create(target, request: request))
    case "update": return .response(try await update(target, request: request))
    case "patch": return .response(try await patch(target, request: request))
    case "delete": return .response(try await delete(target, request: request))
    case "deletecollection": return .response(try await deleteCollection(target, request: request))
    default: throw StatusError.methodNotAllowed
    }
  }

  /// Parses a JSON request body.
  func jsonBody(_ request: SimRequest) throws(StatusError) -> JSONValue {
    if let type = request.contentType?.type, type != "application/json", !type.hasSuffix("+json"), type != "*/*" {
      guard type == ProtobufBody.contentType else { throw ProtobufBody.unsupported }
      return try ProtobufBody.decode(request.body)
    }
    do {
      return try JSONValue.parse(Data(request.body))
    } catch {
      throw StatusError.badRequest("the object provided is unrecognized: invalid JSON: \(error)")
    }
  }
}
