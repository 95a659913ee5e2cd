/// Keyed encoding into a mapping node.
struct NodeKeyedEncodingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let encoder: NodeEncoder

  var codingPath: [any CodingKey] { encoder.codingPath }

  private func set(_ node: EncodedNode, _ key: Key) {
    encoder.target.set(key.stringValue, node)
  }

  mutating func encodeNil(forKey key: Key) throws { set(NodeEncoder.null, key) }
  mutating func encode(_ value: Bool, forKey key: Key) throws { set(NodeEncoder.bool(value), key) }
  mutating func encode(_ value: String, forKey key: Key) throws { set(NodeEncoder.string(value), key) }
  mutating func encode(_ value: Double, forKey key: Key) throws { set(NodeEncoder.floating(value), key) }
  mutating func encode(_ value: Float, forKey key: Key) throws { set(NodeEncoder.floating(value), key) }
  mutating func encode(_ value: Int, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: Int8, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: Int16, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: Int32, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: Int64, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: UInt, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: UInt8, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: UInt16, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: UInt32, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }
  mutating func encode(_ value: UInt64, forKey key: Key) throws { set(NodeEncoder.integer(value), key) }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    set(try encoder.box(value, path: codingPath + [key]), key)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let node = EncodedNode()
    set(node, key)
    return encoder.child(node, path: codingPath + [key]).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let node = EncodedNode()
    set(node, key)
    return encoder.child(node, path: codingPath + [key]).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let node = EncodedNode()
    encoder.target.set(YAMLCodingKey.superKey.stringValue, node)
    return encoder.child(node, path: codingPath + [YAMLCodingKey.superKey])
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    let node = EncodedNode()
    set(node, key)
    return encoder.child(node, path: codingPath + [key])
  }
}
