#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// RFC 3339 timestamps as Kubernetes writes them: `metav1.Time` (seconds) and `MicroTime` (6 digits).
public enum KubeTime {
  /// Parses `2026-11-20T10:14:03Z`, `2026-11-20T10:14:03.123456Z` and numeric offsets such as `+02:00`.
  /// Hand-written because it runs once per timestamp in lists of tens of thousands of objects.
  public static func parse(_ text: String) -> Date? {
    parse(utf8: text.utf8)
  }

  /// The same, from a scanned list page's bytes, without building a string. Most timestamps are
  /// `metav1.Time`'s 20 bytes, read at their fixed offsets (an event carries three or four).
  public static func parse(utf8 bytes: UnsafeRawBufferPointer) -> Date? {
    wholeSeconds(bytes) ?? parse(utf8: bytes.lazy)
  }

  /// `2026-11-20T10:14:03Z` exactly, or nil for any other text (which the general parser reads or rejects).
  private static func wholeSeconds(_ bytes: UnsafeRawBufferPointer) -> Date? {
    guard bytes.count == 20, bytes[4] == 45, bytes[7] == 45, bytes[10] == 84, bytes[13] == 58, bytes[16] == 58,
      bytes[19] == 90
    else { return nil }
    var valid = true
    func two(_ at: Int) -> Int {
      let high = bytes[at] &- 48
      let low = bytes[at + 1] &- 48
      valid = valid && high < 10 && low < 10
      return Int(high) * 10 + Int(low)
    }
    let year = two(0) * 100 + two(2)
    let (month, day, hour, minute, second) = (two(5), two(8), two(11), two(14), two(17))
    guard valid, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60 else {
      return nil
    }
    let days = daysFromCivil(year: year, month: month, day: day)
    return Date(timeIntervalSince1970: Double(days * 86400 + hour * 3600 + minute * 60 + second))
  }

  /// The same, from UTF-8 bytes.
  public static func parse<Bytes: Sequence<UInt8>>(utf8 bytes: Bytes) -> Date? {
    var utf8 = bytes.makeIterator()
    func digits(_ count: Int) -> Int? {
      var value = 0
      for _ in 0..<count {
        guard let c = utf8.next(), c >= 48, c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
      }
      return value
    }
    func expect(_ byte: UInt8) -> Bool { utf8.next() == byte }
    guard let year = digits(4), expect(45), let month = digits(2), expect(45), let day = digits(2) else { return nil }
    guard let t = utf8.next(), t == 84 || t == 116 || t == 32 else { return nil }
    guard let hour = digits(2), expect(58), let minute = digits(2), expect(58), let second = digits(2) else {
      return nil
    }
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second <= 60 else { return nil }
    var fraction = 0.0
    var next = utf8.next()
    if next == 46 {
      var scale = 0.1
      next = utf8.next()
      var sawDigit = false
      while let c = next, c >= 48, c <= 57 {
        fraction += Double(c - 48) * scale
        scale /= 10
        sawDigit = true
        next = utf8.next()
      }
      guard sawDigit else { return nil }
    }
    var offset = 0
    switch next {
    case 90, 122: offset = 0
    case 43, 45:
      guard let oh = digits(2), expect(58), let om = digits(2) else { return nil }
      offset = (oh * 3600 + om * 60) * (next == 45 ? -1 : 1)
    default: return nil
    }
    guard utf8.next() == nil else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = Double(days * 86400 + hour * 3600 + minute * 60 + second - offset) + fraction
    return Date(timeIntervalSince1970: seconds)
  }

  /// `2026-11-20T10:14:03Z`: metav1.Time's wire form (UTC, whole seconds).
  public static func format(_ date: Date) -> String {
    String(unsafeUninitializedCapacity: formattedCount) { format(date, at: $0.baseAddress!) }
  }

  /// The length of `format`'s text.
  public static let formattedCount = 20

  /// The same, written at `start` (room for `formattedCount` bytes); returns the length. Reports write two
  /// timestamps per event straight into their text: a string of each cost two allocations.
  public static func format(_ date: Date, at start: UnsafeMutablePointer<UInt8>) -> Int {
    let (y, mo, d, h, mi, s) = components(seconds: Int(date.timeIntervalSince1970.rounded(.down)))
    return assemble(y, mo, d, h, mi, s, micros: nil, at: start)
  }

  /// `2026-11-20T10:14:03.123456Z`: MicroTime's wire form.
  public static func formatMicro(_ date: Date) -> String {
    let (y, mo, d, h, mi, s, micros) = components(date)
    return String(unsafeUninitializedCapacity: 27) { assemble(y, mo, d, h, mi, s, micros: micros, at: $0.baseAddress!) }
  }

  /// Digits written by hand, not `String(format:)`.
  private static func assemble(
    _ y: Int, _ mo: Int, _ d: Int, _ h: Int, _ mi: Int, _ s: Int, micros: Int?, at start: UnsafeMutablePointer<UInt8>
  ) -> Int {
    var next = start
    func put(_ byte: UInt8) {
      next.initialize(to: byte)
      next += 1
    }
    // Two digits of `value`, zero-padded, from a table rather than two divisions; Kubernetes times lie between
    // years 0 and 9999.
    func two(_ value: Int) {
      let pair = twoDigits.utf8Start + 2 * (max(0, value) % 100)
      put(pair[0])
      put(pair[1])
    }
    two(y / 100)
    two(y % 100)
    put(45)
    two(mo)
    put(45)
    two(d)
    put(84)
    two(h)
    put(58)
    two(mi)
    put(58)
    two(s)
    if let micros {
      put(46)
      two(micros / 10000)
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

  private static func components(_ date: Date) -> (Int, Int, Int, Int, Int, Int, Int) {
    let total = date.timeIntervalSince1970
    var seconds = Int(total.rounded(.down))
    var micros = Int(((total - Double(seconds)) * 1_000_000).rounded())
    if micros >= 1_000_000 {
      seconds += 1
      micros -= 1_000_000
    }
    let (y, mo, d, h, mi, s) = components(seconds: seconds)
    return (y, mo, d, h, mi, s, micros)
  }

  /// Whole seconds since 1970 as a date and a time of day (the JSON writers format 100,000 timestamps a report,
  /// and need no fraction).
  private static func components(seconds: Int) -> (Int, Int, Int, Int, Int, Int) {
    let days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400
    let rest = seconds - days * 86400
    let (y, m, d) = civilFromDays(days)
    return (y, m, d, rest / 3600, (rest % 3600) / 60, rest % 60)
  }

  // Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  private static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}

/// JSON coders configured for the Kubernetes wire format.
public enum KubeJSON {
  /// A decoder that reads RFC 3339 times (with or without fractional seconds) into `Date`.
  public static func decoder() -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
      let container = try decoder.singleValueContainer()
      let text = try container.decode(String.self)
      guard let date = KubeTime.parse(text) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "invalid RFC 3339 time \"\(text)\"")
      }
      return date
    }
    return decoder
  }

  /// An encoder that writes `Date` as metav1.Time, with sorted keys for stable bytes.
  public static func encoder(pretty: Bool = false) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .custom { date, encoder in
      var container = encoder.singleValueContainer()
      try container.encode(KubeTime.format(date))
    }
    return encoder
  }
}
