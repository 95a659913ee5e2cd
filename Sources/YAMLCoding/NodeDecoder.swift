#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `Decoder` over one `YAMLNode`.
struct NodeDecoder: Decoder {
  /// A node with its scalar type worked out once: `Decodable` enums probe one type after another.
  struct Value {
    let node: YAMLNode
    let resolved: YAMLScalar.Resolved?

    init(_ node: YAMLNode) {
      self.node = node
      self.resolved = node.scalar?.resolved
    }

    var isNull: Bool { resolved == .null }
  }

  let value: Value
  let codingPath: [any CodingKey]
  let userInfoValues: [CodingUserInfoKey: any Sendable]

  init(node: YAMLNode, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]) {
    self.value = Value(node)
    self.codingPath = codingPath
    self.userInfoValues = userInfo
  }

  var node: YAMLNode { value.node }

  var userInfo: [CodingUserInfoKey: Any] { userInfoValues }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let entries) = node else {
      throw mismatch([String: Any].self, codingPath)
    }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(entries: entries, decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let items) = node else {
      throw mismatch([Any].self, codingPath)
    }
    return NodeUnkeyedContainer(items: items, decoder: self)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    NodeSingleValueContainer(decoder: self)
  }

  /// A decoder for a child node.
  func child(_ node: YAMLNode, path: [any CodingKey]) -> NodeDecoder {
    NodeDecoder(node: node, codingPath: path, userInfo: userInfoValues)
  }

  // MARK: - Values

  /// Decodes any `Decodable` from `node`, with the Foundation types that have a textual YAML form.
  func unbox<T: Decodable>(_ node: YAMLNode, as type: T.Type, path: [any CodingKey]) throws -> T {
    if let tree = T.self as? any YAMLTreeDecodable.Type, let value = tree.init(tree: node) as? T { return value }
    if T.self == Data.self, let value = try data(Value(node), path) as? T { return value }
    if T.self == Date.self, let value = try date(Value(node), path) as? T { return value }
    if T.self == URL.self, let value = try url(Value(node), path) as? T { return value }
    if T.self == Decimal.self, let value = try decimal(Value(node), path) as? T { return value }
    return try T(from: child(node, path: path))
  }

  func bool(_ value: Value, _ path: [any CodingKey]) throws -> Bool {
    guard case .bool(let bool) = value.resolved else { throw mismatch(Bool.self, path) }
    return bool
  }

  /// Any scalar except null reads as its text, so `port: 8080` or `version: 1.10` decode into strings.
  func string(_ value: Value, _ path: [any CodingKey]) throws -> String {
    guard case .scalar(let scalar) = value.node else { throw mismatch(String.self, path) }
    if value.isNull {
      throw DecodingError.valueNotFound(
        String.self, DecodingError.Context(codingPath: path, debugDescription: "expected String, found null"))
    }
    return scalar.value
  }

  func integer<I: FixedWidthInteger>(_ type: I.Type, _ value: Value, _ path: [any CodingKey]) throws -> I {
    guard case .scalar(let scalar) = value.node, let resolved = value.resolved else { throw mismatch(type, path) }
    let result: I?
    switch resolved {
    case .int(let value): result = I(exactly: value)
    case .uint(let value): result = I(exactly: value)
    case .float(let value) where value.isFinite && value.rounded() == value:
      // `replicas: 1e3` reads as 1000, as it does through kubectl's YAML-to-JSON conversion.
      result = I(exactly: value)
    default: throw mismatch(type, path)
    }
    guard let result else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: path, debugDescription: "number \(scalar.value) does not fit in \(type)"))
    }
    return result
  }

  func floating<F: BinaryFloatingPoint>(_ type: F.Type, _ value: Value, _ path: [any CodingKey]) throws -> F {
    guard case .scalar(let scalar) = value.node, let resolved = value.resolved else { throw mismatch(type, path) }
    let double: Double
    switch resolved {
    case .int(let int): double = Double(int)
    case .uint(let uint): double = Double(uint)
    case .float(let float): double = float
    default: throw mismatch(type, path)
    }
    let result = F(double)
    if double.isFinite && !result.isFinite {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: path, debugDescription: "number \(scalar.value) does not fit in \(type)"))
    }
    return result
  }

  private func data(_ value: Value, _ path: [any CodingKey]) throws -> Data {
    // Base64 in a block scalar may be wrapped over several lines.
    let text = try string(value, path).filter { !$0.isWhitespace }
    guard let data = Data(base64Encoded: text) else {
      // The text is not quoted: a value put under `data` where `stringData` belongs is often a password.
      throw corrupted(path, "expected base64 data, found text that is not base64 (\(text.count) characters)")
    }
    return data
  }

  private func date(_ value: Value, _ path: [any CodingKey]) throws -> Date {
    let text = try string(value, path)
    guard let date = RFC3339.date(from: text) else {
      throw corrupted(path, "expected an RFC 3339 time, found \(MessageText.quoted(text))")
    }
    return date
  }

  private func url(_ value: Value, _ path: [any CodingKey]) throws -> URL {
    let text = try string(value, path)
    guard let url = URL(string: text) else {
      throw corrupted(path, "expected a URL, found text that is not one (\(text.count) characters)")
    }
    return url
  }

  private func decimal(_ value: Value, _ path: [any CodingKey]) throws -> Decimal {
    guard case .scalar(let scalar) = value.node, let resolved = value.resolved else {
      throw mismatch(Decimal.self, path)
    }
    switch resolved {
    case .int(let int): return Decimal(int)
    case .uint(let uint): return Decimal(uint)
    case .float(let double):
      return Decimal(string: scalar.value.filter { $0 != "_" }, locale: Locale(identifier: "en_US_POSIX"))
        ?? Decimal(double)
    default: throw mismatch(Decimal.self, path)
    }
  }

  // MARK: - Errors

  /// Kept cheap: probing decoders make and drop many of these. `YAMLDecoder` renders the real message
  /// (expected type, path, what was found) only for the error that escapes.
  func mismatch(_ type: Any.Type, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(type, DecodingError.Context(codingPath: path, debugDescription: "type mismatch"))
  }

  private func corrupted(_ path: [any CodingKey], _ message: String) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: message))
  }
}
