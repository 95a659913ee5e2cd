import KubeAPI

/// RFC 6902 JSON patch: add, remove, replace, move, copy and test on JSON pointers.
enum JSONPatch {
  static func apply(_ patch: JSONValue, to document: JSONValue) throws(StatusError) -> JSONValue {
    guard let operations = patch.arrayValue else {
      throw StatusError.badRequest("json patch must be an array of operations")
    }
    var result = document
    for operation in operations {
      guard let op = operation["op"]?.stringValue, let path = operation["path"]?.stringValue else {
        throw StatusError.badRequest("json patch operation lacks \"op\" or \"path\": \(describe(operation))")
      }
      let pointer = try parse(path)
      switch op {
      case "add":
        result = try add(value(operation), at: pointer, in: result, path: path)
      case "remove":
        result = try remove(at: pointer, in: result, path: path).document
      case "replace":
        result = try remove(at: pointer, in: result, path: path).document
        result = try add(value(operation), at: pointer, in: result, path: path)
      case "move", "copy":
        guard let fromText = operation["from"]?.stringValue else {
          throw StatusError.badRequest("json patch \(op) operation lacks \"from\"")
        }
        let from = try parse(fromText)
        let found = try get(from, in: result, path: fromText)
        if op == "move" { result = try remove(at: from, in: result, path: fromText).document }
        result = try add(found, at: pointer, in: result, path: path)
      case "test":
        let found = try get(pointer, in: result, path: path)
        if found != (try value(operation)) {
          throw StatusError.badRequest("testing value \(path) failed")
        }
      default:
        throw StatusError.badRequest("Unexpected kind: \(op)")
      }
    }
    return result
  }

  private static func value(_ operation: JSONValue) throws(StatusError) -> JSONValue {
    guard let value = operation["value"] else {
      throw StatusError.badRequest("json patch operation lacks \"value\": \(describe(operation))")
    }
    return value
  }

  private static func describe(_ value: JSONValue) -> String {
    String(decoding: JSONWriter.encode(value), as: UTF8.self)
  }

  static func parse(_ path: String) throws(StatusError) -> [String] {
    if path.isEmpty { return [] }
    guard path.hasPrefix("/") else { throw StatusError.badRequest("json patch path must start with '/': \(path)") }
    return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
      $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
    }
  }

  private static func get(_ pointer: [String], in document: JSONValue, path: String) throws(StatusError) -> JSONValue {
    var current = document
    for token in pointer {
      switch current {
      case .object(let members):
        guard let next = members[token] else { throw missing(path) }
        current = next
      case .array(let elements):
        guard let index = Int(token), elements.indices.contains(index) else { throw missing(path) }
        current = elements[index]
      default:
        throw missing(path)
      }
    }
    return current
  }

  private static func add(_ value: JSONValue, at pointer: [String], in document: JSONValue, path: String)
    throws(StatusError) -> JSONValue
  {
    guard let token = pointer.first else { return value }
    let rest = Array(pointer.dropFirst())
    switch document {
    case .object(var members):
      if rest.isEmpty {
        members[token] = value
      } else {
        guard let child = members[token] else { throw missing(path) }
        members[token] = try add(value, at: rest, in: child, path: path)
      }
      return .object(members)
    case .array(var elements):
      if rest.isEmpty {
        if token == "-" {
          elements.append(value)
        } else {
          guard let index = Int(token), index >= 0, index <= elements.count else { throw missing(path) }
          elements.insert(value, at: index)
        }
      } else {
        guard let index = Int(token), elements.indices.contains(index) else { throw missing(path) }
        elements[index] = try add(value, at: rest, in: elements[index], path: path)
      }
      return .array(elements)
    default:
      throw missing(path)
    }
  }

  private static func remove(at pointer: [String], in document: JSONValue, path: String)
    throws(StatusError) -> (document: JSONValue, removed: JSONValue)
  {
    guard let token = pointer.first else { throw missing(path) }
    let rest = Array(pointer.dropFirst())
    switch document {
    case .object(var members):
      guard let child = members[token] else { throw missing(path) }
      if rest.isEmpty {
        members.removeValue(forKey: token)
        return (.object(members), child)
      }
      let (updated, removed) = try remove(at: rest, in: child, path: path)
      members[token] = updated
      return (.object(members), removed)
    case .array(var elements):
      guard let index = Int(token), elements.indices.contains(index) else { throw missing(path) }
      if rest.isEmpty {
        let removed = elements.remove(at: index)
        return (.array(elements), removed)
      }
      let (updated, removed) = try remove(at: rest, in: elements[index], path: path)
      elements[index] = updated
      return (.array(elements), removed)
    default:
      throw missing(path)
    }
  }

  private static func missing(_ path: String) -> StatusError {
    StatusError(
      code: 422, reason: "Invalid",
      message: "the server rejected our request due to an error in our request: doc is missing path: \"\(path)\"",
      details: .init(causes: [
        .init(reason: "FieldValueInvalid", message: "doc is missing path: \"\(path)\"", field: "patch")
      ]))
  }
}
