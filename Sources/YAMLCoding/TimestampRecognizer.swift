/// Recognises the plain scalars go-yaml v2 reads as timestamps (`2001-12-14`, `2001-12-14T21:59:43.1Z`,
/// `2001-12-14 21:59:43.10`), so that the encoder quotes such strings as kubectl does.
enum TimestampRecognizer {
  /// Go layouts `2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00` (also lower-case `t`) and
  /// `2006-1-2 15:4:5.999999999`: 4-digit year, 1–2 digit fields, optional fraction, `Z` or `±hh:mm`.
  static func isTimestamp(_ text: String) -> Bool {
    // go-yaml's quick check, which spares most numbers the full parse: four digits and a dash.
    let head = text.utf8.prefix(5)
    guard head.count == 5, head.last == UInt8(ascii: "-"),
      head.prefix(4).allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
    else { return false }
    var scanner = ByteScanner(text)
    guard let year = scanner.number(minDigits: 4, maxDigits: 4), scanner.take("-"),
      let month = scanner.number(minDigits: 1, maxDigits: 2), scanner.take("-"),
      let day = scanner.number(minDigits: 1, maxDigits: 2)
    else { return false }
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return false }
    if scanner.atEnd { return true }
    let zoneRequired: Bool
    if scanner.take("T") || scanner.take("t") {
      zoneRequired = true
    } else if scanner.take(" ") {
      zoneRequired = false
    } else {
      return false
    }
    guard let hour = scanner.number(minDigits: 1, maxDigits: 2), hour < 24, scanner.take(":"),
      let minute = scanner.number(minDigits: 1, maxDigits: 2), minute < 60, scanner.take(":"),
      let second = scanner.number(minDigits: 1, maxDigits: 2), second < 60
    else { return false }
    if scanner.take(".") {
      guard !scanner.digits().isEmpty else { return false }
    }
    if !zoneRequired { return scanner.atEnd }
    if scanner.take("Z") { return scanner.atEnd }
    guard scanner.take("+") || scanner.take("-"),
      let zoneHours = scanner.number(minDigits: 2, maxDigits: 2), zoneHours < 24, scanner.take(":"),
      let zoneMinutes = scanner.number(minDigits: 2, maxDigits: 2), zoneMinutes < 60
    else { return false }
    return scanner.atEnd
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
