import Testing

@testable import YAMLCoding

/// What a plain scalar `text` resolves to when it is the value of a key.
private func resolved(_ text: String) throws -> YAMLScalar.Resolved {
  let node = try YAML.parse("v: \(text)\n")
  return try #require(node["v"]?.scalar).resolved
}

@Suite struct ScalarTypingTests {
  @Test(arguments: [
    ("true", true), ("True", true), ("TRUE", true), ("yes", true), ("Yes", true), ("YES", true),
    ("y", true), ("Y", true), ("on", true), ("On", true), ("ON", true),
    ("false", false), ("False", false), ("FALSE", false), ("no", false), ("No", false), ("NO", false),
    ("n", false), ("N", false), ("off", false), ("Off", false), ("OFF", false),
  ])
  func booleans(text: String, expected: Bool) throws {
    #expect(try resolved(text) == .bool(expected))
  }

  @Test(arguments: ["~", "null", "Null", "NULL", ""])
  func nulls(text: String) throws {
    #expect(try resolved(text) == .null)
  }

  @Test(
    arguments: [
      ("0", 0), ("42", 42), ("-17", -17), ("+5", 5), ("1_000", 1000), ("0x1F", 31), ("0X1f", 31), ("-0x10", -16),
      ("0o17", 15), ("017", 15), ("0b101", 5), ("00", 0), ("9223372036854775807", Int64.max),
      ("-9223372036854775808", Int64.min),
    ] as [(String, Int64)])
  func integers(text: String, expected: Int64) throws {
    #expect(try resolved(text) == .int(expected))
  }

  @Test func unsignedBeyondInt64() throws {
    #expect(try resolved("18446744073709551615") == .uint(UInt64.max))
  }

  @Test(
    arguments: [
      ("1.5", 1.5), ("1.10", 1.1), ("-0.25", -0.25), ("1e3", 1000), ("1E+3", 1000), ("2.5e-3", 0.0025), (".5", 0.5),
      ("1.", 1), ("+1.5", 1.5), ("08", 8), ("09.5", 9.5), ("1_0.5", 10.5), (".inf", .infinity), (".Inf", .infinity),
      ("+.INF", .infinity), ("-.inf", -.infinity), ("99999999999999999999", 1e20),
    ] as [(String, Double)])
  func floats(text: String, expected: Double) throws {
    #expect(try resolved(text) == .float(expected))
  }

  @Test func notANumber() throws {
    guard case .float(let value) = try resolved(".nan") else {
      Issue.record("expected a float")
      return
    }
    #expect(value.isNaN)
  }

  @Test(arguments: [
    "yES", "tRUE", "nope", "abc", "1.2.3", "0x", "0xZZ", "1e", "e3", "+", ".", "._", "1:20", "0b102",
    "2001-12-14", "2001-12-14T21:59:43.10Z", "12h", "1e999", "<<", "=", "0x1p3", "Infinity", "NaN", "1.5.",
    "- a", "v1.10", "1,000",
  ])
  func strings(text: String) throws {
    let value = text.hasPrefix("- ") ? "'\(text)'" : text
    let expected = text
    #expect(try resolved(value) == .string(expected))
  }

  @Test(arguments: ["\"true\"", "'yes'", "\"8080\"", "'1.5'", "\"null\"", "'~'", "\"\"", "|\n  42", ">\n  true"])
  func quotedAndBlockScalarsAreStrings(text: String) throws {
    guard case .string = try resolved(text) else {
      Issue.record("\(text) should be a string")
      return
    }
  }

  @Test func explicitTagsDecide() throws {
    #expect(try resolved("!!str 123") == .string("123"))
    #expect(try resolved("!!str true") == .string("true"))
    #expect(try resolved("!!int \"42\"") == .int(42))
    #expect(try resolved("!!bool 'yes'") == .bool(true))
    #expect(try resolved("!!float 3") == .float(3))
    #expect(try resolved("!!null ''") == .null)
    #expect(try resolved("!custom 12") == .string("12"))
    #expect(try resolved("! 12") == .string("12"))
    #expect(try YAML.parse("v: !!str 1").mapping?.first?.value.scalar?.tag == "!!str")
  }

  @Test func explicitTagThatDoesNotFitIsAnError() {
    #expect(throws: YAMLError.self) { try YAML.parse("a: !!int abc") }
    #expect(throws: YAMLError.self) { try YAML.parse("a: !!bool 1") }
    #expect(throws: YAMLError.self) { try YAML.parse("a: !!int 1.5") }
  }

  @Test func timestampsAreStringsButQuotedOnOutput() {
    #expect(TimestampRecognizer.isTimestamp("2001-12-14"))
    #expect(TimestampRecognizer.isTimestamp("2001-1-2"))
    #expect(TimestampRecognizer.isTimestamp("2026-11-20T10:14:03Z"))
    #expect(TimestampRecognizer.isTimestamp("2026-11-20t10:14:03.123+02:00"))
    #expect(TimestampRecognizer.isTimestamp("2001-12-14 21:59:43.10"))
    #expect(!TimestampRecognizer.isTimestamp("2001-12-14T21:59:43"))
    #expect(!TimestampRecognizer.isTimestamp("2001-02-30"))
    #expect(!TimestampRecognizer.isTimestamp("01-12-14"))
    #expect(!ScalarResolver.isUnambiguousPlainString("2001-12-14"))
  }

  @Test(arguments: [
    ("hello", true), ("true", false), ("8443", false), ("1.5", false), ("null", false), ("~", false), ("", false),
    ("1:20", false), ("190:20:30.15", false), ("<<", false), ("2001-12-14", false), ("v1", true), ("1:2:3x", true),
    ("=", false), ("==", true),
  ])
  func plainStringSafety(text: String, safe: Bool) {
    #expect(ScalarResolver.isUnambiguousPlainString(text) == safe)
  }
}
