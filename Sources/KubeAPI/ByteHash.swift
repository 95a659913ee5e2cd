/// A fast hash of bytes for the tables one run builds from large lists (a page's repeated strings, groups of
/// repeated events), where `Hasher`'s SipHash over every field of every event cost more than the grouping itself.
/// Not for anything kept or compared across runs.
public enum ByteHash {
  /// Mixes `bytes` into `state`, eight bytes at a time.
  public static func hash(_ bytes: UnsafeRawBufferPointer, into state: UInt64 = 0) -> UInt64 {
    var hash = (state ^ UInt64(truncatingIfNeeded: bytes.count)) &* 0x9E37_79B9_7F4A_7C15
    var index = 0
    while index + 8 <= bytes.count {
      hash = (hash ^ bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      hash ^= hash >> 31
      index += 8
    }
    while index < bytes.count {
      hash = (hash ^ UInt64(bytes[index])) &* 0x94D0_49BB_1331_11EB
      index += 1
    }
    return hash ^ (hash >> 29)
  }

  /// Mixes a string's UTF-8 bytes into `state`, nil as the empty string. Takes the optional as it is stored, since
  /// unwrapping it with `??` first copies the string (a retain and a release).
  public static func hash(_ text: String?, into state: UInt64) -> UInt64 {
    guard let text else { return hash(UnsafeRawBufferPointer(start: nil, count: 0), into: state) }
    return hash(text, into: state)
  }

  /// Mixes a string's UTF-8 bytes into `state`.
  public static func hash(_ text: String, into state: UInt64) -> UInt64 {
    if let hash = text.utf8.withContiguousStorageIfAvailable({ hash(UnsafeRawBufferPointer($0), into: state) }) {
      return hash
    }
    var copy = text
    return copy.withUTF8 { hash(UnsafeRawBufferPointer($0), into: state) }
  }
}
