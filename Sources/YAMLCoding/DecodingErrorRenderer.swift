/// Turns a `DecodingError` into a `YAMLError` that names the coding path and points at the YAML node.
struct DecodingErrorRenderer {
  let root: YAMLNode
  let file: String?

  func yamlError(for error: DecodingError) -> YAMLError {
    let message: String
    let path: [any CodingKey]
    switch error {
    case .typeMismatch(let type, let context):
      path = context.codingPath
      let target = locate(path)
      let found = target.exact ? Self.describe(target.node) : context.debugDescription
      message = "expected \(Self.typeName(type)) at \(Self.render(path)), found \(found)"
    case .valueNotFound(let type, let context):
      path = context.codingPath
      let target = locate(path)
      let found = target.exact ? Self.describe(target.node) : "nothing (\(context.debugDescription))"
      message = "expected \(Self.typeName(type)) at \(Self.render(path)), found \(found)"
    case .keyNotFound(let key, let context):
      path = context.codingPath
      message = "missing key \(MessageText.quoted(key.stringValue)) at \(Self.render(path))"
    case .dataCorrupted(let context):
      path = context.codingPath
      message = "\(context.debugDescription) at \(Self.render(path))"
    @unknown default:
      path = []
      message = String(describing: error)
    }
    let position = locate(path).position
    return YAMLError(file: file, line: position.line, column: position.column, message: message)
  }

  /// Follows `path` from the root as far as it exists. `exact` is false when the path leaves the tree.
  /// The position is the node's own for a scalar, otherwise the key or item that leads to it.
  private func locate(_ path: [any CodingKey]) -> (node: YAMLNode, exact: Bool, position: (line: Int, column: Int)) {
    var node = root
    var position = root.position ?? (1, 1)
    var exact = true
    for key in path {
      switch node {
      case .mapping(let entries):
        guard let entry = entries.last(where: { $0.key.scalar?.value == key.stringValue }) else {
          exact = false
          break
        }
        position = entry.key.position ?? position
        node = entry.value
      case .sequence(let items):
        guard let index = key.intValue, items.indices.contains(index) else {
          exact = false
          break
        }
        position = items[index].position ?? position
        node = items[index]
      case .scalar:
        exact = false
      }
      if !exact { break }
    }
    if exact, case .scalar(let scalar) = node, scalar.line > 0 {
      position = (scalar.line, scalar.column)
    }
    return (node, exact, position)
  }

  /// `spec.containers[0].image`; the empty path is `the top level`.
  static func render(_ path: [any CodingKey]) -> String {
    if path.isEmpty { return "the top level" }
    var result = ""
    for key in path {
      if let key = key as? YAMLCodingKey, key.isIndex, let index = key.intValue {
        result += "[\(index)]"
      } else if key.stringValue.hasPrefix("Index "), let index = key.intValue {
        // Foundation-style index keys made by other decoders' containers.
        result += "[\(index)]"
      } else {
        result += result.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return result
  }

  static func typeName(_ type: Any.Type) -> String {
    if type is [Any].Type { return "sequence" }
    if type is [String: Any].Type { return "mapping" }
    return String(describing: type)
  }

  /// What a node is, for an error message: `a string (12 characters)`, `int 5`, `bool true`, `null`, `a mapping`,
  /// `a sequence`. A string's text is never quoted: in a kubeconfig or a Secret manifest it may be a token or a
  /// password put in the wrong place, and errors must not print secrets.
  static func describe(_ node: YAMLNode) -> String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a sequence"
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return "null"
      case .bool: return "bool \(scalar.value)"
      case .int, .uint: return "int \(scalar.value)"
      case .float: return "float \(scalar.value)"
      case .string(let text): return "a string (\(text.count) characters)"
      }
    }
  }
}
