/// Tests on eight bytes at once, read as one word (SWAR): the checks behind the fast paths for plain text, where
/// a test per byte was most of the cost. Each mask has a lane's high bit set for a matching byte; whether any byte
/// matches is exact, though a lane after a real match can be flagged too, so a mask does not say which byte.
enum ByteLanes {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Bytes below `limit` (at most 0x80).
  @inline(__always) static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highs
  }

  /// Bytes equal to `byte`.
  @inline(__always) static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    below(word ^ (ones &* UInt64(byte)), 1)
  }

  /// Bytes of `limit` (at most 0x80) and above.
  @inline(__always) static func atLeast(_ word: UInt64, _ limit: UInt8) -> UInt64 {
    ((word &+ ones &* UInt64(0x80 - limit)) | word) & highs
  }

  /// Whether any byte of `bytes` matches: eight at a time through `lanes` (one of the masks above, or several
  /// joined with `|`), the last few through `byte`.
  @inline(__always) static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, lanes: (UInt64) -> UInt64, byte: (UInt8) -> Bool
  ) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
    var index = 0
    while index + 8 <= bytes.count {
      if lanes(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) != 0 { return true }
      index += 8
    }
    while index < bytes.count {
      if byte(bytes[index]) { return true }
      index += 1
    }
    return false
  }
}
