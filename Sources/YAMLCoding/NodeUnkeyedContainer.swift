/// Unkeyed decoding over a YAML sequence.
struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
  private let decoder: NodeDecoder
  private let items: [YAMLNode]
  private(set) var currentIndex = 0

  init(items: [YAMLNode], decoder: NodeDecoder) {
    self.items = items
    self.decoder = decoder
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  private var currentPath: [any CodingKey] {
    codingPath + [YAMLCodingKey(index: currentIndex)]
  }

  /// The next item; advances only after the caller decoded it successfully, as `JSONDecoder` does.
  private func next(_ type: Any.Type) throws -> YAMLNode {
    guard currentIndex < items.count else {
      throw DecodingError.valueNotFound(
        type, DecodingError.Context(codingPath: currentPath, debugDescription: "the sequence has no more items"))
    }
    return items[currentIndex]
  }

  private mutating func advance<T>(_ decode: (NodeDecoder, YAMLNode, [any CodingKey]) throws -> T) throws -> T {
    let value = try decode(decoder, next(T.self), currentPath)
    currentIndex += 1
    return value
  }

  mutating func decodeNil() throws -> Bool {
    guard try next(Never?.self).isNull else { return false }
    currentIndex += 1
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try advance { try $0.bool(NodeDecoder.Value($1), $2) } }
  mutating func decode(_ type: String.Type) throws -> String {
    try advance { try $0.string(NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Double.Type) throws -> Double {
    try advance { try $0.floating(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Float.Type) throws -> Float {
    try advance { try $0.floating(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Int.Type) throws -> Int {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Int8.Type) throws -> Int8 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Int16.Type) throws -> Int16 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Int32.Type) throws -> Int32 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: Int64.Type) throws -> Int64 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: UInt.Type) throws -> UInt {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
    try advance { try $0.integer(type, NodeDecoder.Value($1), $2) }
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try advance { try $0.unbox($1, as: type, path: $2) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try advance { try $0.child($1, path: $2).container(keyedBy: type) }
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try advance { try $0.child($1, path: $2).unkeyedContainer() }
  }

  mutating func superDecoder() throws -> any Decoder {
    try advance { $0.child($1, path: $2) }
  }
}
