#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// RFC 3339 timestamps (`metav1.Time`), computed without calendars or time zones so results are deterministic.
enum RFC3339 {
  /// Parses `2026-11-20T10:14:03Z`, `2026-11-20T10:14:03.123456+02:00` (lower-case `t`/`z` too).
  static func date(from text: String) -> Date? {
    var scanner = ByteScanner(text)
    guard let year = scanner.number(minDigits: 4, maxDigits: 4), scanner.take("-"),
      let month = scanner.number(minDigits: 2, maxDigits: 2), scanner.take("-"),
      let day = scanner.number(minDigits: 2, maxDigits: 2), scanner.take("T") || scanner.take("t"),
      let hour = scanner.number(minDigits: 2, maxDigits: 2), scanner.take(":"),
      let minute = scanner.number(minDigits: 2, maxDigits: 2), scanner.take(":"),
      let second = scanner.number(minDigits: 2, maxDigits: 2)
    else { return nil }
    guard (1...12).contains(month), day >= 1, day <= TimestampRecognizer.daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var fraction = 0.0
    if scanner.take(".") {
      let digits = scanner.digits()
      guard !digits.isEmpty else { return nil }
      var scale = 0.1
      for digit in digits.prefix(9) {
        fraction += Double(digit - UInt8(ascii: "0")) * scale
        scale /= 10
      }
    }
    var offsetSeconds = 0
    if scanner.take("Z") || scanner.take("z") {
      offsetSeconds = 0
    } else {
      let sign: Int
      if scanner.take("+") {
        sign = 1
      } else if scanner.take("-") {
        sign = -1
      } else {
        return nil
      }
      guard let zoneHours = scanner.number(minDigits: 2, maxDigits: 2), zoneHours < 24, scanner.take(":"),
        let zoneMinutes = scanner.number(minDigits: 2, maxDigits: 2), zoneMinutes < 60
      else { return nil }
      offsetSeconds = sign * (zoneHours * 3600 + zoneMinutes * 60)
    }
    guard scanner.atEnd else { return nil }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// `2026-11-20T10:14:03Z`: UTC, whole seconds (the fraction is dropped, as `metav1.Time` does);
  /// nil for dates outside years 0...9999.
  static func string(from date: Date) -> String? {
    let interval = date.timeIntervalSince1970.rounded(.down)
    // 0000-01-01 ... 9999-12-31T23:59:59Z
    guard interval >= -62_167_219_200, interval <= 253_402_300_799 else { return nil }
    let total = Int(interval)
    let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
    let secondsOfDay = total - days * 86_400
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
      + "\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2))Z"
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's civil-date algorithm).
  private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  private static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}
