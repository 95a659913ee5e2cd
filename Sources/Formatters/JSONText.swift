import ByteScanning

/// JSON written by hand for documents too large for `JSONEncoder`, byte for byte as `JSONRenderer` lays them out:
/// four-space indents, `"key": value`, strings escaped as `JSONEncoder` escapes them (quote, backslash, named and
/// `\u00xx` control characters; slashes and everything else as is).
public struct JSONText: ~Copyable {
  /// The text so far; `storage` and `count` are the buffer's, written in place once room is reserved.
  private var buffer: ByteText
  private var storage: UnsafeMutablePointer<UInt8> { buffer.storage }
  private var count: Int {
    get { buffer.count }
    _modify { yield &buffer.count }
  }

  /// Room for `capacity` bytes, so that a large piece is not copied as it grows.
  public init(capacity: Int = 256) {
    buffer = ByteText(capacity: capacity)
  }

  /// The text so far.
  public var bytes: [UInt8] { Array(buffer.bytes) }

  @inline(__always) private mutating func reserve(_ extra: Int) {
    buffer.reserve(extra)
  }

  @inline(__always) private mutating func append(_ byte: UInt8) {
    buffer.append(byte)
  }

  @inline(__always) private mutating func append(_ first: UInt8, _ second: UInt8) {
    buffer.append(first)
    buffer.append(second)
  }

  @inline(__always) private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    buffer.append(bytes)
  }

  /// Appends a newline and the indent of `depth` levels.
  public mutating func newline(depth: Int) {
    let width = depth * 4
    reserve(1 + width)
    storage[count] = UInt8(ascii: "\n")
    count += 1
    buffer.writeSpaces(width)
  }

  /// Appends raw text (punctuation, `true`, `false`).
  public mutating func raw(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends a number in decimal digits, without making a string of it (every event has a count).
  public mutating func integer(_ value: Int) {
    reserve(DecimalDigits.maxCount + 1)
    if value < 0 {
      storage[count] = UInt8(ascii: "-")
      count += 1
    }
    count += DecimalDigits.write(value.magnitude, at: storage + count)
  }

  /// Starts an object's member: `{` before the first one (`first` is then cleared), `,` before the others, then a
  /// new line at `depth` and `"key": `. Keys are the schema's field names, which need no escaping: appended as they
  /// are, they cost nothing per member of tens of thousands of objects.
  public mutating func member(_ key: StaticString, depth: Int, first: inout Bool) {
    // Reserved once and written in place: a report writes about twenty members for each of its events.
    let width = depth * 4
    let keyCount = key.utf8CodeUnitCount
    reserve(width + keyCount + 6)
    storage[count] = first ? UInt8(ascii: "{") : UInt8(ascii: ",")
    storage[count + 1] = UInt8(ascii: "\n")
    count += 2
    first = false
    buffer.writeSpaces(width)
    storage[count] = UInt8(ascii: "\"")
    (storage + count + 1).initialize(from: key.utf8Start, count: keyCount)
    count += keyCount + 1
    storage[count] = UInt8(ascii: "\"")
    storage[count + 1] = UInt8(ascii: ":")
    storage[count + 2] = UInt8(ascii: " ")
    count += 3
  }

  /// A member's start written out once, as `member(_:depth:first:)` writes it after the first member: `,`, a new
  /// line, the indent of its depth and `"key": `. For the members written tens of thousands of times, one copy
  /// of it does the work of the seven steps that lay it out.
  public struct MemberHead: @unchecked Sendable {
    /// Made once per head and kept for the life of the process: heads are static constants.
    fileprivate let bytes: UnsafeBufferPointer<UInt8>

    public init(_ key: StaticString, depth: Int) {
      var text = Array(",\n".utf8) + Array(repeating: UInt8(ascii: " "), count: depth * 4)
      text += [UInt8(ascii: "\"")] + UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
      text += Array("\": ".utf8)
      let storage = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
      _ = storage.initialize(from: text)
      bytes = UnsafeBufferPointer(storage)
    }
  }

  /// Starts a member from its written-out head: `{` instead of its `,` when it is the first (`first` is then
  /// cleared).
  public mutating func member(_ head: MemberHead, first: inout Bool) {
    append(head.bytes)
    if first {
      storage[count - head.bytes.count] = UInt8(ascii: "{")
      first = false
    }
  }

  /// A string member from its head, written only when there is a value.
  public mutating func member(_ head: MemberHead, _ value: String?, first: inout Bool) {
    guard let value else { return }
    member(head, first: &first)
    string(value)
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
    append(UInt8(ascii: "}"))
  }

  /// Appends a quoted, escaped string.
  public mutating func string(_ text: String) {
    // Native strings lend their bytes without a copy; most need no escaping and are appended whole.
    if text.utf8.withContiguousStorageIfAvailable({ quoted($0) }) != nil { return }
    var copy = text
    copy.withUTF8 { quoted($0) }
  }

  /// Copies the string eight bytes at a time, checking each word for bytes to escape on the way: most strings need
  /// none, and one pass does what a check over the whole string and then a copy of it did in two. From the first
  /// byte to escape on, `escape` writes the rest.
  private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
    let length = utf8.count
    reserve(length + 2)
    storage[count] = UInt8(ascii: "\"")
    count += 1
    var index = 0
    if let base = UnsafeRawPointer(utf8.baseAddress) {
      let out = UnsafeMutableRawPointer(storage + count)
      while index + 8 <= length {
        let word = ByteLanes.word(base, at: index)
        guard Self.escapeLanes(word) == 0 else { break }
        out.storeBytes(of: word.littleEndian, toByteOffset: index, as: UInt64.self)
        index += 8
      }
      // The last few bytes as one word that overlaps the ones already copied.
      if index < length, length >= 8, index + 8 > length {
        let word = ByteLanes.word(base, at: length - 8)
        if Self.escapeLanes(word) == 0 {
          out.storeBytes(of: word.littleEndian, toByteOffset: length - 8, as: UInt64.self)
          index = length
        }
      }
      while index < length, !Self.needsEscape(utf8[index]) {
        out.storeBytes(of: utf8[index], toByteOffset: index, as: UInt8.self)
        index += 1
      }
    }
    count += index
    if index < length { escape(UnsafeBufferPointer(rebasing: utf8[index...])) }
    append(UInt8(ascii: "\""))
  }

  /// Appends a quoted value that needs no escaping (a timestamp) without making a string of it first: `write` puts
  /// at most `maxCount` bytes at the pointer it is given and returns how many.
  public mutating func quoted(maxCount: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
    reserve(maxCount + 2)
    storage[count] = UInt8(ascii: "\"")
    count += 1
    count += write(storage + count)
    storage[count] = UInt8(ascii: "\"")
    count += 1
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  /// The lanes of `word` that hold a byte to escape.
  @inline(__always) private static func escapeLanes(_ word: UInt64) -> UInt64 {
    ByteLanes.below(word, 0x20) | ByteLanes.equal(word, UInt8(ascii: "\"")) | ByteLanes.equal(word, UInt8(ascii: "\\"))
  }

  /// Writes the rest of a string from a byte to escape on. The next byte to escape is looked for eight bytes at a
  /// time, as `quoted` looks for the first, and the run before it copied whole: a message that quotes an image
  /// name has its second quote further on, and a byte at a time that search was a tenth of the writer's time.
  private mutating func escape(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let base = UnsafeRawPointer(utf8.baseAddress) else { return }
    let length = utf8.count
    var runStart = 0
    var index = 0
    while index < length {
      if index + 8 <= length {
        let lanes = Self.escapeLanes(ByteLanes.word(base, at: index))
        guard lanes != 0 else {
          index += 8
          continue
        }
        index += ByteLanes.firstLane(lanes)
      } else if !Self.needsEscape(utf8[index]) {
        index += 1
        continue
      }
      append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
      escaped(utf8[index])
      index += 1
      runStart = index
    }
    append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
  }

  /// The escape of one byte that needs it.
  private mutating func escaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"):
      append(UInt8(ascii: "\\"), byte)
    case 0x0A: append(UInt8(ascii: "\\"), UInt8(ascii: "n"))
    case 0x0D: append(UInt8(ascii: "\\"), UInt8(ascii: "r"))
    case 0x09: append(UInt8(ascii: "\\"), UInt8(ascii: "t"))
    case 0x08: append(UInt8(ascii: "\\"), UInt8(ascii: "b"))
    case 0x0C: append(UInt8(ascii: "\\"), UInt8(ascii: "f"))
    default:
      let hex = Self.hexDigits.utf8Start
      append(UInt8(ascii: "\\"), UInt8(ascii: "u"))
      append(UInt8(ascii: "0"), UInt8(ascii: "0"))
      append(hex[Int(byte >> 4)], hex[Int(byte & 0x0F)])
    }
  }

  private static let hexDigits: StaticString = "0123456789abcdef"

  /// Hands the text so far to `output` and empties the buffer (to write a large document in pieces).
  public mutating func drain(to output: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    defer { count = 0 }
    try output(UnsafeRawBufferPointer(start: storage, count: count))
  }

  /// Hands the text over without copying it (`ByteText.finished()`).
  public consuming func finished() -> FinishedText {
    buffer.finished()
  }
}
