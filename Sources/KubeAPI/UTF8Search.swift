import Foundation

extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared byte for byte. For text scanned once per object of a
  /// large list (scheduler messages): the standard library's `firstRange(of:)` looks up generic metadata on every
  /// call, and Foundation's `range(of:)` converts both strings to UTF-16 first.
  public func firstUTF8Range(of needle: StaticString) -> Range<Index>? {
    guard
      let offset = utf8.withContiguousStorageIfAvailable({ UTF8Search.offset(of: needle, in: $0) }) ?? copied(needle)
    else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: needle.utf8CodeUnitCount)
  }

  /// The offset of `needle` in a native copy: a bridged or foreign string has no contiguous UTF-8 to lend.
  private func copied(_ needle: StaticString) -> Int? {
    var copy = String(self)
    return copy.withUTF8 { UTF8Search.offset(of: needle, in: $0) }
  }

  /// Whether `needle` occurs, compared byte for byte (`firstUTF8Range(of:)`).
  public func containsUTF8(_ needle: StaticString) -> Bool {
    firstUTF8Range(of: needle) != nil
  }
}

/// Byte-string search: `memchr` for the needle's first byte, then `memcmp`.
enum UTF8Search {
  static func offset(of needle: StaticString, in text: UnsafeBufferPointer<UInt8>) -> Int? {
    let needle = UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    guard let first = needle.first else { return 0 }
    guard let base = UnsafeRawPointer(text.baseAddress), text.count >= needle.count else { return nil }
    let lastStart = text.count - needle.count
    var index = 0
    while index <= lastStart, let found = memchr(base + index, Int32(first), lastStart - index + 1) {
      let start = base.distance(to: UnsafeRawPointer(found))
      if memcmp(found, needle.baseAddress!, needle.count) == 0 { return start }
      index = start + 1
    }
    return nil
  }
}
