import Formatters
import Foundation
import Testing

@Suite struct AgeTests {
  static let minute = 60.0
  static let hour = 3600.0
  static let day = 86400.0
  static let year = 365 * day

  /// The boundaries of apimachinery's duration.HumanDuration, as its own tests list them.
  static let cases: [(TimeInterval, String)] = [
    (-2, "<invalid>"), (-1.999, "0s"), (-1, "0s"), (0, "0s"), (0.999, "0s"), (1, "1s"), (45, "45s"),
    (70, "70s"), (119.999, "119s"), (2 * minute, "2m"), (2 * minute + 1, "2m1s"), (190, "3m10s"),
    (10 * minute - 0.001, "9m59s"), (10 * minute, "10m"), (10 * minute + 1, "10m"), (70 * minute, "70m"),
    (3 * hour - 0.001, "179m"), (3 * hour, "3h"), (3 * hour + minute, "3h1m"), (8 * hour - 0.001, "7h59m"),
    (8 * hour, "8h"), (8 * hour + 59 * minute, "8h"), (47 * hour, "47h"), (2 * day - 0.001, "47h"),
    (2 * day, "2d"), (49 * hour, "2d1h"), (8 * day - 0.001, "7d23h"), (8 * day, "8d"), (8 * day + 2 * hour, "8d"),
    (8 * day + 23 * hour, "8d"), (367 * day, "367d"), (2 * year - 0.001, "729d"), (2 * year, "2y"),
    (2 * year + 23 * hour + 59 * minute, "2y"), (2 * year + day - 0.001, "2y"), (2 * year + day, "2y1d"),
    (2 * year + 25 * hour, "2y1d"), (3 * year, "3y"), (7 * year, "7y"), (8 * year - 0.001, "7y364d"),
    (8 * year, "8y"), (8 * year + 364 * day, "8y"), (9 * year, "9y"),
  ]

  @Test(arguments: cases)
  func formatsLikeKubectl(_ interval: TimeInterval, _ expected: String) {
    #expect(Age.format(interval) == expected)
  }

  @Test func absurdValuesDoNotTrap() {
    #expect(Age.format(.nan) == "<invalid>")
    #expect(Age.format(-.infinity) == "<invalid>")
    #expect(Age.format(.infinity).hasSuffix("y"))
  }

  @Test func ageFromDates() {
    let now = Date(timeIntervalSince1970: 1_700_000_000)
    #expect(Age.format(since: now.addingTimeInterval(-190), now: now) == "3m10s")
  }

  static let durations: [(String, TimeInterval)] = [
    ("45s", 45), ("10m", 600), ("30m", 1800), ("2h", 7200), ("1h30m", 5400), ("2d", 172_800),
    ("1d12h", 129_600), ("1.5h", 5400), ("0", 0), ("0s", 0), (" 7d ", 604_800), ("90s", 90),
    ("2562047h", 9_223_369_200), ("1ms", 0.001), ("250ms", 0.25), ("1us", 0.000_001), ("1µs", 0.000_001),
    ("5ns", 5e-9),
  ]

  @Test(arguments: durations)
  func parsesDurations(_ text: String, _ seconds: TimeInterval) throws {
    #expect(try Age.parseDuration(text) == seconds)
  }

  @Test(arguments: [
    "", "x", "30", "10x", "-5m", "m", "1..5h", "5 m", "1h 30m", "10M", "1e3s", "ten minutes", "1mss", "1Ms",
    "2562048h", "99999999999999h", "1\(String(repeating: "0", count: 400))s",
  ])
  func refusesBadDurations(_ text: String) {
    #expect(throws: FormatterError.invalidDuration(text)) {
      try Age.parseDuration(text)
    }
  }

  @Test func durationErrorMessage() {
    #expect(FormatterError.invalidDuration("x").description == #"invalid duration "x" (use e.g. 30s, 10m, 2h, 7d)"#)
  }
}
