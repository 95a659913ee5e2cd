import Foundation

/// Ages as kubectl and the apiserver's printers write them (`45s`, `3m12s`, `5h10m`, `2d3h`, `400d`, `3y2d`).
enum HumanDuration {
  static func format(_ interval: TimeInterval) -> String {
    let seconds = Int(interval.rounded(.down))
    if seconds < -1 { return "<invalid>" }
    if seconds < 0 { return "0s" }
    if seconds < 120 { return "\(seconds)s" }
    let minutes = seconds / 60
    if minutes < 10 {
      let rest = seconds % 60
      return rest == 0 ? "\(minutes)m" : "\(minutes)m\(rest)s"
    }
    if minutes < 180 { return "\(minutes)m" }
    let hours = seconds / 3600
    if hours < 8 {
      let rest = minutes % 60
      return rest == 0 ? "\(hours)h" : "\(hours)h\(rest)m"
    }
    if hours < 48 { return "\(hours)h" }
    if hours < 24 * 8 {
      let rest = hours % 24
      return rest == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(rest)h"
    }
    if hours < 24 * 365 * 2 { return "\(hours / 24)d" }
    if hours < 24 * 365 * 8 {
      let days = (hours / 24) % 365
      return days == 0 ? "\(hours / 24 / 365)y" : "\(hours / 24 / 365)y\(days)d"
    }
    return "\(hours / 24 / 365)y"
  }

  /// The age of an RFC 3339 timestamp at `now`, or `<unknown>` when absent.
  static func since(_ timestamp: String?, now: Date) -> String {
    guard let timestamp, let date = SimClock.parse(timestamp) else { return "<unknown>" }
    return format(now.timeIntervalSince(date))
  }
}
