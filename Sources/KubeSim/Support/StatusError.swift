import KubeAPI

/// A failed API request, rendered as the `Status` object kube-apiserver sends.
struct StatusError: Error, Sendable, Equatable {
  /// One entry of `details.causes`.
  struct Cause: Sendable, Equatable {
    var reason: String
    var message: String
    var field: String
  }

  /// `details` of the Status; `kind` is the resource for most reasons and the Kind for Invalid.
  struct Details: Sendable, Equatable {
    var name: String?
    var group: String?
    var kind: String?
    var uid: String?
    var causes: [Cause] = []
    var retryAfterSeconds: Int?
  }

  var code: Int
  var reason: String
  var message: String
  var details: Details?
  /// `metadata.continue` (inconsistent continue token of an expired list).
  var continueToken: String?

  /// The Status JSON with kube-apiserver's field order.
  func body() -> [UInt8] {
    var writer = JSONWriter()
    writer.append("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{")
    if let continueToken {
      writer.append("\"continue\":")
      writer.writeString(continueToken)
    }
    writer.append("},\"status\":\"Failure\",\"message\":")
    writer.writeString(message)
    if !reason.isEmpty {
      writer.append(",\"reason\":")
      writer.writeString(reason)
    }
    if let details {
      writer.append(",\"details\":")
      writer.append(Self.encode(details))
    }
    writer.append(",\"code\":\(code)}")
    return writer.bytes
  }

  private static func encode(_ details: Details) -> [UInt8] {
    var writer = JSONWriter()
    var fields: [(String, JSONValue)] = []
    if let name = details.name { fields.append(("name", .string(name))) }
    if let group = details.group, !group.isEmpty { fields.append(("group", .string(group))) }
    if let kind = details.kind { fields.append(("kind", .string(kind))) }
    if let uid = details.uid { fields.append(("uid", .string(uid))) }
    writer.append("{")
    for (index, field) in fields.enumerated() {
      if index > 0 { writer.append(",") }
      writer.writeString(field.0)
      writer.append(":")
      writer.write(field.1)
    }
    if !details.causes.isEmpty {
      if !fields.isEmpty { writer.append(",") }
      writer.append("\"causes\":[")
      for (index, cause) in details.causes.enumerated() {
        if index > 0 { writer.append(",") }
        writer.append("{\"reason\":")
        writer.writeString(cause.reason)
        writer.append(",\"message\":")
        writer.writeString(cause.message)
        writer.append(",\"field\":")
        writer.writeString(cause.field)
        writer.append("}")
      }
      writer.append("]")
    }
    if let retry = details.retryAfterSeconds {
      if !fields.isEmpty || !details.causes.isEmpty { writer.append(",") }
      writer.append("\"retryAfterSeconds\":\(retry)")
    }
    writer.append("}")
    return writer.bytes
  }
}

extension StatusError {
  /// `pods` or `deployments.apps`: how kube-apiserver names a resource in messages.
  static func qualified(_ resource: String, group: String) -> String {
    group.isEmpty ? resource : "\(resource).\(group)"
  }

  static func notFound(resource: String, group: String, name: String) -> StatusError {
    StatusError(
      code: 404, reason: "NotFound", message: "\(qualified(resource, group: group)) \"\(name)\" not found",
      details: Details(name: name, group: group, kind: resource))
  }

  static func alreadyExists(resource: String, group: String, name: String) -> StatusError {
    StatusError(
      code: 409, reason: "AlreadyExists", message: "\(qualified(resource, group: group)) \"\(name)\" already exists",
      details: Details(name: name, group: group, kind: resource))
  }

  static func conflict(resource: String, group: String, name: String) -> StatusError {
    StatusError(
      code: 409, reason: "Conflict",
      message: "Operation cannot be fulfilled on \(qualified(resource, group: group)) \"\(name)\": the object has "
        + "been modified; please apply your changes to the latest version and try again",
      details: Details(name: name, group: group, kind: resource))
  }

  static func invalid(kind: String, group: String, name: String, causes: [Cause]) -> StatusError {
    let text = causes.map { "\($0.field): \($0.message)" }.joined(separator: ", ")
    let summary = causes.count > 1 ? "[\(text)]" : text
    let qualifiedKind = group.isEmpty ? kind : "\(kind).\(group)"
    return StatusError(
      code: 422, reason: "Invalid", message: "\(qualifiedKind) \"\(name)\" is invalid: \(summary)",
      details: Details(name: name, group: group, kind: kind, causes: causes))
  }

  static func badRequest(_ message: String) -> StatusError {
    StatusError(code: 400, reason: "BadRequest", message: message)
  }

  static let unauthorized = StatusError(code: 401, reason: "Unauthorized", message: "Unauthorized")

  static let pathNotFound = StatusError(
    code: 404, reason: "NotFound", message: "the server could not find the requested resource", details: Details())

  static let methodNotAllowed = StatusError(
    code: 405, reason: "MethodNotAllowed", message: "the server does not allow this method on the requested resource",
    details: Details())

  static func unsupportedMediaType(_ accepted: [String]) -> StatusError {
    StatusError(
      code: 415, reason: "UnsupportedMediaType",
      message: "the body of the request was in an unknown format - accepted media types include: "
        + accepted.joined(separator: ", "),
      details: Details())
  }

  static let serviceUnavailable = StatusError(
    code: 503, reason: "ServiceUnavailable", message: "the server is currently unable to handle the request",
    details: Details())

  static func internalError(_ message: String) -> StatusError {
    StatusError(
      code: 500, reason: "InternalError", message: "Internal error occurred: \(message)",
      details: Details(causes: [Cause(reason: "", message: message, field: "")]))
  }

  static func expired(_ message: String, continueToken: String? = nil) -> StatusError {
    StatusError(code: 410, reason: "Expired", message: message, continueToken: continueToken)
  }
}
