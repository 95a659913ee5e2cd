/// Unkeyed encoding into a sequence node.
struct NodeUnkeyedEncodingContainer: UnkeyedEncodingContainer {
  let encoder: NodeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }
  var count: Int { encoder.target.count }

  private var nextPath: [any CodingKey] { codingPath + [YAMLCodingKey(index: count)] }

  private func append(_ node: EncodedNode) {
    encoder.target.append(node)
  }

  mutating func encodeNil() throws { append(NodeEncoder.null) }
  mutating func encode(_ value: Bool) throws { append(NodeEncoder.bool(value)) }
  mutating func encode(_ value: String) throws { append(NodeEncoder.string(value)) }
  mutating func encode(_ value: Double) throws { append(NodeEncoder.floating(value)) }
  mutating func encode(_ value: Float) throws { append(NodeEncoder.floating(value)) }
  mutating func encode(_ value: Int) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int8) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int16) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int32) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: Int64) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt8) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt16) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt32) throws { append(NodeEncoder.integer(value)) }
  mutating func encode(_ value: UInt64) throws { append(NodeEncoder.integer(value)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    append(try encoder.box(value, path: nextPath))
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let path = nextPath
    let node = EncodedNode()
    append(node)
    return encoder.child(node, path: path).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let path = nextPath
    let node = EncodedNode()
    append(node)
    return encoder.child(node, path: path).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let path = nextPath
    let node = EncodedNode()
    append(node)
    return encoder.child(node, path: path)
  }
}
