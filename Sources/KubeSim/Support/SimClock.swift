import Foundation

/// The simulated wall clock: starts at `SimOptions.now` and advances in real time.
struct SimClock: Sendable {
  let start: Date
  let startedAt: ContinuousClock.Instant

  init(start: Date) {
    self.start = start
    startedAt = .now
  }

  func now() -> Date {
    let elapsed = ContinuousClock.now - startedAt
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return start.addingTimeInterval(seconds)
  }

  /// `metav1.Time`: RFC 3339 UTC with second precision.
  static func timestamp(_ date: Date) -> String {
    date.formatted(.iso8601)
  }

  /// RFC 3339 with nanoseconds, as in `timestamps=true` log lines.
  static func nanoTimestamp(_ date: Date) -> String {
    let whole = timestamp(date)
    let fraction = date.timeIntervalSince1970 - date.timeIntervalSince1970.rounded(.down)
    let nanos = Int((fraction * 1_000_000_000).rounded(.down))
    return whole.replacingOccurrences(of: "Z", with: String(format: ".%09dZ", nanos))
  }

  /// Parses RFC 3339 timestamps with or without fractional seconds; nil when `text` is neither.
  static func parse(_ text: String) -> Date? {
    for strategy in [Date.ISO8601FormatStyle(), Date.ISO8601FormatStyle(includingFractionalSeconds: true)] {
      do {
        return try Date(text, strategy: strategy)
      } catch {
        // Not this form: try the next one.
        continue
      }
    }
    return nil
  }
}
