import YAMLCoding

/// RFC 3339 UTC timestamps as Kubernetes writes them (`2026-11-20T10:14:03Z`, `2026-11-20T10:14:03.412876Z`),
/// formatted and parsed by hand: no calendars, locales or formatters, so it is fast and deterministic.
enum ScenarioTimestamp {
  /// A parsed timestamp: whole seconds since the epoch, nanoseconds, and how many fraction digits it was written with.
  struct Parsed: Equatable {
    var seconds: Int64
    var nanoseconds: Int64
    var fractionDigits: Int
  }

  /// `YYYY-MM-DDTHH:MM:SSZ` for whole seconds since the epoch.
  static func format(_ seconds: Int64) -> String {
    format(seconds: seconds, nanoseconds: 0, fractionDigits: 0)
  }

  /// `YYYY-MM-DDTHH:MM:SS.ffffffZ` (the `MicroTime` of events).
  static func formatMicro(_ seconds: Int64, micros: Int64) -> String {
    format(seconds: seconds, nanoseconds: micros * 1000, fractionDigits: 6)
  }

  static func format(seconds: Int64, nanoseconds: Int64, fractionDigits: Int) -> String {
    let days = floorDiv(seconds, 86_400)
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = RFC3339.civilDate(daysSinceEpoch: Int(days))
    var bytes = [UInt8]()
    bytes.reserveCapacity(20 + fractionDigits + 1)
    append(&bytes, Int64(year), width: 4)
    bytes.append(UInt8(ascii: "-"))
    append(&bytes, Int64(month), width: 2)
    bytes.append(UInt8(ascii: "-"))
    append(&bytes, Int64(day), width: 2)
    bytes.append(UInt8(ascii: "T"))
    append(&bytes, secondOfDay / 3600, width: 2)
    bytes.append(UInt8(ascii: ":"))
    append(&bytes, secondOfDay / 60 % 60, width: 2)
    bytes.append(UInt8(ascii: ":"))
    append(&bytes, secondOfDay % 60, width: 2)
    if fractionDigits > 0 {
      bytes.append(UInt8(ascii: "."))
      var scaled = nanoseconds
      for _ in fractionDigits..<9 { scaled /= 10 }
      append(&bytes, scaled, width: fractionDigits)
    }
    bytes.append(UInt8(ascii: "Z"))
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Parses exactly the UTC forms above (1 to 9 fraction digits); anything else is not a timestamp.
  static func parse(_ text: String) -> Parsed? {
    let utf8 = text.utf8
    guard utf8.count >= 20, utf8.count <= 30, utf8.last == UInt8(ascii: "Z") else { return nil }
    let bytes = Array(utf8)
    guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
      bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      let year = number(bytes, 0, 4), let month = number(bytes, 5, 2), let day = number(bytes, 8, 2),
      let hour = number(bytes, 11, 2), let minute = number(bytes, 14, 2), let second = number(bytes, 17, 2),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    var nanoseconds: Int64 = 0
    var digits = 0
    if bytes.count > 20 {
      digits = bytes.count - 21
      guard bytes[19] == UInt8(ascii: "."), digits >= 1, digits <= 9, let fraction = number(bytes, 20, digits)
      else { return nil }
      nanoseconds = fraction
      for _ in digits..<9 { nanoseconds *= 10 }
    }
    let days = Int64(RFC3339.daysSinceEpoch(year: Int(year), month: Int(month), day: Int(day)))
    return Parsed(
      seconds: days * 86_400 + hour * 3600 + minute * 60 + second, nanoseconds: nanoseconds, fractionDigits: digits)
  }

  private static func number(_ bytes: [UInt8], _ start: Int, _ count: Int) -> Int64? {
    var value: Int64 = 0
    for index in start..<(start + count) {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      value = value * 10 + Int64(byte - UInt8(ascii: "0"))
    }
    return value
  }

  private static func append(_ bytes: inout [UInt8], _ value: Int64, width: Int) {
    var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
    var rest = value
    var index = width - 1
    while index >= 0 {
      digits[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
      index -= 1
    }
    bytes.append(contentsOf: digits)
  }

  private static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
    value >= 0 ? value / divisor : (value - divisor + 1) / divisor
  }
}
