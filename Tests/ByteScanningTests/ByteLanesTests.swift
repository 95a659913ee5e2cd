import Testing

@testable import ByteScanning

@Suite("ByteLanes: eight bytes tested at once agree with testing each byte")
struct ByteLanesTests {
  /// Every word of `bytes` (eight at a time), each checked against a byte-by-byte test.
  static func words(_ bytes: [UInt8]) -> [(word: UInt64, bytes: ArraySlice<UInt8>)] {
    bytes.withUnsafeBytes { raw in
      stride(from: 0, through: bytes.count - 8, by: 1).map {
        (ByteLanes.word(raw.baseAddress!, at: $0), bytes[$0..<($0 + 8)])
      }
    }
  }

  /// Bytes around every boundary the masks depend on, in every lane, next to each other (a borrow from one lane
  /// must not hide or fake a match in the next).
  static let sample: [UInt8] =
    [0x00, 0x01, 0x1F, 0x20, 0x21, 0x22, 0x5B, 0x5C, 0x5D, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
    + Array("plain text \"quoted\" back\\slash\u{7}".utf8) + [0x22, 0x22, 0x00, 0x5C, 0x5C, 0xFF, 0x00, 0x22]

  @Test("any-match and the first matching lane are exact for equal, below and atLeast")
  func masks() {
    for (word, bytes) in Self.words(Self.sample) {
      let lanes: [(UInt64, (UInt8) -> Bool)] = [
        (ByteLanes.equal(word, 0x22), { $0 == 0x22 }),
        (ByteLanes.equal(word, 0x5C), { $0 == 0x5C }),
        (ByteLanes.equal(word, 0x00), { $0 == 0x00 }),
        (ByteLanes.below(word, 0x20), { $0 < 0x20 }),
        (ByteLanes.atLeast(word, 0x7F), { $0 >= 0x7F }),
        (ByteLanes.equal(word, 0x22) | ByteLanes.equal(word, 0x5C), { $0 == 0x22 || $0 == 0x5C }),
      ]
      for (mask, test) in lanes {
        let first = bytes.firstIndex(where: test).map { $0 - bytes.startIndex }
        #expect((mask != 0) == (first != nil), "\(Array(bytes))")
        if let first { #expect(ByteLanes.firstLane(mask) == first, "\(Array(bytes))") }
      }
    }
  }

  @Test("contains reads whole words and the tail alike")
  func contains() {
    for length in 0...20 {
      for position in 0..<max(length, 1) {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
        if length > 0 { bytes[position] = UInt8(ascii: "\"") }
        let found = bytes.withUnsafeBufferPointer { buffer in
          ByteLanes.contains(buffer, lanes: { ByteLanes.equal($0, UInt8(ascii: "\"")) }, byte: { $0 == 0x22 })
        }
        #expect(found == (length > 0), "length \(length), quote at \(position)")
      }
    }
  }
}
