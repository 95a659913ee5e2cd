/// Reads quantity text with the scanner rules of apimachinery's `ParseQuantity`, exactly:
/// the value is rounded up (away from zero) to nano precision, BinarySI values are capped at 2^63-1,
/// and text that upstream would echo unchanged is kept for `description`.
enum QuantityParser {
  /// The pieces of `[+-]digits[.digits]suffix`.
  struct Scanned {
    var positive = true
    /// Integer digits without leading zeros ("0" when there are none).
    var integer = "0"
    /// Fraction digits as written.
    var fraction = ""
    var suffix = ""
  }

  static let binaryCapNanos = Int128(Int64.max) * Quantity.nanosPerUnit

  static func parse(_ text: String) throws(QuantityError) -> Quantity {
    if let quantity = plain(text) { return quantity }
    return try scanned(text)
  }

  /// Any quantity text, through the general scan.
  static func scanned(_ text: String) throws(QuantityError) -> Quantity {
    if text.isEmpty { throw .formatWrong }
    if text == "0" { return Quantity(nanos: 0, format: .decimalSI, text: text) }

    let scanned = try scan(Array(text.utf8))
    let (base, exponent, parsedFormat) = try interpret(scanned.suffix)
    var format = parsedFormat
    var nanos = try magnitudeInNanos(scanned, base: base, exponent: exponent)
    if format == .binarySI && nanos > binaryCapNanos { nanos = binaryCapNanos }
    if format == .binarySI && nanos > 0 && nanos < Quantity.nanosPerUnit { format = .decimalSI }
    let echoed = isEchoedUnchanged(scanned, base: base, exponent: exponent) ? text : nil
    return Quantity(nanos: scanned.positive ? nanos : -nanos, format: format, text: echoed)
  }

  /// The forms nodes and pods are written in (`8`, `7910m`, `14875648Ki`): up to 18 digits with no sign, leading
  /// zero or fraction, then a suffix of the table or none. Read from the bytes, where the general scan makes
  /// strings of every part and compares the suffix against each of the table's; a node's dozen quantities cost
  /// as much as the rest of it. Nil for anything else, and for values the general scan would reject.
  static func plain(_ text: String) -> Quantity? {
    var value: Int64 = 0
    var digits = 0
    var trailingZeros = 0
    var suffix: UInt16 = 0
    var suffixLength = 0
    for byte in text.utf8 {
      if suffixLength == 0, isDigit(byte) {
        guard digits < 18, digits > 0 || byte != UInt8(ascii: "0") else { return nil }
        value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        digits += 1
        trailingZeros = byte == UInt8(ascii: "0") ? trailingZeros + 1 : 0
      } else {
        // A NUL would pack like no byte at all (`5\0m` like `5m`): no suffix has one.
        guard digits > 0, suffixLength < 2, byte != 0 else { return nil }
        suffix = suffix << 8 | UInt16(byte)
        suffixLength += 1
      }
    }
    guard digits > 0, let (base, exponent) = plainSuffix(suffix) else { return nil }
    if base == 10 {
      guard let nanos = try? multiply(Int128(value), byPowerOf10: exponent + 9) else { return nil }
      return Quantity(nanos: nanos, format: .decimalSI, text: trailingZeros < 3 ? text : nil)
    }
    guard let nanos = try? shift(Int128(value) * Quantity.nanosPerUnit, by: exponent) else { return nil }
    let precision = 15 - digits - exponent * 3 / 10 - 1
    let echoed = precision >= 0 && value <= Int64.max >> exponent && value & 7 != 0
    return Quantity(nanos: min(nanos, binaryCapNanos), format: .binarySI, text: echoed ? text : nil)
  }

  /// The base and exponent of a suffix of at most two bytes, packed big-endian (`Ki` is 0x4B69).
  private static func plainSuffix(_ suffix: UInt16) -> (base: Int, exponent: Int)? {
    switch suffix {
    case 0: return (10, 0)
    case UInt16(ascii("n")): return (10, -9)
    case UInt16(ascii("u")): return (10, -6)
    case UInt16(ascii("m")): return (10, -3)
    case UInt16(ascii("k")): return (10, 3)
    case UInt16(ascii("M")): return (10, 6)
    case UInt16(ascii("G")): return (10, 9)
    case UInt16(ascii("T")): return (10, 12)
    case UInt16(ascii("P")): return (10, 15)
    case UInt16(ascii("E")): return (10, 18)
    case binary("K"): return (2, 10)
    case binary("M"): return (2, 20)
    case binary("G"): return (2, 30)
    case binary("T"): return (2, 40)
    case binary("P"): return (2, 50)
    case binary("E"): return (2, 60)
    default: return nil
    }
  }

  private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(ascii: character) }

  private static func binary(_ prefix: Unicode.Scalar) -> UInt16 {
    UInt16(UInt8(ascii: prefix)) << 8 | UInt16(UInt8(ascii: "i"))
  }

  // MARK: - Scanning

  static func scan(_ bytes: [UInt8]) throws(QuantityError) -> Scanned {
    var scanned = Scanned()
    var position = 0
    let end = bytes.count
    func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    if position < end, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
      scanned.positive = bytes[0] == UInt8(ascii: "+")
      position += 1
    }
    while position < end && bytes[position] == UInt8(ascii: "0") { position += 1 }
    // Only a sign and zeros: upstream reads that as zero, suffix or not.
    if position >= end { return scanned }

    let integerStart = position
    while position < end && isDigit(bytes[position]) { position += 1 }
    if position > integerStart { scanned.integer = string(integerStart..<position) }
    if position >= end { return scanned }

    if bytes[position] == UInt8(ascii: ".") {
      position += 1
      let fractionStart = position
      while position < end && isDigit(bytes[position]) { position += 1 }
      scanned.fraction = string(fractionStart..<position)
      if position >= end { return scanned }
    }

    let suffixStart = position
    while position < end && isSuffixLetter(bytes[position]) { position += 1 }
    if position < end && (bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+")) {
      position += 1
    }
    while position < end && isDigit(bytes[position]) { position += 1 }
    guard position == end else { throw .formatWrong }
    scanned.suffix = string(suffixStart..<end)
    return scanned
  }

  /// The base (10 or 2), exponent and format a suffix stands for.
  static func interpret(_ suffix: String) throws(QuantityError) -> (base: Int, exponent: Int, format: Quantity.Format) {
    switch suffix {
    case "": return (10, 0, .decimalSI)
    case "n": return (10, -9, .decimalSI)
    case "u": return (10, -6, .decimalSI)
    case "m": return (10, -3, .decimalSI)
    case "k": return (10, 3, .decimalSI)
    case "M": return (10, 6, .decimalSI)
    case "G": return (10, 9, .decimalSI)
    case "T": return (10, 12, .decimalSI)
    case "P": return (10, 15, .decimalSI)
    case "E": return (10, 18, .decimalSI)
    case "Ki": return (2, 10, .binarySI)
    case "Mi": return (2, 20, .binarySI)
    case "Gi": return (2, 30, .binarySI)
    case "Ti": return (2, 40, .binarySI)
    case "Pi": return (2, 50, .binarySI)
    case "Ei": return (2, 60, .binarySI)
    default:
      guard suffix.count > 1, suffix.hasPrefix("e") || suffix.hasPrefix("E"), let exponent = Int64(suffix.dropFirst())
      else { throw .suffix }
      // Exponents this large cannot be held exactly; upstream would accept them.
      guard abs(exponent) <= 1_000 else { throw .outOfRange }
      return (10, Int(exponent), .decimalExponent)
    }
  }

  // MARK: - Value

  /// |value| × 10^9, rounded up.
  static func magnitudeInNanos(_ scanned: Scanned, base: Int, exponent: Int) throws(QuantityError) -> Int128 {
    let allDigits = scanned.integer + scanned.fraction
    let digits = Substring(allDigits.drop { $0 == "0" })
    if digits.isEmpty { return 0 }
    let power10 = (base == 10 ? exponent : 0) - scanned.fraction.count + 9
    let power2 = base == 2 ? exponent : 0

    if power10 >= 0 {
      var value = try integer(digits)
      value = try multiply(value, byPowerOf10: power10)
      return try shift(value, by: power2)
    }
    let dropped = -power10
    if power2 == 0 {
      // Drop the digits finer than a nano and round up if any of them is not zero.
      let keep = digits.count - dropped
      guard keep > 0 else { return 1 }
      let kept = try integer(digits.prefix(keep))
      return digits.suffix(dropped).contains { $0 != "0" } ? kept + 1 : kept
    }
    // A binary suffix with more than nine fraction digits: small enough to compute exactly.
    let shifted = try shift(try integer(digits), by: power2)
    guard dropped < 38 else { return 1 }
    let (quotient, remainder) = shifted.quotientAndRemainder(dividingBy: try multiply(1, byPowerOf10: dropped))
    return remainder == 0 ? quotient : quotient + 1
  }

  private static func integer(_ digits: Substring) throws(QuantityError) -> Int128 {
    guard digits.count <= 38, let value = Int128(digits) else { throw .outOfRange }
    return value
  }

  private static func multiply(_ value: Int128, byPowerOf10 power: Int) throws(QuantityError) -> Int128 {
    var result = value
    for _ in 0..<power {
      let (product, overflow) = result.multipliedReportingOverflow(by: 10)
      if overflow { throw .outOfRange }
      result = product
    }
    return result
  }

  private static func shift(_ value: Int128, by bits: Int) throws(QuantityError) -> Int128 {
    guard bits > 0 else { return value }
    guard value <= Int128.max >> bits else { throw .outOfRange }
    return value << bits
  }

  // MARK: - Echo

  /// Whether upstream's int64 fast path would keep the input text as the quantity's string form:
  /// decimal input whose scale is a multiple of 3 without trailing `000`, or `<n>Ki` style input
  /// whose number is not a multiple of 8. That is why `+1`, `0100m` and `1.500` are echoed as written.
  static func isEchoedUnchanged(_ scanned: Scanned, base: Int, exponent: Int) -> Bool {
    let shifted = scanned.integer + scanned.fraction
    if base == 10 {
      let scale = exponent - scanned.fraction.count
      guard 18 - shifted.count >= 0, scale >= -9 else { return false }
      return scale % 3 == 0 && !shifted.hasSuffix("000") && !shifted.hasPrefix("0")
    }
    guard scanned.fraction.isEmpty, let value = Int64(scanned.integer) else { return false }
    // Upstream's rough digit budget for a binary suffix before it leaves the fast path.
    let precision = 15 - scanned.integer.count - exponent * 3 / 10 - 1
    guard precision >= 0, value <= Int64.max >> exponent else { return false }
    return exponent % 10 == 0 && value & 7 != 0
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isSuffixLetter(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "i"), UInt8(ascii: "n"), UInt8(ascii: "u"),
      UInt8(ascii: "m"), UInt8(ascii: "k"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "G"),
      UInt8(ascii: "T"), UInt8(ascii: "P"):
      return true
    default:
      return false
    }
  }
}
