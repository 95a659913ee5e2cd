import Testing
import YAMLCoding

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The date `text` stands for, read both from a string and from its bytes, which must agree.
private func parsed(_ text: String) -> Date? {
  let fromBytes = Array(text.utf8).withUnsafeBytes { RFC3339.date(utf8: $0) }
  let fromText = RFC3339.date(from: text)
  #expect(fromBytes == fromText, "\(text)")
  return fromText
}

@Suite struct RFC3339Tests {
  @Test(
    "RFC 3339 times parse to the instant they name",
    arguments: [
      ("2026-11-20T10:19:57Z", 1_795_169_997.0), ("2026-11-20t10:19:57z", 1_795_169_997),
      ("2026-11-20 10:19:57Z", 1_795_169_997), ("2026-11-20T10:19:57.5Z", 1_795_169_997.5),
      ("2026-11-20T10:19:57.000123Z", 1_795_169_997.000123), ("2026-11-20T10:19:57+02:00", 1_795_162_797),
      ("2026-11-20T10:19:57.25-05:30", 1_795_189_797.25), ("2024-02-29T23:59:59Z", 1_709_251_199),
      ("2024-02-29T23:59:60Z", 1_709_251_200), ("0001-01-01T00:00:00Z", -62_135_596_800),
      ("9999-12-31T23:59:59Z", 253_402_300_799), ("1970-01-01T00:00:00Z", 0),
    ])
  func accepted(text: String, seconds: Double) throws {
    let date = try #require(parsed(text))
    #expect(abs(date.timeIntervalSince1970 - seconds) < 1e-6, "\(text)")
  }

  @Test(
    "anything else is refused",
    arguments: [
      "2026-13-20T10:19:57Z", "2026-00-20T10:19:57Z", "2026-11-32T10:19:57Z", "2026-11-31T10:19:57Z",
      "2026-02-29T10:19:57Z", "2100-02-29T10:19:57Z", "2026-11-00T10:19:57Z", "2026-11-20T24:19:57Z",
      "2026-11-20T10:60:57Z", "2026-11-20T10:19:61Z", "2026-1x-20T10:19:57Z", "2026-11-20T10:19:5/Z",
      "2026/11-20T10:19:57Z", "2026-11-20X10:19:57Z", "2026-11-20T10:19:57", "2026-11-20T10:19:57Zx",
      "2026-11-20T10:19:57.Z", "2026-11-20T10:19:57.5", "2026-11-20T10:19:57+0200", "2026-11-20T10:19:57+02:00x",
      "2026-11-20T10:19:57+24:00", "2026-11-20T10:19:57+02:60", "2026-11-20T10:19:57+0a:00", "-026-11-20T10:19:57Z",
      "2026-11-20", "",
    ])
  func refused(text: String) {
    #expect(parsed(text) == nil, "\(text)")
  }

  @Test("every year from 1 to 9999 writes and reads back the same second")
  func roundTrip() throws {
    for step in 0..<2000 {
      // Each step at another day of the year and time of day.
      let seconds = -62_135_596_800 + step * 157_768_948 + step * 7_919 % 86_400
      let text = try #require(RFC3339.string(from: Date(timeIntervalSince1970: Double(seconds) + 0.75)))
      #expect(text.utf8.count == RFC3339.secondsCount)
      #expect(parsed(text)?.timeIntervalSince1970 == Double(seconds), "\(text)")
      var bytes = [UInt8](repeating: 0, count: 28)
      let count = bytes.withUnsafeMutableBufferPointer {
        RFC3339.write(seconds: seconds, micros: 1234, at: $0.baseAddress! + 1)
      }
      #expect(String(decoding: bytes[1..<(count + 1)], as: UTF8.self) == text.dropLast() + ".001234Z")
    }
  }

  @Test("times outside years 0 to 9999 have no text")
  func outOfRange() {
    #expect(RFC3339.string(from: Date(timeIntervalSince1970: 253_402_300_800)) == nil)
    #expect(RFC3339.string(from: Date(timeIntervalSince1970: -62_167_219_201)) == nil)
    #expect(RFC3339.string(from: Date(timeIntervalSince1970: -62_167_219_200)) == "0000-01-01T00:00:00Z")
  }
}
