import ByteScanning
import CJSONIndex

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One JSON value inside a byte buffer, read by scanning: members and elements are found when asked for, and
/// the parts nobody asks for are skipped, never built. It serves list pages of tens of thousands of items
/// of which a view reads a few fields (`ScannableListItem`). It checks the structure it walks; callers fall
/// back to `JSONDecoder` on any error, which then reports it.
public struct JSONSlice {
  /// The value could not be read.
  public struct Malformed: Error {
    public init() {}
  }

  let buffer: UnsafeRawBufferPointer
  /// The value's bytes within `buffer`.
  public let range: Range<Int>
  /// Every object and array of the document, found by the pass that checks it: stepping over one costs a
  /// look-up instead of scanning its bytes again at every level that walks past it. Borrowed like the buffer.
  let structure: UnsafeBufferPointer<Entry>
  /// The value's entry in `structure` when it is an object or an array.
  let entry: Int
  /// Where the document's repeated strings are kept once. Borrowed like the buffer, so that making a slice costs
  /// no reference counting.
  let strings: Unmanaged<StringTable>?
  /// False when the value is known to hold no backslash: the scan that found a string's end saw every byte.
  let mayHoldEscapes: Bool

  init(
    _ buffer: UnsafeRawBufferPointer, _ range: Range<Int>, structure: UnsafeBufferPointer<Entry>, entry: Int,
    strings: Unmanaged<StringTable>?, mayHoldEscapes: Bool = true
  ) {
    self.buffer = buffer
    self.range = range
    self.structure = structure
    self.entry = entry
    self.strings = strings
    self.mayHoldEscapes = mayHoldEscapes
  }

  /// `body` applied to the single value that makes up `document` (whitespace around it allowed); the slices are
  /// valid only inside `body`. With a `strings` table, strings that repeat in the document (a list page's object
  /// names and uids, reporting controllers) are built once.
  public static func reading<Result>(
    _ document: UnsafeRawBufferPointer, strings: StringTable? = nil, _ body: (JSONSlice) throws -> Result
  ) throws -> Result {
    let start = skipSpace(document, 0)
    let (end, entries) = try structure(of: document, from: start)
    guard skipSpace(document, end) == document.count else { throw Malformed() }
    return try withExtendedLifetime(strings) {
      try entries.withUnsafeBufferPointer { entries in
        try body(
          JSONSlice(
            document, start..<end, structure: entries, entry: 0, strings: strings.map { Unmanaged.passUnretained($0) }))
      }
    }
  }

  /// An object or array of a document, in document order (`start`, one past its `end`, and the `next` entry after
  /// its own and all of those inside it), laid out for the vector pass in C. Strings are not recorded: they are
  /// most of a list's values, and a record of each took as much memory as the page.
  typealias Entry = lamp_json_entry

  /// The value's bytes.
  public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: buffer[range]) }

  public var isNull: Bool { literal("null") }

  /// Whether the value is exactly `word` (`null`, `true`, `false`): scalars are not checked while scanning.
  private func literal(_ word: StaticString) -> Bool {
    range.count == word.utf8CodeUnitCount
      && memcmp(buffer.baseAddress! + range.lowerBound, word.utf8Start, range.count) == 0
  }

  /// A member's name, compared with `case "metadata":` against its bytes: building a string for every member
  /// of every item was most of the time of reading a page.
  public struct Key {
    let buffer: UnsafeRawBufferPointer
    /// The name's bytes, quotes included.
    let range: Range<Int>
    /// The name's bytes between the quotes, escapes unresolved.
    let content: UnsafeRawBufferPointer
    let escaped: Bool

    init(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>, escaped: Bool) {
      self.buffer = buffer
      self.range = range
      content = UnsafeRawBufferPointer(rebasing: buffer[(range.lowerBound + 1)..<(range.upperBound - 1)])
      self.escaped = escaped
    }

    /// The name, escapes resolved.
    public var text: String {
      get throws { try JSONSlice.string(buffer, range) }
    }

    /// Whether the name is `name`.
    public func matches(_ name: String) -> Bool {
      guard !escaped else { return (try? text) == name }
      return JSONSlice.equal(name, content)
    }

    /// A `case` of a `switch` over member names. A literal's length and bytes are constants here, so each `case`
    /// compiles to a length check and a few loads rather than a call per member and name.
    @inline(__always)
    public static func ~= (pattern: StaticString, key: Key) -> Bool {
      guard !key.escaped else { return key.matches(pattern.description) }
      let length = pattern.utf8CodeUnitCount
      return key.content.count == length && memcmp(pattern.utf8Start, key.content.baseAddress!, length) == 0
    }
  }

  /// Calls `body` with each member of an object, in document order; throws when this is not an object.
  public func forEachMember(_ body: (Key, JSONSlice) throws -> Void) throws {
    guard buffer[range.lowerBound] == Byte.openBrace else { throw Malformed() }
    var next = entry + 1
    var index = Self.skipSpace(buffer, range.lowerBound + 1)
    guard index < range.upperBound else { throw Malformed() }
    if buffer[index] == Byte.closeBrace { return }
    while true {
      guard index < range.upperBound, buffer[index] == Byte.quote else { throw Malformed() }
      let (keyEnd, keyEscaped) = try Self.scanString(buffer, index)
      let key = Key(buffer, index..<keyEnd, escaped: keyEscaped)
      index = Self.skipSpace(buffer, keyEnd)
      guard index < range.upperBound, buffer[index] == Byte.colon else { throw Malformed() }
      index = Self.skipSpace(buffer, index + 1)
      let valueEntry = next
      let (valueEnd, escaped) = try end(ofValueAt: index, entry: &next)
      try body(
        key,
        JSONSlice(
          buffer, index..<valueEnd, structure: structure, entry: valueEntry, strings: strings, mayHoldEscapes: escaped))
      index = Self.skipSpace(buffer, valueEnd)
      guard index < range.upperBound else { throw Malformed() }
      if buffer[index] == Byte.closeBrace { return }
      guard buffer[index] == Byte.comma else { throw Malformed() }
      index = Self.skipSpace(buffer, index + 1)
    }
  }

  /// Calls `body` with each element of an array; throws when this is not an array.
  public func forEachElement(_ body: (JSONSlice) throws -> Void) throws {
    guard buffer[range.lowerBound] == Byte.openBracket else { throw Malformed() }
    var next = entry + 1
    var index = Self.skipSpace(buffer, range.lowerBound + 1)
    guard index < range.upperBound else { throw Malformed() }
    if buffer[index] == Byte.closeBracket { return }
    while true {
      let elementEntry = next
      let (end, escaped) = try end(ofValueAt: index, entry: &next)
      try body(
        JSONSlice(
          buffer, index..<end, structure: structure, entry: elementEntry, strings: strings, mayHoldEscapes: escaped))
      index = Self.skipSpace(buffer, end)
      guard index < range.upperBound else { throw Malformed() }
      if buffer[index] == Byte.closeBracket { return }
      guard buffer[index] == Byte.comma else { throw Malformed() }
      index = Self.skipSpace(buffer, index + 1)
    }
  }

  /// One past the end of the value at `start` (inside this one), and whether it is a string holding an escape:
  /// looked up when it is an object or an array, whose entry is then `entry`, which moves on to the entry after
  /// the value. Strings, numbers and literals are scanned.
  private func end(ofValueAt start: Int, entry: inout Int) throws -> (end: Int, escaped: Bool) {
    guard start < range.upperBound else { throw Malformed() }
    switch buffer[start] {
    case Byte.openBrace, Byte.openBracket:
      guard entry < structure.count, structure[entry].start == start else { throw Malformed() }
      let found = structure[entry]
      entry = Int(found.next)
      return (Int(found.end), false)
    case Byte.quote:
      return try Self.scanString(buffer, start)
    default:
      return (try Self.skipScalar(buffer, start), false)
    }
  }

  /// Whether this string value holds an escape.
  private var isEscaped: Bool {
    mayHoldEscapes && Self.containsBackslash(UnsafeRawBufferPointer(rebasing: buffer[range]))
  }

  static func containsBackslash(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return memchr(base, Int32(Byte.backslash), bytes.count) != nil
  }

  /// The member `key`, or nil when absent.
  public func member(_ key: String) throws -> JSONSlice? {
    var found: JSONSlice?
    try forEachMember { name, value in
      if found == nil && name.matches(key) { found = value }
    }
    return found
  }

  /// A string value; nil for null; throws for anything else.
  public func string() throws -> String? {
    try string(shared: true)
  }

  /// A string that occurs once in its document, such as an object's own name or uid: built without looking for
  /// it among the repeated strings, which only costs time for a string that cannot repeat.
  public func uniqueString() throws -> String? {
    try string(shared: false)
  }

  private func string(shared: Bool) throws -> String? {
    if isNull { return nil }
    guard range.count >= 2, buffer[range.lowerBound] == Byte.quote else { throw Malformed() }
    guard !isEscaped else { return try Self.string(buffer, range) }
    let content = UnsafeRawBufferPointer(rebasing: buffer[(range.lowerBound + 1)..<(range.upperBound - 1)])
    if shared, let strings, content.count > 15, content.count <= 64 {
      return strings.takeUnretainedValue().string(content)
    }
    return String(decoding: content, as: UTF8.self)
  }

  /// An integer value; nil for null; throws for anything else (fractions included).
  public func int() throws -> Int? {
    if isNull { return nil }
    var index = range.lowerBound
    let negative = buffer[index] == Byte.minus
    if negative { index += 1 }
    guard index < range.upperBound else { throw Malformed() }
    var value = 0
    while index < range.upperBound {
      let digit = Int(buffer[index]) - 48
      guard (0...9).contains(digit) else { throw Malformed() }
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      guard !overflow else { throw Malformed() }
      value = times + digit
      index += 1
    }
    return negative ? -value : value
  }

  /// A boolean value; nil for null; throws for anything else.
  public func bool() throws -> Bool? {
    if isNull { return nil }
    if literal("true") { return true }
    if literal("false") { return false }
    throw Malformed()
  }

  /// An RFC 3339 time (`KubeTime`); nil for null; throws for anything else.
  public func date() throws -> Date? {
    if isNull { return nil }
    guard range.count >= 2, buffer[range.lowerBound] == Byte.quote else { throw Malformed() }
    let content = UnsafeRawBufferPointer(rebasing: buffer[(range.lowerBound + 1)..<(range.upperBound - 1)])
    // Timestamps hold no escapes; one that does is read as a string first.
    let date = isEscaped ? KubeTime.parse(try Self.string(buffer, range)) : KubeTime.parse(utf8: content)
    guard let date else { throw Malformed() }
    return date
  }

  /// An object of strings (labels, annotations); nil for null.
  public func stringMap() throws -> [String: String]? {
    if isNull { return nil }
    var result: [String: String] = [:]
    try forEachMember { key, value in result[try key.text] = try value.string() }
    return result
  }

  /// An array's elements, each made by `element`; nil for null.
  public func array<Element>(_ element: (JSONSlice) throws -> Element) throws -> [Element]? {
    if isNull { return nil }
    var result: [Element] = []
    try forEachElement { result.append(try element($0)) }
    return result
  }

  /// An object of quantities written as strings (`requests`, `allocatable`); nil for null. A quantity written as
  /// a JSON number throws, leaving it to `JSONDecoder`.
  public func quantityMap() throws -> [String: Quantity]? {
    if isNull { return nil }
    var result: [String: Quantity] = [:]
    try forEachMember { key, value in
      guard let text = try value.string() else { throw Malformed() }
      result[try key.text] = try Quantity(parsing: Quantity.trimmed(text))
    }
    return result
  }

  /// Strings of one document, each built once. Only strings longer than Swift keeps inline (15 bytes) are worth
  /// sharing, and long ones (messages) rarely repeat, so `string()` asks only for those in between.
  ///
  /// A cache with one string per slot rather than a dictionary: a string whose slot holds another one replaces
  /// it. Looking up costs one fast hash and one comparison, never a rehash or a probe sequence, and a document
  /// built to collide costs nothing worse than building its strings.
  public final class StringTable {
    private let slots: UnsafeMutablePointer<String?>
    private let mask: Int

    /// A table sized for a document of `documentSize` bytes.
    public init(documentSize: Int) {
      var count = 1 << 8
      while count < min(documentSize / 128, 1 << 16) { count <<= 1 }
      slots = .allocate(capacity: count)
      slots.initialize(repeating: nil, count: count)
      mask = count - 1
    }

    deinit {
      slots.deinitialize(count: mask + 1)
      slots.deallocate()
    }

    func string(_ bytes: UnsafeRawBufferPointer) -> String {
      let slot = slots + (Int(truncatingIfNeeded: ByteHash.hash(bytes)) & mask)
      if let known = slot.pointee, JSONSlice.equal(known, bytes) { return known }
      let text = String(decoding: bytes, as: UTF8.self)
      slot.pointee = text
      return text
    }
  }

  /// Whether `text` is exactly `bytes`; lengths first, since most comparisons (member names in a `switch`) differ
  /// in length. The length check is inlined into each `case`, where a literal's length is a constant.
  @inline(__always)
  static func equal(_ text: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
    guard text.utf8.count == bytes.count else { return false }
    return sameBytes(text, bytes)
  }

  static func sameBytes(_ text: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { stored in
      stored.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
    } ?? text.utf8.elementsEqual(bytes)
  }

  // MARK: - Scanning

  enum Byte {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let u = UInt8(ascii: "u")
  }

  /// The first byte at or after `start` that is not whitespace. Lists from kube-apiserver have none, and a call
  /// made four times for each member cost more than looking at the byte: the usual case is checked inline.
  @inline(__always)
  static func skipSpace(_ buffer: UnsafeRawBufferPointer, _ start: Int) -> Int {
    if start < buffer.count, buffer[start] > 0x20 { return start }
    return skipSpaceRun(buffer, start)
  }

  private static func skipSpaceRun(_ buffer: UnsafeRawBufferPointer, _ start: Int) -> Int {
    var index = start
    while index < buffer.count {
      switch buffer[index] {
      case 0x20, 0x0A, 0x0D, 0x09: index += 1
      default: return index
      }
    }
    return index
  }

  /// One past the end of the value at `start`, and the entries of the objects and arrays it is made of. It checks
  /// that strings end and that brackets balance.
  static func structure(of buffer: UnsafeRawBufferPointer, from start: Int) throws -> (end: Int, entries: [Entry]) {
    guard start < buffer.count, buffer.count < UInt32.max else { throw Malformed() }
    guard buffer[start] == Byte.openBrace || buffer[start] == Byte.openBracket else {
      return (try skipScalar(buffer, start), [])
    }
    #if arch(x86_64)
      return try vectorStructure(of: buffer, from: start)
    #else
      return try scalarStructure(of: buffer, from: start)
    #endif
  }

  #if arch(x86_64)
    /// `structure(of:from:)` 64 bytes at a time (`lamp_json_structure`), more than twice as fast as byte by byte.
    static func vectorStructure(of buffer: UnsafeRawBufferPointer, from start: Int) throws -> (
      end: Int, entries: [Entry]
    ) {
      // Kubernetes lists hold an object or array per 100 to 200 bytes, and nest a few dozen deep at most. Every
      // entry takes two bytes or more, so the second try always has room.
      for (capacity, depth) in [(buffer.count / 32 + 64, 1024), (buffer.count / 2 + 1, buffer.count / 2 + 1)] {
        var end = 0
        var status = lamp_json_complete
        var stack = [UInt32](repeating: 0, count: depth)
        let entries = [Entry](unsafeUninitializedCapacity: capacity) { entries, count in
          stack.withUnsafeMutableBufferPointer { stack in
            status = lamp_json_structure(
              buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), buffer.count, start, entries.baseAddress,
              capacity, stack.baseAddress, depth, &end, &count)
          }
          if status != lamp_json_complete { count = 0 }
        }
        switch status {
        case lamp_json_complete: return (end, entries)
        case lamp_json_no_room: continue
        default: throw Malformed()
        }
      }
      throw Malformed()
    }
  #endif

  /// `structure(of:from:)` byte by byte, where there is no vector pass (and in tests, to check that one).
  static func scalarStructure(of buffer: UnsafeRawBufferPointer, from start: Int) throws -> (
    end: Int, entries: [Entry]
  ) {
    var entries: [Entry] = []
    // Kubernetes lists hold an object or array per 100 to 200 bytes.
    entries.reserveCapacity(buffer.count / 128)
    var open: [Int] = []
    var index = start
    while index < buffer.count {
      switch buffer[index] {
      case Byte.quote:
        index = try skipString(buffer, index)
        continue
      case Byte.openBrace, Byte.openBracket:
        open.append(entries.count)
        entries.append(Entry(start: UInt32(index), end: 0, next: 0))
      case Byte.closeBrace, Byte.closeBracket:
        guard let opened = open.popLast() else { throw Malformed() }
        entries[opened].end = UInt32(index + 1)
        entries[opened].next = UInt32(entries.count)
        if open.isEmpty { return (index + 1, entries) }
      default:
        break
      }
      index += 1
    }
    throw Malformed()
  }

  /// One past the end of the string, number or literal starting at `start`.
  static func skipScalar(_ buffer: UnsafeRawBufferPointer, _ start: Int) throws -> Int {
    guard start < buffer.count else { throw Malformed() }
    if buffer[start] == Byte.quote { return try skipString(buffer, start) }
    var index = start
    while index < buffer.count {
      switch buffer[index] {
      case Byte.comma, Byte.closeBrace, Byte.closeBracket, Byte.openBrace, Byte.openBracket, 0x20, 0x0A, 0x0D, 0x09:
        break
      default:
        index += 1
        continue
      }
      break
    }
    guard index > start else { throw Malformed() }
    return index
  }

  /// One past the closing quote of the string starting at `start`.
  static func skipString(_ buffer: UnsafeRawBufferPointer, _ start: Int) throws -> Int {
    try scanString(buffer, start).end
  }

  /// One past the closing quote of the string starting at `start`, and whether the string holds an escape. Eight
  /// bytes are looked at a time: strings are most of a Kubernetes list's bytes, and most are short, so a call to
  /// `memchr` per string, and another to look for a backslash, cost more than the looking.
  @inline(__always)
  static func scanString(_ buffer: UnsafeRawBufferPointer, _ start: Int) throws -> (end: Int, escaped: Bool) {
    guard let base = buffer.baseAddress else { throw Malformed() }
    let count = buffer.count
    var index = start + 1
    var escaped = false
    while true {
      if index + 8 <= count {
        let word = ByteLanes.word(base, at: index)
        let special = ByteLanes.equal(word, Byte.quote) | ByteLanes.equal(word, Byte.backslash)
        guard special != 0 else {
          index += 8
          continue
        }
        index += ByteLanes.firstLane(special)
      } else {
        guard index < count else { throw Malformed() }
        let byte = base.load(fromByteOffset: index, as: UInt8.self)
        guard byte == Byte.quote || byte == Byte.backslash else {
          index += 1
          continue
        }
      }
      if base.load(fromByteOffset: index, as: UInt8.self) == Byte.quote { return (index + 1, escaped) }
      // A backslash: the byte after it is escaped, whatever it is.
      escaped = true
      index += 2
    }
  }

  /// The text of the string at `range` (quotes included), escapes resolved.
  static func string(_ buffer: UnsafeRawBufferPointer, _ range: Range<Int>) throws -> String {
    guard range.count >= 2, buffer[range.lowerBound] == Byte.quote else { throw Malformed() }
    let content = UnsafeRawBufferPointer(rebasing: buffer[(range.lowerBound + 1)..<(range.upperBound - 1)])
    guard let base = content.baseAddress, memchr(base, Int32(Byte.backslash), content.count) != nil else {
      return String(decoding: content, as: UTF8.self)
    }
    // Escapes only shorten the text, so it is written straight into a string of the content's size, the runs
    // between escapes copied whole: messages quote image names and paths (`\"`), and a byte at a time into an
    // array first took longer than reading the rest of an event.
    return try String(unsafeUninitializedCapacity: content.count) { text in
      var written = 0
      var index = 0
      func write(_ byte: UInt8) {
        text[written] = byte
        written += 1
      }
      while index < content.count {
        let rest = content.count - index
        let run = memchr(base + index, Int32(Byte.backslash), rest).map { base.distance(to: $0) - index } ?? rest
        if run > 0 {
          UnsafeMutableRawPointer(text.baseAddress! + written).copyMemory(from: base + index, byteCount: run)
          written += run
          index += run
          continue
        }
        guard index + 1 < content.count else { throw Malformed() }
        let escape = content[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): write(escape)
        case UInt8(ascii: "b"): write(0x08)
        case UInt8(ascii: "f"): write(0x0C)
        case UInt8(ascii: "n"): write(0x0A)
        case UInt8(ascii: "r"): write(0x0D)
        case UInt8(ascii: "t"): write(0x09)
        case Byte.u:
          var scalar = try hex4(content, index)
          index += 4
          if (0xD800..<0xDC00).contains(scalar), index + 6 <= content.count, content[index] == Byte.backslash,
            content[index + 1] == Byte.u
          {
            let low = try hex4(content, index + 2)
            if (0xDC00..<0xE000).contains(low) {
              scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
              index += 6
            }
          }
          UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}") { write($0) }
        default:
          throw Malformed()
        }
      }
      return written
    }
  }

  private static func hex4(_ content: UnsafeRawBufferPointer, _ start: Int) throws -> UInt32 {
    guard start + 4 <= content.count else { throw Malformed() }
    var value: UInt32 = 0
    for index in start..<(start + 4) {
      guard let digit = Character(Unicode.Scalar(content[index])).hexDigitValue else { throw Malformed() }
      value = value << 4 | UInt32(digit)
    }
    return value
  }
}
