import Foundation
import KubeAPI
import Testing

@testable import KubeSim

@Suite struct ScenarioTimestampTests {
  @Test(arguments: [
    ("2026-11-20T12:00:00Z", Int64(1_795_176_000)), ("1970-01-01T00:00:00Z", 0),
    ("2024-02-29T23:59:59Z", 1_709_251_199),
    ("1969-12-31T23:59:59Z", -1), ("2000-03-01T00:00:00Z", 951_868_800),
  ])
  func roundTrips(text: String, seconds: Int64) throws {
    let parsed = try #require(ScenarioTimestamp.parse(text))
    #expect(parsed.seconds == seconds)
    #expect(ScenarioTimestamp.format(seconds) == text)
  }

  @Test func microTimeKeepsItsDigits() throws {
    let parsed = try #require(ScenarioTimestamp.parse("2026-11-20T11:58:03.123456Z"))
    #expect(parsed.nanoseconds == 123_456_000)
    #expect(parsed.fractionDigits == 6)
    #expect(ScenarioTimestamp.formatMicro(parsed.seconds, micros: 123_456) == "2026-11-20T11:58:03.123456Z")
  }

  @Test(arguments: [
    "2026-11-20", "2026-11-20T12:00:00", "2026-11-20T12:00:00+02:00", "2026-13-20T12:00:00Z",
    "2026-11-20T12:00:00.Z", "x026-11-20T12:00:00Z", "2026-11-20 12:00:00Z", "release-2026-11-20T12:00:00Z",
  ])
  func rejectsOtherStrings(text: String) {
    #expect(ScenarioTimestamp.parse(text) == nil)
  }

  @Test func shiftMovesEveryTimestampAndNothingElse() {
    let shift = ScenarioTimeShift(offsetNanoseconds: 90_500_000_000)
    let input: JSONValue = .object([
      "a": .string("2026-11-20T12:00:00Z"), "b": .array([.string("2026-11-20T11:59:59.999999Z"), .int(3)]),
      "c": .string("not a time"), "d": .null,
    ])
    let output = shift.shifted(input)
    #expect(output["a"] == .string("2026-11-20T12:01:30Z"))
    #expect(output["b"] == .array([.string("2026-11-20T12:01:30.499999Z"), .int(3)]))
    #expect(output["c"] == .string("not a time"))
    #expect(output["d"] == .null)
  }

  @Test func negativeShift() {
    let shift = ScenarioTimeShift(offsetNanoseconds: -1_500_000_000)
    #expect(shift.shifted(.string("2026-01-01T00:00:00Z")) == .string("2025-12-31T23:59:58Z"))
    #expect(shift.shifted(.string("2026-01-01T00:00:00.000000Z")) == .string("2025-12-31T23:59:58.500000Z"))
  }
}
