import Foundation

/// The `Decoder` over one `YAMLNode`.
struct NodeDecoder: Decoder {
  let node: YAMLNode
  let codingPath: [any CodingKey]
  let userInfoValues: [CodingUserInfoKey: any Sendable]

  init(node: YAMLNode, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]) {
    self.node = node
    self.codingPath = codingPath
    self.userInfoValues = userInfo
  }

  var userInfo: [CodingUserInfoKey: Any] { userInfoValues }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .mapping(let entries) = node else {
      throw mismatch([String: Any].self, node, codingPath)
    }
    return KeyedDecodingContainer(NodeKeyedContainer<Key>(entries: entries, decoder: self))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .sequence(let items) = node else {
      throw mismatch([Any].self, node, codingPath)
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
    if T.self == Data.self, let value = try data(node, path) as? T { return value }
    if T.self == Date.self, let value = try date(node, path) as? T { return value }
    if T.self == URL.self, let value = try url(node, path) as? T { return value }
    if T.self == Decimal.self, let value = try decimal(node, path) as? T { return value }
    return try T(from: child(node, path: path))
  }

  func isNull(_ node: YAMLNode) -> Bool {
    node.isNull
  }

  func bool(_ node: YAMLNode, _ path: [any CodingKey]) throws -> Bool {
    guard case .scalar(let scalar) = node, case .bool(let value) = scalar.resolved else {
      throw mismatch(Bool.self, node, path)
    }
    return value
  }

  /// Any scalar except null reads as its text, so `port: 8080` or `version: 1.10` decode into strings.
  func string(_ node: YAMLNode, _ path: [any CodingKey]) throws -> String {
    guard case .scalar(let scalar) = node else { throw mismatch(String.self, node, path) }
    if scalar.resolved == .null {
      throw DecodingError.valueNotFound(
        String.self, DecodingError.Context(codingPath: path, debugDescription: "expected String, found null"))
    }
    return scalar.value
  }

  func integer<I: FixedWidthInteger>(_ type: I.Type, _ node: YAMLNode, _ path: [any CodingKey]) throws -> I {
    guard case .scalar(let scalar) = node else { throw mismatch(type, node, path) }
    let result: I?
    switch scalar.resolved {
    case .int(let value): result = I(exactly: value)
    case .uint(let value): result = I(exactly: value)
    case .float(let value) where value.isFinite && value.rounded() == value:
      // `replicas: 1e3` reads as 1000, as it does through kubectl's YAML-to-JSON conversion.
      result = I(exactly: value)
    default: throw mismatch(type, node, path)
    }
    guard let result else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: path, debugDescription: "number \(scalar.value) does not fit in \(type)"))
    }
    return result
  }

  func floating<F: BinaryFloatingPoint>(_ type: F.Type, _ node: YAMLNode, _ path: [any CodingKey]) throws -> F {
    guard case .scalar(let scalar) = node else { throw mismatch(type, node, path) }
    let value: Double
    switch scalar.resolved {
    case .int(let int): value = Double(int)
    case .uint(let uint): value = Double(uint)
    case .float(let double): value = double
    default: throw mismatch(type, node, path)
    }
    let result = F(value)
    if value.isFinite && !result.isFinite {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: path, debugDescription: "number \(scalar.value) does not fit in \(type)"))
    }
    return result
  }

  private func data(_ node: YAMLNode, _ path: [any CodingKey]) throws -> Data {
    // Base64 in a block scalar may be wrapped over several lines.
    let text = try string(node, path).filter { !$0.isWhitespace }
    guard let data = Data(base64Encoded: text) else {
      throw corrupted(path, "expected base64 data, found \(MessageText.quoted(text))")
    }
    return data
  }

  private func date(_ node: YAMLNode, _ path: [any CodingKey]) throws -> Date {
    let text = try string(node, path)
    guard let date = RFC3339.date(from: text) else {
      throw corrupted(path, "expected an RFC 3339 time, found \(MessageText.quoted(text))")
    }
    return date
  }

  private func url(_ node: YAMLNode, _ path: [any CodingKey]) throws -> URL {
    let text = try string(node, path)
    guard let url = URL(string: text) else { throw corrupted(path, "expected a URL, found \(MessageText.quoted(text))") }
    return url
  }

  private func decimal(_ node: YAMLNode, _ path: [any CodingKey]) throws -> Decimal {
    guard case .scalar(let scalar) = node else { throw mismatch(Decimal.self, node, path) }
    switch scalar.resolved {
    case .int(let value): return Decimal(value)
    case .uint(let value): return Decimal(value)
    case .float(let value):
      return Decimal(string: scalar.value.filter { $0 != "_" }, locale: Locale(identifier: "en_US_POSIX"))
        ?? Decimal(value)
    default: throw mismatch(Decimal.self, node, path)
    }
  }

  // MARK: - Errors

  func mismatch(_ type: Any.Type, _ node: YAMLNode, _ path: [any CodingKey]) -> DecodingError {
    DecodingError.typeMismatch(
      type,
      DecodingError.Context(
        codingPath: path,
        debugDescription: "expected \(DecodingErrorRenderer.typeName(type)), found \(DecodingErrorRenderer.describe(node))"
      ))
  }

  private func corrupted(_ path: [any CodingKey], _ message: String) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: path, debugDescription: message))
  }
}
