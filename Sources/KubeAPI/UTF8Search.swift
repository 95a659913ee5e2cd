import Foundation

extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared byte for byte. For text scanned once per object of a
  /// large list (scheduler messages): the standard library's `firstRange(of:)` looks up generic metadata on every
  /// call, and Foundation's `range(of:)` converts both strings to UTF-16 first.
  public func firstUTF8Range(of needle: StaticString) -> Range<Index>? {
    let found = utf8.withContiguousStorageIfAvailable { text in
      UTF8Search.offset(
        of: UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount),
        in: UnsafeRawBufferPointer(text))
    }
    guard let offset = found ?? String(self).utf8Offset(of: needle) else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: needle.utf8CodeUnitCount)
  }

  /// Whether `needle` occurs, compared byte for byte (`firstUTF8Range(of:)`).
  public func containsUTF8(_ needle: StaticString) -> Bool {
    firstUTF8Range(of: needle) != nil
  }
}

extension String {
  /// The offset of `needle` in a copy made contiguous (a bridged or foreign string).
  fileprivate func utf8Offset(of needle: StaticString) -> Int? {
    var copy = self
    return copy.withUTF8 { text in
      UTF8Search.offset(
        of: UnsafeRawBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount),
        in: UnsafeRawBufferPointer(text))
    }
  }
}

/// Byte-string search: `memchr` for the needle's first byte, then `memcmp`.
enum UTF8Search {
  static func offset(of needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int? {
    guard let first = needle.first else { return 0 }
    guard let base = text.baseAddress, text.count >= needle.count else { return nil }
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
