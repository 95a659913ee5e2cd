import KubeAPI

/// Strategic merge patch for built-in kinds: lists merge by the keys Kubernetes declares for the common
/// fields, with the `$patch`, `$retainKeys`, `$setElementOrder` and `$deleteFromPrimitiveList` directives.
enum StrategicMergePatch {
  /// Merge keys of list fields, by field name.
  private static let mergeKeys: [String: String] = [
    "containers": "name", "initContainers": "name", "ephemeralContainers": "name", "volumes": "name",
    "env": "name", "volumeMounts": "mountPath", "volumeDevices": "devicePath", "imagePullSecrets": "name",
    "conditions": "type", "hostAliases": "ip", "ownerReferences": "uid", "topologySpreadConstraints": "topologyKey",
    "resourceClaims": "name", "secrets": "name", "readinessGates": "conditionType", "addresses": "type",
  ]
  /// Primitive lists that merge as sets.
  private static let setLists: Set<String> = ["finalizers"]

  static func apply(_ patch: JSONValue, to target: JSONValue) throws(StatusError) -> JSONValue {
    guard case .object = patch else { throw StatusError.badRequest("strategic merge patch must be a JSON object") }
    return mergeMap(patch, into: target)
  }

  private static func mergeMap(_ patch: JSONValue, into target: JSONValue) -> JSONValue {
    guard var patchMembers = patch.objectValue else { return patch }
    switch patchMembers.removeValue(forKey: "$patch")?.stringValue {
    case "replace": return .object(strip(patchMembers))
    case "delete": return .null
    default: break
    }
    var result = target.objectValue ?? [:]
    let retain = patchMembers.removeValue(forKey: "$retainKeys")?.arrayValue?.compactMap(\.stringValue)
    var orders: [String: [JSONValue]] = [:]
    var primitiveDeletes: [String: [JSONValue]] = [:]
    for key in patchMembers.keys where key.hasPrefix("$setElementOrder/") {
      orders[String(key.dropFirst("$setElementOrder/".count))] = patchMembers[key]?.arrayValue ?? []
    }
    for key in patchMembers.keys where key.hasPrefix("$deleteFromPrimitiveList/") {
      primitiveDeletes[String(key.dropFirst("$deleteFromPrimitiveList/".count))] = patchMembers[key]?.arrayValue ?? []
    }
    for (key, value) in patchMembers where !key.hasPrefix("$") {
      if value == .null {
        result.removeValue(forKey: key)
        continue
      }
      switch value {
      case .object:
        let merged = mergeMap(value, into: result[key] ?? .null)
        if merged == .null { result.removeValue(forKey: key) } else { result[key] = merged }
      case .array(let elements):
        result[key] = mergeList(key: key, patch: elements, into: result[key]?.arrayValue ?? [])
      default:
        result[key] = value
      }
    }
    for (key, deletions) in primitiveDeletes {
      if let list = result[key]?.arrayValue { result[key] = .array(list.filter { !deletions.contains($0) }) }
    }
    for (key, order) in orders {
      if let list = result[key]?.arrayValue { result[key] = .array(reorder(list, by: order, key: key)) }
    }
    if let retain {
      result = result.filter { retain.contains($0.key) }
    }
    return .object(result)
  }

  private static func mergeList(key: String, patch: [JSONValue], into target: [JSONValue]) -> JSONValue {
    if patch.contains(where: { $0["$patch"]?.stringValue == "replace" }) {
      return .array(patch.filter { $0["$patch"] == nil }.map(stripValue))
    }
    if setLists.contains(key) {
      var result = target
      for element in patch where !result.contains(element) { result.append(element) }
      return .array(result)
    }
    guard let mergeKey = mergeKey(for: key, elements: patch + target) else {
      return .array(patch.map(stripValue))
    }
    var result = target
    for element in patch {
      let identity = element[mergeKey]
      let index = identity.flatMap { id in result.firstIndex { $0[mergeKey] == id } }
      if element["$patch"]?.stringValue == "delete" {
        if let index { result.remove(at: index) }
        continue
      }
      if let index {
        result[index] = mergeMap(element, into: result[index])
      } else {
        result.append(stripValue(element))
      }
    }
    return .array(result)
  }

  private static func mergeKey(for key: String, elements: [JSONValue]) -> String? {
    if key == "ports" {
      if elements.contains(where: { $0["containerPort"] != nil }) { return "containerPort" }
      return "port"
    }
    return mergeKeys[key]
  }

  private static func reorder(_ list: [JSONValue], by order: [JSONValue], key: String) -> [JSONValue] {
    guard let mergeKey = mergeKey(for: key, elements: list) else {
      let ordered = order.filter { list.contains($0) }
      return ordered + list.filter { !ordered.contains($0) }
    }
    var remaining = list
    var result: [JSONValue] = []
    for entry in order {
      if let index = remaining.firstIndex(where: { $0[mergeKey] == entry[mergeKey] }) {
        result.append(remaining.remove(at: index))
      }
    }
    return result + remaining
  }

  private static func strip(_ members: [String: JSONValue]) -> [String: JSONValue] {
    members.filter { !$0.key.hasPrefix("$") }.mapValues(stripValue)
  }

  private static func stripValue(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let members): return .object(strip(members))
    case .array(let elements): return .array(elements.map(stripValue))
    default: return value
    }
  }
}
