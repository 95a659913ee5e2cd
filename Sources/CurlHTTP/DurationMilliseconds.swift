extension Duration {
  /// Whole milliseconds for a libcurl `_MS` option, rounded up so that a short positive limit never
  /// becomes 0 (which libcurl reads as "no limit"). Zero or negative durations give nil: no limit,
  /// as with kubectl's `--request-timeout=0`.
  var curlMilliseconds: Int? {
    let (seconds, attoseconds) = components
    guard seconds > 0 || (seconds == 0 && attoseconds > 0) else { return nil }
    let perMillisecond: Int64 = 1_000_000_000_000_000
    let (fraction, remainder) = attoseconds.quotientAndRemainder(dividingBy: perMillisecond)
    let (millis, overflow) = seconds.multipliedReportingOverflow(by: 1000)
    guard !overflow else { return Int.max }
    return Int(millis + fraction + (remainder > 0 ? 1 : 0))
  }
}
