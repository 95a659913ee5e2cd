import Foundation
import KubeAPI

/// Access reviews (authorization.k8s.io) and who-am-I / token reviews (authentication.k8s.io): answered, not stored.
extension SimAPI {
  func review(_ target: ResourceTarget, request: SimRequest, user: SimUser, access: AccessControl)
    async throws(StatusError) -> SimResponse
  {
    let body = try jsonBody(request)
    try ObjectValidation.checkKind(body, type: target.type, version: target.version)
    let spec = body["spec"] ?? .object([:])
    var status: JSONValue
    var echoedSpec = spec
    switch target.type.plural {
    case "selfsubjectaccessreviews":
      (echoedSpec, status) = try accessReview(spec: spec, subject: user, access: access)
    case "subjectaccessreviews", "localsubjectaccessreviews":
      let userName = spec["user"]?.stringValue ?? ""
      let groups = spec["groups"]?.arrayValue?.compactMap(\.stringValue) ?? []
      guard !userName.isEmpty || !groups.isEmpty else {
        throw StatusError.invalid(
          kind: target.type.kind, group: target.type.group, name: "",
          causes: [
            .init(
              reason: "FieldValueRequired", message: "Required value: at least one of user or group must be specified",
              field: "spec.user")
          ])
      }
      if target.type.plural == "localsubjectaccessreviews" {
        let namespace = spec[path: ["resourceAttributes", "namespace"]]?.stringValue ?? ""
        guard namespace == target.namespace else {
          throw StatusError.badRequest(
            "spec.resourceAttributes.namespace must match namespace: \(target.namespace ?? "")")
        }
      }
      var extra: [String: [String]] = [:]
      for (key, value) in spec["extra"]?.objectValue ?? [:] {
        extra[key] = value.arrayValue?.compactMap(\.stringValue) ?? []
      }
      let subject = SimUser(name: userName, uid: spec["uid"]?.stringValue ?? "", groups: groups, extra: extra)
      (echoedSpec, status) = try accessReview(spec: spec, subject: subject, access: access)
    case "selfsubjectrulesreviews":
      let namespace = spec["namespace"]?.stringValue ?? ""
      let rules = access.rules(for: user, namespace: namespace)
      status = .object([
        "resourceRules": .array(rules.resourceRules), "nonResourceRules": .array(rules.nonResourceRules),
        "incomplete": .bool(false),
      ])
    case "selfsubjectreviews":
      echoedSpec = .null
      status = .object(["userInfo": Self.userInfo(user)])
    case "tokenreviews":
      let token = spec["token"]?.stringValue ?? ""
      if let reviewed = await authenticate(token: token) {
        status = .object(["authenticated": .bool(true), "user": Self.userInfo(reviewed), "audiences": .array([])])
      } else {
        status = .object(["authenticated": .bool(false), "error": .string("invalid bearer token")])
      }
    default:
      throw StatusError.methodNotAllowed
    }
    var metadata = body["metadata"]?.objectValue ?? [:]
    metadata["creationTimestamp"] = .null
    var response: [String: JSONValue] = [
      "kind": .string(target.type.kind), "apiVersion": .string(target.type.apiVersion(target.version)),
      "metadata": .object(metadata), "status": status,
    ]
    if echoedSpec != .null { response["spec"] = echoedSpec }
    return .json(JSONWriter.encode(.object(response)), status: 201)
  }

  private func accessReview(spec: JSONValue, subject: SimUser, access: AccessControl) throws(StatusError)
    -> (spec: JSONValue, status: JSONValue)
  {
    let attributes: AccessAttributes
    var echoed = spec
    if let resource = spec["resourceAttributes"], resource != .null {
      func text(_ key: String) -> String { resource[key]?.stringValue ?? "" }
      attributes = AccessAttributes(
        verb: text("verb"), group: text("group"), version: text("version"), resource: text("resource"),
        subresource: text("subresource"), name: text("name"), namespace: text("namespace"))
      echoed["resourceAttributes"] = Self.withoutEmptyStrings(resource)
    } else if let nonResource = spec["nonResourceAttributes"], nonResource != .null {
      attributes = AccessAttributes(
        verb: nonResource["verb"]?.stringValue ?? "", path: nonResource["path"]?.stringValue ?? "")
      echoed["nonResourceAttributes"] = Self.withoutEmptyStrings(nonResource)
    } else {
      throw StatusError.invalid(
        kind: "SelfSubjectAccessReview", group: "authorization.k8s.io", name: "",
        causes: [
          .init(
            reason: "FieldValueRequired",
            message: "Required value: exactly one of nonResourceAttributes or resourceAttributes must be specified",
            field: "spec.resourceAttributes")
        ])
    }
    let decision = access.authorize(subject, attributes)
    var status: [String: JSONValue] = ["allowed": .bool(decision.allowed)]
    if !decision.reason.isEmpty { status["reason"] = .string(decision.reason) }
    return (echoed, .object(status))
  }

  static func userInfo(_ user: SimUser) -> JSONValue {
    var info: [String: JSONValue] = [
      "username": .string(user.name), "groups": .array(user.groups.map(JSONValue.string)),
    ]
    if !user.uid.isEmpty { info["uid"] = .string(user.uid) }
    if !user.extra.isEmpty { info["extra"] = .object(user.extra.mapValues { .array($0.map(JSONValue.string)) }) }
    return .object(info)
  }

  /// Go's `omitempty`: empty strings are not echoed back.
  private static func withoutEmptyStrings(_ value: JSONValue) -> JSONValue {
    guard let members = value.objectValue else { return value }
    return .object(members.filter { $0.value != .string("") })
  }
}
