import KubeAPI

/// RFC 7386 JSON merge patch: objects merge recursively, `null` deletes, everything else replaces.
enum MergePatch {
  static func apply(_ patch: JSONValue, to target: JSONValue) -> JSONValue {
    guard case .object(let patchMembers) = patch else { return patch }
    var result = target.objectValue ?? [:]
    for (key, value) in patchMembers {
      if value == .null {
        result.removeValue(forKey: key)
      } else {
        result[key] = apply(value, to: result[key] ?? .null)
      }
    }
    return .object(result)
  }
}
