import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Ages and durations as kubectl shows and reads them.
public enum Age {
  /// Formats an elapsed time like kubectl's AGE column (apimachinery `duration.HumanDuration`).
  ///
  /// About two to three significant figures: `45s`, `119s`, `3m10s`, `70m`, `3h1m`, `47h`, `2d1h`,
  /// `367d`, `2y1d`, `8y`. Up to one second in the future is treated as now (`0s`), to tolerate
  /// clock skew; anything further ahead is `<invalid>`.
  public static func format(_ interval: TimeInterval) -> String {
    guard !interval.isNaN else { return "<invalid>" }
    // Truncate toward zero like Go's int(d.Seconds()); clamp so absurd values cannot trap.
    let seconds = Int(min(max(interval, -1e15), 1e15).rounded(.towardZero))
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    if seconds < 120 { return text(seconds, "s") }

    let minutes = seconds / 60
    if minutes < 10 { return text(minutes, "m", seconds % 60, "s") }
    if minutes < 60 * 3 { return text(minutes, "m") }

    let hours = minutes / 60
    if hours < 8 { return text(hours, "h", minutes % 60, "m") }
    if hours < 48 { return text(hours, "h") }
    if hours < 24 * 8 { return text(hours / 24, "d", hours % 24, "h") }
    if hours < 24 * 365 * 2 { return text(hours / 24, "d") }
    if hours < 24 * 365 * 8 { return text(hours / 24 / 365, "y", (hours / 24) % 365, "d") }
    return text(hours / 24 / 365, "y")
  }

  /// The age of something created at `date`, seen at `now` (pass the injected clock's time).
  public static func format(since date: Date, now: Date) -> String {
    format(now.timeIntervalSince(date))
  }

  /// Reads a duration such as `45s`, `10m`, `1h30m`, `2d` or `1.5h` into seconds.
  ///
  /// Units are Go's (`ns`, `us` or `µs`, `ms`, `s`, `m`, `h`) and `d` (24 hours); parts may be combined and may
  /// be decimal. A bare `0` is accepted; any other number needs a unit. Negative and empty durations are refused,
  /// and so are durations longer than `maxDuration`.
  public static func parseDuration(_ text: String) throws(FormatterError) -> TimeInterval {
    let input = text.trimmingSpaces()
    if input == "0" { return 0 }
    var total: Double = 0
    var rest = Substring(input)
    guard !rest.isEmpty else { throw .invalidDuration(text) }
    while !rest.isEmpty {
      let number = rest.prefix(while: { $0.isASCII && ($0.isNumber || $0 == ".") })
      rest = rest.dropFirst(number.count)
      let unit = rest.prefix(while: \.isLetter)
      rest = rest.dropFirst(unit.count)
      guard number.contains(where: \.isNumber), number.filter({ $0 == "." }).count <= 1,
        let value = Double(number), let scale = unitSeconds[String(unit)]
      else { throw .invalidDuration(text) }
      total += value * scale
    }
    guard total <= maxDuration else { throw .invalidDuration(text) }
    return total
  }

  /// The longest duration Go (and so kubectl) reads, 2,562,047h47m16.85s: callers may count it in milliseconds or
  /// nanoseconds as integers.
  public static let maxDuration: TimeInterval = 9_223_372_036.854_775

  private static let unitSeconds: [String: Double] = [
    "ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600, "d": 86400,
  ]

  /// `3m` when the smaller part is zero, `3m10s` otherwise; written as bytes, since a table of 50,000 events makes
  /// 100,000 ages and string interpolation cost about 500 instructions each.
  private static func text(_ big: Int, _ bigUnit: Unicode.Scalar, _ small: Int = 0, _ smallUnit: Unicode.Scalar = "s")
    -> String
  {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * DecimalDigits.maxCount + 2) { buffer in
      let start = buffer.baseAddress!
      var count = DecimalDigits.write(UInt(big), at: start)
      start[count] = UInt8(ascii: bigUnit)
      count += 1
      if small != 0 {
        count += DecimalDigits.write(UInt(small), at: start + count)
        start[count] = UInt8(ascii: smallUnit)
        count += 1
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
    }
  }
}
