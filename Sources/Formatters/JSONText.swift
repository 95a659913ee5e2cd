import ByteScanning

/// JSON written by hand for documents too large for `JSONEncoder`, byte for byte as `JSONRenderer` lays them out:
/// four-space indents, `"key": value`, strings escaped as `JSONEncoder` escapes them (quote, backslash, named and
/// `\u00xx` control characters; slashes and everything else as is).
public struct JSONText: Sendable {
  /// The text so far.
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// Room for `capacity` bytes, so that a large piece is not copied as it grows.
  public init(capacity: Int) {
    bytes.reserveCapacity(capacity)
  }

  /// Appends a newline and the indent of `depth` levels.
  public mutating func newline(depth: Int) {
    bytes.append(UInt8(ascii: "\n"))
    let width = depth * 4
    guard width <= Self.spaces.utf8CodeUnitCount else {
      return bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: width))
    }
    bytes.append(contentsOf: UnsafeBufferPointer(start: Self.spaces.utf8Start, count: width))
  }

  /// Indents are cut from these: a static string costs no reference counting, unlike an array.
  private static let spaces: StaticString = "                                                                "

  /// Appends raw text (punctuation, numbers, already formatted JSON).
  public mutating func raw(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Starts an object's member: `{` before the first one (`first` is then cleared), `,` before the others, then a
  /// new line at `depth` and `"key": `. Keys are the schema's field names, which need no escaping: appended as they
  /// are, they cost nothing per member of tens of thousands of objects.
  public mutating func member(_ key: StaticString, depth: Int, first: inout Bool) {
    bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
    first = false
    newline(depth: depth)
    bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { bytes.append(contentsOf: $0) }
    bytes.append(UInt8(ascii: "\""))
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
  }

  /// A string member, written only when there is a value.
  public mutating func member(_ key: StaticString, _ value: String?, depth: Int, first: inout Bool) {
    guard let value else { return }
    member(key, depth: depth, first: &first)
    string(value)
  }

  /// Ends an object opened by `member`, its brace at `depth`; `{}` when no member was written.
  public mutating func endObject(depth: Int, empty: Bool) {
    guard !empty else { return raw("{}") }
    newline(depth: depth)
    raw("}")
  }

  /// Appends a quoted, escaped string.
  public mutating func string(_ text: String) {
    // Native strings lend their bytes without a copy; most need no escaping and are appended whole.
    if text.utf8.withContiguousStorageIfAvailable({ quoted($0) }) != nil { return }
    var copy = text
    copy.withUTF8 { quoted($0) }
  }

  private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    if Self.needsEscaping(utf8) {
      escape(utf8)
    } else {
      bytes.append(contentsOf: utf8)
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends a quoted value that `write` appends and that needs no escaping (a timestamp), without making a string
  /// of it first.
  public mutating func quoted(_ write: (inout [UInt8]) -> Void) {
    bytes.append(UInt8(ascii: "\""))
    write(&bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// Whether any byte needs escaping, eight bytes at a time: event messages make up most of a report's bytes.
  static func needsEscaping(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    ByteLanes.contains(
      utf8,
      lanes: {
        ByteLanes.below($0, 0x20) | ByteLanes.equal($0, UInt8(ascii: "\"")) | ByteLanes.equal($0, UInt8(ascii: "\\"))
      }, byte: needsEscape)
  }

  private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Runs of bytes that need no escape are copied whole.
    var runStart = 0
    for (index, byte) in utf8.enumerated() where Self.needsEscape(byte) {
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      runStart = index + 1
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"):
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(byte)
      case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
      case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
      case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
      case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
      case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
      default:
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      }
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }

  /// Takes the text so far, leaving the buffer empty (to write a large document in pieces).
  public mutating func take() -> [UInt8] {
    defer { bytes.removeAll(keepingCapacity: true) }
    return bytes
  }
}
