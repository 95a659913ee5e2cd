import KubeAPI

/// JSON merge patch (RFC 7386), to show what a `patch` tool call would make of the live object.
enum MergePatch {
  /// `patch` applied to `base`: objects merge key by key, `null` removes a key, anything else replaces.
  static func apply(_ patch: JSONValue, to base: JSONValue) -> JSONValue {
    guard case .object(let changes) = patch else { return patch }
    var result: [String: JSONValue]
    if case .object(let members) = base { result = members } else { result = [:] }
    for (key, value) in changes {
      if case .null = value {
        result[key] = nil
      } else {
        result[key] = apply(value, to: result[key] ?? .null)
      }
    }
    return .object(result)
  }
}
