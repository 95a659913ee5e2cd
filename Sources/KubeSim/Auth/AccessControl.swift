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
}

/// An authorization decision and its RBAC reason.
struct AccessDecision: Sendable, Equatable {
  var allowed: Bool
  var reason: String
}

/// Authorization over the RBAC objects in the state; `system:masters` is always allowed.
struct AccessControl: Sendable {
  // Interim: until branch rbac's RBACAuthorizer is merged every authenticated user is allowed.
  init(rbac: [String: [JSONValue]]) {}

  func authorize(_ user: SimUser, _ attributes: AccessAttributes) -> AccessDecision {
    if user.isSuperuser { return AccessDecision(allowed: true, reason: "") }
    return AccessDecision(allowed: true, reason: "")
  }

  /// SelfSubjectRulesReview's rules for `user` in `namespace`.
  func rules(for user: SimUser, namespace: String) -> (resourceRules: [JSONValue], nonResourceRules: [JSONValue]) {
    ([], [])
  }

  /// The Forbidden message kube-apiserver writes for a denied request.
  static func forbidden(_ user: SimUser, _ attributes: AccessAttributes, reason: String = "") -> StatusError {
    var message: String
    if let path = attributes.path {
      message = "User \"\(user.name)\" cannot \(attributes.verb) path \"\(path)\""
    } else {
      let resource = attributes.subresource.isEmpty ? attributes.resource : "\(attributes.resource)/\(attributes.subresource)"
      message = "User \"\(user.name)\" cannot \(attributes.verb) resource \"\(resource)\" in API group \"\(attributes.group)\""
      message += attributes.namespace.isEmpty ? " at the cluster scope" : " in the namespace \"\(attributes.namespace)\""
    }
    if !reason.isEmpty { message += ": " + reason }
    let qualified = attributes.isResourceRequest
      ? StatusError.qualified(attributes.resource, group: attributes.group) : ""
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
