#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// RFC 3339 timestamps (`metav1.Time`, `MicroTime`), computed without calendars or time zones so results are
/// deterministic: the one parser and writer behind YAML's dates and `KubeTime`.
public enum RFC3339 {
  /// Parses `2026-11-20T10:14:03Z`, `2026-11-20T10:14:03.123456+02:00` (lower-case `t`/`z`, or a space for the
  /// `T`, too).
  public static func date(from text: String) -> Date? {
    var text = text
    return text.withUTF8 { date(utf8: UnsafeRawBufferPointer($0)) }
  }

  /// The same, from UTF-8 bytes. Hand-written because it runs once per timestamp in lists of tens of thousands of
  /// objects: most are `metav1.Time`'s 20 bytes, read at their fixed offsets.
  public static func date(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
    var valid = true
    func two(_ at: Int) -> Int {
      let high = bytes[at] &- 48
      let low = bytes[at + 1] &- 48
      valid = valid && high < 10 && low < 10
      return Int(high) * 10 + Int(low)
    }
    guard bytes.count >= 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84 || bytes[10] == 116 || bytes[10] == 32,
      bytes[13] == 58, bytes[16] == 58
    else { return nil }
    let year = two(0) * 100 + two(2)
    let (month, day, hour, minute, second) = (two(5), two(8), two(11), two(14), two(17))
    guard valid, (1...12).contains(month), day >= 1, hour < 24, minute < 60, second <= 60,
      day <= 28 || day <= TimestampRecognizer.daysIn(month: month, year: year)
    else { return nil }
    var at = 19
    var fraction = 0.0
    if bytes[at] == 46 {
      var scale = 0.1
      at += 1
      let start = at
      while at < bytes.count, case let digit = bytes[at] &- 48, digit < 10 {
        fraction += Double(digit) * scale
        scale /= 10
        at += 1
      }
      guard at > start, at < bytes.count else { return nil }
    }
    var offset = 0
    switch bytes[at] {
    case 90, 122:
      at += 1
    case 43, 45:
      guard at + 6 == bytes.count, bytes[at + 3] == 58 else { return nil }
      let (zoneHours, zoneMinutes) = (two(at + 1), two(at + 4))
      guard valid, zoneHours < 24, zoneMinutes < 60 else { return nil }
      offset = (zoneHours * 3600 + zoneMinutes * 60) * (bytes[at] == 45 ? -1 : 1)
      at += 6
    default: return nil
    }
    guard at == bytes.count else { return nil }
    let days = daysSinceEpoch(year: year, month: month, day: day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// `2026-11-20T10:14:03Z`: UTC, whole seconds (the fraction is dropped, as `metav1.Time` does);
  /// nil for dates outside years 0...9999.
  public static func string(from date: Date) -> String? {
    let interval = date.timeIntervalSince1970.rounded(.down)
    // 0000-01-01 ... 9999-12-31T23:59:59Z
    guard interval >= -62_167_219_200, interval <= 253_402_300_799 else { return nil }
    return String(unsafeUninitializedCapacity: secondsCount) { write(seconds: Int(interval), at: $0.baseAddress!) }
  }

  /// The length of a timestamp in whole seconds.
  public static let secondsCount = 20

  /// Writes the timestamp `seconds` after 1970 (with `micros`, MicroTime's six digits) at `start`, which has room
  /// for 20 bytes (27 with `micros`); returns the length. Writers put tens of thousands of timestamps straight into
  /// their text, with no string for each. Years outside 0...9999 keep only their last four digits.
  public static func write(seconds: Int, micros: Int? = nil, at start: UnsafeMutablePointer<UInt8>) -> Int {
    let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
    let secondsOfDay = seconds - days * 86_400
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    var next = start
    func put(_ byte: UInt8) {
      next.initialize(to: byte)
      next += 1
    }
    // Two digits, zero-padded, from a table rather than two divisions.
    func two(_ value: Int) {
      let pair = twoDigits.utf8Start + 2 * (max(0, value) % 100)
      put(pair[0])
      put(pair[1])
    }
    two(year / 100)
    two(year % 100)
    put(45)
    two(month)
    put(45)
    two(day)
    put(84)
    two(secondsOfDay / 3600)
    put(58)
    two(secondsOfDay % 3600 / 60)
    put(58)
    two(secondsOfDay % 60)
    if let micros {
      put(46)
      two(micros / 10_000)
      two(micros / 100 % 100)
      two(micros % 100)
    }
    put(90)
    return next - start
  }

  private static let twoDigits: StaticString = """
    0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
    5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
    """

  /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's civil-date algorithm).
  public static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The calendar date `days` after 1970-01-01.
  public static func civilDate(daysSinceEpoch days: Int) -> (year: Int, month: Int, day: Int) {
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
