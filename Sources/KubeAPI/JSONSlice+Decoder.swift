#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension JSONSlice {
  /// Decodes `type` from the value as `KubeJSON.decoder()` does (times through `KubeTime`, `Data` as base64),
  /// reading members as the model asks for them instead of first building the whole document as `JSONDecoder`
  /// does. Any surprise throws a bare `DecodingError` (no coding path is tracked): callers decode again with
  /// `JSONDecoder`, which says what and where.
  public func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try SliceDecoder(value: self).decodeValue(type)
  }

  /// The single value that makes up `data`, decoded as `decode(_:)` does; scanned when `T` can be
  /// (`ScannableListItem`), which is several times faster than going through `Decodable`.
  public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    try reading(data) { document in
      if let scannable = T.self as? ScannableListItem.Type, let value = try? scannable.init(scanning: document) as? T {
        return value
      }
      return try document.decode(type)
    }
  }

  /// `body` applied to the single value that makes up `data`, with a table of its repeated strings; the slices
  /// are valid only inside `body`.
  public static func reading<Result>(_ data: Data, _ body: (JSONSlice) throws -> Result) throws -> Result {
    try data.withUnsafeBytes { try reading($0, strings: StringTable(documentSize: data.count), body) }
  }
}

/// The `Decoder` behind `JSONSlice.decode`: the decoder is its own single-value container.
struct SliceDecoder: Decoder, SingleValueDecodingContainer, SlicePrimitives {
  let value: JSONSlice

  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    KeyedDecodingContainer(try SliceKeyedContainer<Key>(value))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try SliceUnkeyedContainer(value)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  func decodeNil() -> Bool { value.isNull }

  func decodeAny<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(type) }

  /// Scalars read straight from the bytes; everything else through its own `init(from:)`. A value of the wrong
  /// type throws `typeMismatch`, which some models catch to try another type (`Quantity`).
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    do {
      if T.self == String.self { return try Self.cast(try required(value.string())) }
      if T.self == Int.self { return try Self.cast(try integer(Int.self)) }
      if T.self == Bool.self { return try Self.cast(try required(value.bool())) }
      if T.self == Date.self { return try Self.cast(try required(value.date())) }
      if T.self == Int64.self { return try Self.cast(try integer(Int64.self)) }
      if T.self == Double.self { return try Self.cast(try number()) }
      if T.self == Int32.self { return try Self.cast(try integer(Int32.self)) }
      if T.self == UInt.self { return try Self.cast(try integer(UInt.self)) }
      if T.self == UInt64.self { return try Self.cast(try integer(UInt64.self)) }
      if T.self == UInt32.self { return try Self.cast(try integer(UInt32.self)) }
      if T.self == Int16.self { return try Self.cast(try integer(Int16.self)) }
      if T.self == UInt16.self { return try Self.cast(try integer(UInt16.self)) }
      if T.self == Int8.self { return try Self.cast(try integer(Int8.self)) }
      if T.self == UInt8.self { return try Self.cast(try integer(UInt8.self)) }
      if T.self == Float.self { return try Self.cast(Float(try number())) }
      if T.self == Decimal.self {
        guard let decimal = Decimal(string: try numberText(), locale: Locale(identifier: "en_US_POSIX")) else {
          throw JSONSlice.Malformed()
        }
        return try Self.cast(decimal)
      }
      if T.self == Data.self {
        guard let data = Data(base64Encoded: try required(value.string())) else { throw JSONSlice.Malformed() }
        return try Self.cast(data)
      }
    } catch is JSONSlice.Malformed {
      throw DecodingError.typeMismatch(T.self, Self.context)
    }
    // JSONDecoder reads URLs in a way of its own.
    if T.self == URL.self { throw DecodingError.typeMismatch(T.self, Self.context) }
    return try T(from: self)
  }

  private func required<Value>(_ value: Value?) throws -> Value {
    guard let value else { throw JSONSlice.Malformed() }
    return value
  }

  /// An integer; written with a fraction or an exponent (`1e3`), it must be whole, as `JSONDecoder` requires.
  /// Digits beyond `Int` are left to `JSONDecoder` (through `Double` they could round).
  private func integer<Integer: FixedWidthInteger>(_ type: Integer.Type) throws -> Integer {
    guard !value.isNull else { throw JSONSlice.Malformed() }
    if let whole = try? value.int() {
      guard let result = Integer(exactly: whole) else { throw JSONSlice.Malformed() }
      return result
    }
    guard value.bytes.contains(where: { $0 == 46 || $0 | 0x20 == 101 }), let result = Integer(exactly: try number())
    else { throw JSONSlice.Malformed() }
    return result
  }

  /// A JSON number (digits, sign, point, exponent only: `Double(_:)` would also take `nan` or hex).
  private func number() throws -> Double {
    guard let number = Double(try numberText()) else { throw JSONSlice.Malformed() }
    return number
  }

  private func numberText() throws -> String {
    let bytes = value.bytes
    let allowed = bytes.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 45 || $0 == 43 || $0 == 46 || $0 | 0x20 == 101 }
    guard !bytes.isEmpty, allowed, bytes.first != 43 else { throw JSONSlice.Malformed() }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func cast<Value, T>(_ value: Value) throws -> T {
    guard let value = value as? T else { throw JSONSlice.Malformed() }
    return value
  }

  static var context: DecodingError.Context { DecodingError.Context(codingPath: [], debugDescription: "") }

  static var mismatch: DecodingError { DecodingError.dataCorrupted(context) }
}

/// An object's members, found once, looked up by name as the model asks for them.
struct SliceKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  private var members: [(key: JSONSlice.Key, value: JSONSlice)] = []

  init(_ value: JSONSlice) throws {
    var members: [(key: JSONSlice.Key, value: JSONSlice)] = []
    try value.forEachMember { members.append(($0, $1)) }
    self.members = members
  }

  var codingPath: [any CodingKey] { [] }

  var allKeys: [Key] { members.compactMap { (try? $0.key.text).flatMap(Key.init(stringValue:)) } }

  /// The member named `key`; the first one when a name repeats, as `JSONDecoder` reads it.
  private func member(_ key: Key) -> JSONSlice? {
    let name = key.stringValue
    return members.first { $0.key.matches(name) }?.value
  }

  private func required(_ key: Key) throws -> SliceDecoder {
    guard let value = member(key) else {
      throw DecodingError.keyNotFound(key, SliceDecoder.context)
    }
    return SliceDecoder(value: value)
  }

  func contains(_ key: Key) -> Bool { member(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try required(key).value.isNull }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try required(key).decodeValue(type) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type, key) }

  // The concrete overloads are what synthesized `init(from:)`s call; each finds its member once.
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try required(key).decodeValue(type) }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try required(key).decodeValue(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try required(key).decodeValue(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try required(key).decodeValue(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try required(key).decodeValue(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try required(key).decodeValue(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try required(key).decodeValue(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try required(key).decodeValue(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try required(key).decodeValue(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try required(key).decodeValue(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try required(key).decodeValue(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try required(key).decodeValue(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try required(key).decodeValue(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try required(key).decodeValue(type) }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
  func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try optional(type, key) }
  func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }

  private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
    guard let value = member(key), !value.isNull else { return nil }
    return try SliceDecoder(value: value).decodeValue(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try required(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try required(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { throw SliceDecoder.mismatch }

  func superDecoder(forKey key: Key) throws -> any Decoder { try required(key) }
}

/// An array's elements, found once, read in order. A class, so that the non-mutating primitive overloads
/// (`SlicePrimitives`) serve it as well as the single-value container.
final class SliceUnkeyedContainer: UnkeyedDecodingContainer, SlicePrimitives {
  private let elements: [JSONSlice]
  private(set) var currentIndex = 0

  init(_ value: JSONSlice) throws {
    var elements: [JSONSlice] = []
    try value.forEachElement { elements.append($0) }
    self.elements = elements
  }

  var codingPath: [any CodingKey] { [] }
  var count: Int? { elements.count }
  var isAtEnd: Bool { currentIndex >= elements.count }

  private func next() throws -> SliceDecoder {
    guard !isAtEnd else { throw SliceDecoder.mismatch }
    defer { currentIndex += 1 }
    return SliceDecoder(value: elements[currentIndex])
  }

  func decodeNil() throws -> Bool {
    guard !isAtEnd else { throw SliceDecoder.mismatch }
    guard elements[currentIndex].isNull else { return false }
    currentIndex += 1
    return true
  }

  func decodeAny<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { try next() }
}

/// The primitive `decode` overloads of single-value and unkeyed containers, all through `decodeAny`.
protocol SlicePrimitives {
  func decodeAny<T: Decodable>(_ type: T.Type) throws -> T
}

extension SlicePrimitives {
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeAny(type) }
  func decode(_ type: String.Type) throws -> String { try decodeAny(type) }
  func decode(_ type: Bool.Type) throws -> Bool { try decodeAny(type) }
  func decode(_ type: Int.Type) throws -> Int { try decodeAny(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try decodeAny(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try decodeAny(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try decodeAny(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try decodeAny(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try decodeAny(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeAny(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeAny(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeAny(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeAny(type) }
  func decode(_ type: Double.Type) throws -> Double { try decodeAny(type) }
  func decode(_ type: Float.Type) throws -> Float { try decodeAny(type) }
}
