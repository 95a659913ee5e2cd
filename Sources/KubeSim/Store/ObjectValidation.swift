import KubeAPI

/// The validation kube-apiserver applies to every write that the simulator reproduces.
enum ObjectValidation {
  private static let subdomainMessage =
    "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
    + "start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
  private static let labelMessage =
    "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and "
    + "end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
    + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
  private static let dns1035Message =
    "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic "
    + "character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for "
    + "validation is '[a-z]([-a-z0-9]*[a-z0-9])?')"

  /// Checks `kind`/`apiVersion` of a request body against the resource it was sent to.
  static func checkKind(_ body: JSONValue, type: ResourceType, version: String) throws(StatusError) {
    guard case .object = body else {
      throw StatusError.badRequest("the object provided is unrecognized (must be of type \(type.kind))")
    }
    let expected = type.apiVersion(version)
    if let apiVersion = body["apiVersion"]?.stringValue, !apiVersion.isEmpty, apiVersion != expected {
      let (group, _) = ResourceRegistry.split(apiVersion: apiVersion)
      // Another version of the same group is accepted (the server converts), another group is not.
      if group != type.group || !type.versions.contains(ResourceRegistry.split(apiVersion: apiVersion).version) {
        throw StatusError.badRequest(
          "the API version in the data (\(apiVersion)) does not match the expected API version (\(expected))")
      }
    }
    if let kind = body["kind"]?.stringValue, !kind.isEmpty, kind != type.kind {
      throw StatusError.badRequest(
        "\(kind) in version \"\(version)\" cannot be handled as a \(type.kind): the kind does not match the resource")
    }
  }

  /// Validates `metadata.name` for the resource's naming rule.
  static func checkName(_ name: String, type: ResourceType) throws(StatusError) {
    if name.isEmpty {
      throw StatusError.invalid(
        kind: type.kind, group: type.group, name: name,
        causes: [
          .init(
            reason: "FieldValueRequired", message: "Required value: name or generateName is required",
            field: "metadata.name")
        ])
    }
    let message: String?
    switch type.storageKey {
    case "/namespaces":
      message = isLabel(name) ? nil : labelMessage
    case "/services":
      message = isDNS1035(name) ? nil : dns1035Message
    case _ where type.group == "rbac.authorization.k8s.io":
      message = isPathSegment(name) ? nil : "may not contain '/' or '%'"
    default:
      message = isSubdomain(name) ? nil : subdomainMessage
    }
    if let message {
      throw StatusError.invalid(
        kind: type.kind, group: type.group, name: name,
        causes: [
          .init(reason: "FieldValueInvalid", message: "Invalid value: \"\(name)\": \(message)", field: "metadata.name")
        ])
    }
  }

  static func isLabel(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count <= 63, isAlnum(bytes[0]), isAlnum(bytes[bytes.count - 1]) else { return false }
    return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
  }

  static func isDNS1035(_ text: String) -> Bool {
    guard let first = text.utf8.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
    return isLabel(text)
  }

  static func isSubdomain(_ text: String) -> Bool {
    guard !text.isEmpty, text.utf8.count <= 253 else { return false }
    return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
      let bytes = Array(part.utf8)
      guard !bytes.isEmpty, isAlnum(bytes[0]), isAlnum(bytes[bytes.count - 1]) else { return false }
      return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") }
    }
  }

  static func isPathSegment(_ text: String) -> Bool {
    text != "." && text != ".." && !text.contains("/") && !text.contains("%")
  }

  private static func isAlnum(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
  }
}
