/// Keyed decoding over a YAML mapping. Keys are the text of scalar keys; when a key repeats, the last wins.
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  private let decoder: NodeDecoder
  private let values: [String: YAMLNode]
  /// Keys in document order, without repeats.
  private let orderedKeys: [String]

  init(entries: [YAMLMappingEntry], decoder: NodeDecoder) {
    self.decoder = decoder
    var values: [String: YAMLNode] = [:]
    var orderedKeys: [String] = []
    values.reserveCapacity(entries.count)
    for entry in entries {
      // Only scalar keys can name a coding key; complex keys are ignored like unknown ones.
      guard case .scalar(let key) = entry.key else { continue }
      if values.updateValue(entry.value, forKey: key.value) == nil { orderedKeys.append(key.value) }
    }
    self.values = values
    self.orderedKeys = orderedKeys
  }

  var codingPath: [any CodingKey] { decoder.codingPath }

  var allKeys: [Key] { orderedKeys.compactMap { Key(stringValue: $0) } }

  func contains(_ key: Key) -> Bool {
    values[key.stringValue] != nil
  }

  private func node(for key: Key) throws -> YAMLNode {
    guard let node = values[key.stringValue] else {
      throw DecodingError.keyNotFound(
        key, DecodingError.Context(codingPath: codingPath, debugDescription: "missing key \"\(key.stringValue)\""))
    }
    return node
  }

  private func path(_ key: Key) -> [any CodingKey] {
    codingPath + [key]
  }

  func decodeNil(forKey key: Key) throws -> Bool {
    try node(for: key).isNull
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    try decoder.bool(NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    try decoder.string(NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    try decoder.floating(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    try decoder.floating(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
    try decoder.integer(type, NodeDecoder.Value(node(for: key)), path(key))
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try decoder.unbox(node(for: key), as: type, path: path(key))
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try decoder.child(node(for: key), path: path(key)).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder.child(node(for: key), path: path(key)).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    let key = YAMLCodingKey.superKey
    return decoder.child(values[key.stringValue] ?? .null, path: codingPath + [key])
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    decoder.child(values[key.stringValue] ?? .null, path: path(key))
  }
}
