import Foundation
import KubeAPI

/// The attributes of a request that authorization decides on.
struct AccessAttributes: Sendable, Equatable {
  var verb: String
  var group: String = ""
  var version: String = ""
  var resource: String = ""
  var subresource: String = ""
  var name: String = ""
  var namespace: String = ""
  /// Set for non-resource requests (`/healthz`).
  var path: String?

  var isResourceRequest: Bool { path == nil }

  /// The verb and resource as kubectl and `lamp rbac check` write them: `get pods/log`, `list events.events.k8s.io`.
  var permission: String {
    let qualified = group.isEmpty ? resource : resource + "." + group
    return verb + " " + (subresource.isEmpty ? qualified : qualified + "/" + subresource)
  }
}

/// An authorization decision and its RBAC reason.
struct AccessDecision: Sendable, Equatable {
  var allowed: Bool
  var reason: String
}

/// Authorization as kube-apiserver chains it: `system:masters` always allowed, then RBAC over the
/// Roles, ClusterRoles and bindings of the current state.
struct AccessControl: Sendable {
  private let authorizer: RBACAuthorizer

  /// Builds the authorizer; objects that do not decode (a real apiserver would have refused them) are ignored.
  init(rbac: [String: [JSONValue]]) {
    authorizer = RBACAuthorizer(
      roles: Self.decode(rbac["roles"], as: Role.self),
      roleBindings: Self.decode(rbac["rolebindings"], as: RoleBinding.self),
      clusterRoles: Self.decode(rbac["clusterroles"], as: ClusterRole.self),
      clusterRoleBindings: Self.decode(rbac["clusterrolebindings"], as: ClusterRoleBinding.self))
  }

  private static func decode<T: Decodable>(_ objects: [JSONValue]?, as type: T.Type) -> [T] {
    let decoder = JSONDecoder()
    var result: [T] = []
    for object in objects ?? [] {
      do {
        result.append(try decoder.decode(T.self, from: Data(JSONWriter.encode(object))))
      } catch {
        continue
      }
    }
    return result
  }

  func authorize(_ user: SimUser, _ attributes: AccessAttributes) -> AccessDecision {
    // kube-apiserver's privileged-group authorizer runs before RBAC and gives no reason.
    if user.isSuperuser { return AccessDecision(allowed: true, reason: "") }
    let info = UserInfo(name: user.name, groups: user.groups, uid: user.uid, extra: user.extra)
    let decision: RBACDecision
    if let path = attributes.path {
      decision = authorizer.authorize(info, NonResourceAttributes(path: path, verb: attributes.verb))
    } else {
      decision = authorizer.authorize(
        info,
        ResourceAttributes(
          verb: attributes.verb, group: attributes.group, version: attributes.version, resource: attributes.resource,
          subresource: attributes.subresource, name: attributes.name, namespace: attributes.namespace))
    }
    return AccessDecision(allowed: decision.allowed, reason: decision.reason)
  }

  /// SelfSubjectRulesReview's rules for `user` in `namespace`, as JSON.
  func rules(for user: SimUser, namespace: String) -> (resourceRules: [JSONValue], nonResourceRules: [JSONValue]) {
    let info = UserInfo(name: user.name, groups: user.groups, uid: user.uid, extra: user.extra)
    let review = authorizer.rulesReview(for: info, namespace: namespace)
    return (review.resourceRules.map(Self.json), review.nonResourceRules.map(Self.json))
  }

  private static func json(_ rule: PolicyRule) -> JSONValue {
    var members: [String: JSONValue] = ["verbs": .array(rule.verbs.map(JSONValue.string))]
    if !rule.apiGroups.isEmpty || !rule.resources.isEmpty {
      members["apiGroups"] = .array(rule.apiGroups.map(JSONValue.string))
    }
    if !rule.resources.isEmpty { members["resources"] = .array(rule.resources.map(JSONValue.string)) }
    if !rule.resourceNames.isEmpty { members["resourceNames"] = .array(rule.resourceNames.map(JSONValue.string)) }
    if !rule.nonResourceURLs.isEmpty {
      members["nonResourceURLs"] = .array(rule.nonResourceURLs.map(JSONValue.string))
    }
    return .object(members)
  }

  /// The Forbidden error kube-apiserver writes for a denied request.
  static func forbidden(_ user: SimUser, _ attributes: AccessAttributes, reason: String = "") -> StatusError {
    var message: String
    if let path = attributes.path {
      message = "User \"\(user.name)\" cannot \(attributes.verb) path \"\(path)\""
    } else {
      let resource =
        attributes.subresource.isEmpty ? attributes.resource : "\(attributes.resource)/\(attributes.subresource)"
      message =
        "User \"\(user.name)\" cannot \(attributes.verb) resource \"\(resource)\" in API group \"\(attributes.group)\""
      message +=
        attributes.namespace.isEmpty ? " at the cluster scope" : " in the namespace \"\(attributes.namespace)\""
    }
    if !reason.isEmpty { message += ": " + reason }
    let qualified =
      attributes.isResourceRequest ? StatusError.qualified(attributes.resource, group: attributes.group) : ""
    let subject = attributes.name.isEmpty ? qualified : "\(qualified) \"\(attributes.name)\""
    let full = subject.isEmpty ? "forbidden: \(message)" : "\(subject) is forbidden: \(message)"
    var details = StatusError.Details()
    if attributes.isResourceRequest {
      details = .init(
        name: attributes.name.isEmpty ? nil : attributes.name, group: attributes.group, kind: attributes.resource)
    }
    return StatusError(code: 403, reason: "Forbidden", message: full, details: details)
  }
}
