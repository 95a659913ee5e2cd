#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text searched as bytes: `memchr` for the needle's first byte, then `memcmp`. Not the standard library's
/// `firstRange(of:)`, which looks up generic metadata on every call (searching libcurl's trace lines with it was 10%
/// of the CPU of `lamp events -A -o json`), nor Foundation's `range(of:)`, which converts both strings to UTF-16 and
/// links all of Foundation and ICU.
public enum ByteSearch {
  /// The offset of the first occurrence of `needle` in `text`; an empty needle is found at 0.
  public static func offset(of needle: UnsafeRawBufferPointer, in text: UnsafeRawBufferPointer) -> Int? {
    guard let needleBase = needle.baseAddress, let first = needle.first else { return 0 }
    guard let base = text.baseAddress, text.count >= needle.count else { return nil }
    let lastStart = text.count - needle.count
    var index = 0
    while index <= lastStart, let found = memchr(base + index, Int32(first), lastStart - index + 1) {
      let start = base.distance(to: UnsafeRawPointer(found))
      if memcmp(found, needleBase, needle.count) == 0 { return start }
      index = start + 1
    }
    return nil
  }

  /// The offset of the first occurrence of `needle`'s UTF-8 in `text`.
  public static func offset(of needle: String, in text: UnsafeRawBufferPointer) -> Int? {
    var needle = needle
    return needle.withUTF8 { offset(of: UnsafeRawBufferPointer($0), in: text) }
  }
}

extension StringProtocol {
  /// The range of the first occurrence of `needle`, compared byte for byte (so without Unicode's canonical
  /// equivalence, which no text lamp searches needs).
  public func firstUTF8Range(of needle: String) -> Range<Index>? {
    guard let offset = utf8Offset(of: needle) else { return nil }
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return start..<utf8.index(start, offsetBy: needle.utf8.count)
  }

  /// Whether `needle` occurs, compared byte for byte (`firstUTF8Range(of:)`).
  public func containsUTF8(_ needle: String) -> Bool {
    utf8Offset(of: needle) != nil
  }

  private func utf8Offset(of needle: String) -> Int? {
    if let found = utf8.withContiguousStorageIfAvailable({ ByteSearch.offset(of: needle, in: .init($0)) }) {
      return found
    }
    // A bridged string has no contiguous UTF-8 to lend.
    var copy = String(self)
    return copy.withUTF8 { ByteSearch.offset(of: needle, in: .init($0)) }
  }
}
