/// Single-value encoding: replaces the content of the encoder's node.
struct NodeSingleValueEncodingContainer: SingleValueEncodingContainer {
  let encoder: NodeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func set(_ node: EncodedNode) {
    encoder.target.content = node.content
  }

  mutating func encodeNil() throws { set(NodeEncoder.null) }
  mutating func encode(_ value: Bool) throws { set(NodeEncoder.bool(value)) }
  mutating func encode(_ value: String) throws { set(NodeEncoder.string(value)) }
  mutating func encode(_ value: Double) throws { set(NodeEncoder.floating(value)) }
  mutating func encode(_ value: Float) throws { set(NodeEncoder.floating(value)) }
  mutating func encode(_ value: Int) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int8) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int16) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int32) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int64) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt8) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt16) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt32) throws { set(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt64) throws { set(NodeEncoder.integer(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    set(try encoder.box(value, path: codingPath))
  }
}
