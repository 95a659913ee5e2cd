/// Tests on eight bytes at once, read as one word (SWAR): the checks behind the fast paths for plain text and the
/// JSON scanner, where a test per byte (or a call to `memchr` per short string) was most of the cost. Each mask
/// has a lane's high bit set for a matching byte. Whether any byte matches is exact, and so is the lowest lane
/// set (`firstLane`); a lane after a real match can be flagged too, so a mask does not say which others match.
public enum ByteLanes {
  public static let ones: UInt64 = 0x0101_0101_0101_0101
  public static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The eight bytes at `offset`, the first in the lowest lane whatever the machine's byte order.
  @inlinable @inline(__always)
  public static func word(_ base: UnsafeRawPointer, at offset: Int) -> UInt64 {
    UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// Bytes below `limit` (at most 0x80).
  @inlinable @inline(__always)
  public static func below(_ word: UInt64, _ limit: UInt8) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highs
  }

  /// Bytes equal to `byte`.
  @inlinable @inline(__always)
  public static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    below(word ^ (ones &* UInt64(byte)), 1)
  }

  /// Bytes of `limit` (at most 0x80) and above.
  @inlinable @inline(__always)
  public static func atLeast(_ word: UInt64, _ limit: UInt8) -> UInt64 {
    ((word &+ ones &* UInt64(0x80 - limit)) | word) & highs
  }

  /// The position (0 to 7) of the first matching byte of a non-zero mask from `word(_:at:)`.
  @inlinable @inline(__always)
  public static func firstLane(_ mask: UInt64) -> Int {
    mask.trailingZeroBitCount >> 3
  }

  /// Whether any byte of `bytes` matches: eight at a time through `lanes` (one of the masks above, or several
  /// joined with `|`), the last few through `byte`.
  @inlinable @inline(__always)
  public static func contains(
    _ bytes: UnsafeBufferPointer<UInt8>, lanes: (UInt64) -> UInt64, byte: (UInt8) -> Bool
  ) -> Bool {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return false }
    var index = 0
    while index + 8 <= bytes.count {
      if lanes(word(base, at: index)) != 0 { return true }
      index += 8
    }
    while index < bytes.count {
      if byte(bytes[index]) { return true }
      index += 1
    }
    return false
  }
}
