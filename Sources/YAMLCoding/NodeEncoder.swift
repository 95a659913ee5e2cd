#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `Encoder` that writes into one `EncodedNode`.
struct NodeEncoder: Encoder {
  let target: EncodedNode
  let codingPath: [any CodingKey]
  let userInfoValues: [CodingUserInfoKey: any Sendable]

  var userInfo: [CodingUserInfoKey: Any] { userInfoValues }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    target.makeMapping()
    return KeyedEncodingContainer(NodeKeyedEncodingContainer<Key>(encoder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    target.makeSequence()
    return NodeUnkeyedEncodingContainer(encoder: self)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    NodeSingleValueEncodingContainer(encoder: self)
  }

  /// An encoder for a new child node.
  func child(_ node: EncodedNode, path: [any CodingKey]) -> NodeEncoder {
    NodeEncoder(target: node, codingPath: path, userInfoValues: userInfoValues)
  }

  // MARK: - Values

  /// Encodes any `Encodable`, giving the Foundation types with a textual YAML form that form.
  func box<T: Encodable>(_ value: T, path: [any CodingKey]) throws -> EncodedNode {
    if let data = value as? Data { return EncodedNode(YAMLScalar(string: data.base64EncodedString())) }
    if let date = value as? Date {
      guard let text = RFC3339.string(from: date) else {
        throw EncodingError.invalidValue(
          date, EncodingError.Context(codingPath: path, debugDescription: "the date is outside years 0...9999"))
      }
      return EncodedNode(YAMLScalar(string: text))
    }
    if let url = value as? URL { return EncodedNode(YAMLScalar(string: url.absoluteString)) }
    if let decimal = value as? Decimal { return EncodedNode(YAMLScalar(value: decimal.description)) }
    let node = EncodedNode()
    try value.encode(to: child(node, path: path))
    return node
  }

  static func string(_ value: String) -> EncodedNode {
    EncodedNode(YAMLScalar(string: value))
  }

  static func plain(_ text: String) -> EncodedNode {
    EncodedNode(YAMLScalar(value: text))
  }

  static func bool(_ value: Bool) -> EncodedNode {
    plain(value ? "true" : "false")
  }

  static func integer<I: FixedWidthInteger>(_ value: I) -> EncodedNode {
    plain(String(value))
  }

  /// `1.5`, `1e+21`, `.inf`, `-.inf`, `.nan`: text that reads back as the same float.
  static func floating<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) -> EncodedNode {
    if value.isNaN { return plain(".nan") }
    if value.isInfinite { return plain(value < 0 ? "-.inf" : ".inf") }
    return plain(value.description)
  }

  static var null: EncodedNode { plain("null") }
}
