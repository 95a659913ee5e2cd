import KubeAPI

/// A fast, allocation-light serializer from `JSONValue` to compact JSON bytes with sorted keys.
///
/// The store keeps every object's bytes and assembles list responses by concatenation, so this
/// must be fast and deterministic; `JSONEncoder` is neither fast enough for 20,000 pods nor
/// flexible enough to write an object's members without its braces.
struct JSONWriter {
  private(set) var bytes: [UInt8] = []

  init(capacity: Int = 256) {
    bytes.reserveCapacity(capacity)
  }

  /// Serializes a whole value.
  static func encode(_ value: JSONValue) -> [UInt8] {
    var writer = JSONWriter()
    writer.write(value)
    return writer.bytes
  }

  /// Serializes the members of an object without its braces, skipping `excluded` keys.
  static func encodeMembers(_ members: [String: JSONValue], excluding excluded: Set<String>) -> [UInt8] {
    var writer = JSONWriter(capacity: 1024)
    var first = true
    for key in members.keys.sorted() where !excluded.contains(key) {
      if !first { writer.bytes.append(UInt8(ascii: ",")) }
      first = false
      writer.writeString(key)
      writer.bytes.append(UInt8(ascii: ":"))
      if let member = members[key] { writer.write(member) }
    }
    return writer.bytes
  }

  mutating func append(_ raw: [UInt8]) {
    bytes.append(contentsOf: raw)
  }

  mutating func append(_ raw: String) {
    bytes.append(contentsOf: raw.utf8)
  }

  mutating func write(_ value: JSONValue) {
    switch value {
    case .null: append("null")
    case .bool(let flag): append(flag ? "true" : "false")
    case .int(let number): append(String(number))
    case .double(let number): writeDouble(number)
    case .string(let text): writeString(text)
    case .array(let elements):
      bytes.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        write(element)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      var first = true
      for key in members.keys.sorted() {
        if !first { bytes.append(UInt8(ascii: ",")) }
        first = false
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        if let member = members[key] { write(member) }
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  private mutating func writeDouble(_ number: Double) {
    guard number.isFinite else {
      append("null")
      return
    }
    if number.rounded() == number, abs(number) < 1e15 {
      append(String(Int64(number)))
    } else {
      append(String(number))
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      case 0x00..<0x20:
        append("\\u00")
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
