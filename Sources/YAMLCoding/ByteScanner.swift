/// A cursor over UTF-8 bytes for the small hand-written grammars of this module.
struct ByteScanner {
  private let bytes: [UInt8]
  private(set) var index = 0

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  var atEnd: Bool { index == bytes.count }

  /// Consumes `character` (ASCII) when it is next.
  mutating func take(_ character: Unicode.Scalar) -> Bool {
    guard index < bytes.count, bytes[index] == UInt8(ascii: character) else { return false }
    index += 1
    return true
  }

  /// Consumes a run of decimal digits of the given length bounds (a longer run is refused).
  mutating func number(minDigits: Int, maxDigits: Int) -> Int? {
    var count = 0
    var value = 0
    while index + count < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index + count]) {
      value = value &* 10 &+ Int(bytes[index + count] - UInt8(ascii: "0"))
      count += 1
      if count > maxDigits { return nil }
    }
    guard count >= minDigits else { return nil }
    index += count
    return value
  }

  /// Consumes and returns the digits of a fraction (any length), without the dot.
  mutating func digits() -> [UInt8] {
    let start = index
    while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
    return Array(bytes[start..<index])
  }
}
