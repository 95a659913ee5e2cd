/// YAML 1.1 scalar typing as go-yaml v2 does it (what kubectl reads YAML with, via sigs.k8s.io/yaml).
enum ScalarResolver {
  /// What a plain scalar reads as, with the cases that only matter for quoting kept apart.
  enum Kind: Equatable {
    case null, bool(Bool), int(Int64), uint(UInt64), float(Double), timestamp, merge, string

    func resolved(_ text: String) -> YAMLScalar.Resolved {
      switch self {
      case .null: return .null
      case .bool(let value): return .bool(value)
      case .int(let value): return .int(value)
      case .uint(let value): return .uint(value)
      case .float(let value): return .float(value)
      case .timestamp, .merge, .string: return .string(text)
      }
    }
  }

  private static let words: [String: Kind] = {
    var table: [String: Kind] = [:]
    for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[word] = .bool(true) }
    for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] {
      table[word] = .bool(false)
    }
    for word in ["", "~", "null", "Null", "NULL"] { table[word] = .null }
    for word in [".nan", ".NaN", ".NAN"] { table[word] = .float(.nan) }
    for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .float(.infinity) }
    for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .float(-.infinity) }
    return table
  }()

  /// Types the text of a plain scalar. `allowTimestamp` is false under an explicit non-timestamp tag.
  static func kind(of text: String, allowTimestamp: Bool) -> Kind {
    guard let first = text.utf8.first else { return .null }
    switch first {
    case UInt8(ascii: "<"):
      return text == "<<" ? .merge : .string
    case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
      UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
      UInt8(ascii: "~"):
      return words[text] ?? .string
    case UInt8(ascii: "."):
      if let word = words[text] { return word }
      return dotFloat(text).map(Kind.float) ?? .string
    case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      if let word = words[text] { return word }
      return number(text, allowTimestamp: allowTimestamp)
    default:
      return .string
    }
  }

  /// The value of `text` under an explicit tag, or nil when the text does not fit the tag
  /// (go-yaml refuses `!!int abc`; an `!!int` tag on `1.5` is refused too, `!!float` on `1` is fine).
  static func resolve(_ text: String, explicitTag tag: String) -> YAMLScalar.Resolved? {
    switch tag {
    case "!!bool":
      if case .bool(let value) = kind(of: text, allowTimestamp: false) { return .bool(value) }
      return nil
    case "!!int":
      switch kind(of: text, allowTimestamp: false) {
      case .int(let value): return .int(value)
      case .uint(let value): return .uint(value)
      default: return nil
      }
    case "!!float":
      switch kind(of: text, allowTimestamp: false) {
      case .int(let value): return .float(Double(value))
      case .uint(let value): return .float(Double(value))
      case .float(let value): return .float(value)
      default: return nil
      }
    case "!!null":
      return kind(of: text, allowTimestamp: false) == .null ? .null : nil
    default:
      // `!!str`, `!!binary`, `!!timestamp`, the non-specific `!` and unknown local tags are text.
      return .string(text)
    }
  }

  /// True when `text` written plain reads back as the same string, and kubectl would write it plain:
  /// go-yaml also quotes sexagesimal numbers (`1:20`), which YAML 1.1 parsers read as numbers. A lone `=` is
  /// quoted too: it is YAML 1.1's value key, which PyYAML refuses to load as a string.
  static func isUnambiguousPlainString(_ text: String) -> Bool {
    kind(of: text, allowTimestamp: true) == .string && !isSexagesimal(text) && text != "="
  }

  // MARK: - Numbers

  /// go-yaml's path for a leading digit or sign: timestamp, then Go's `ParseInt(_, 0, 64)`, `ParseUint`,
  /// then a YAML-style float; underscores are dropped first.
  private static func number(_ text: String, allowTimestamp: Bool) -> Kind {
    if allowTimestamp && TimestampRecognizer.isTimestamp(text) { return .timestamp }
    let digits = text.utf8.contains(UInt8(ascii: "_")) ? Substring(text.filter { $0 != "_" }) : Substring(text)
    if let (negative, magnitude) = goInteger(digits) {
      if negative {
        if magnitude <= UInt64(Int64.max) { return .int(-Int64(magnitude)) }
        if magnitude == UInt64(Int64.max) + 1 { return .int(Int64.min) }
      } else if magnitude <= UInt64(Int64.max) {
        return .int(Int64(magnitude))
      } else if digits.first != "+" {
        // Go's ParseUint takes no sign.
        return .uint(magnitude)
      }
    }
    if isYAMLStyleFloat(digits), let value = Double(digits), value.isFinite {
      return .float(value)
    }
    return .string
  }

  /// Go's integer syntax with base 0: sign, then `0x`/`0o`/`0b` prefix, a leading `0` for octal, or decimal.
  /// Returns sign and magnitude, or nil when the text is not an integer or overflows UInt64.
  private static func goInteger(_ text: Substring) -> (negative: Bool, magnitude: UInt64)? {
    var rest = text.utf8[...]
    var negative = false
    if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
      negative = sign == UInt8(ascii: "-")
      rest = rest.dropFirst()
    }
    var radix: UInt64 = 10
    if rest.count >= 2, rest.first == UInt8(ascii: "0") {
      switch rest.dropFirst().first {
      case UInt8(ascii: "x"), UInt8(ascii: "X"):
        radix = 16
        rest = rest.dropFirst(2)
      case UInt8(ascii: "o"), UInt8(ascii: "O"):
        radix = 8
        rest = rest.dropFirst(2)
      case UInt8(ascii: "b"), UInt8(ascii: "B"):
        radix = 2
        rest = rest.dropFirst(2)
      default:
        radix = 8
        rest = rest.dropFirst()
      }
    }
    guard !rest.isEmpty else { return nil }
    var magnitude: UInt64 = 0
    for byte in rest {
      guard let digit = digitValue(byte), digit < radix else { return nil }
      let (shifted, overflow1) = magnitude.multipliedReportingOverflow(by: radix)
      let (sum, overflow2) = shifted.addingReportingOverflow(digit)
      if overflow1 || overflow2 { return nil }
      magnitude = sum
    }
    return (negative, magnitude)
  }

  private static func digitValue(_ byte: UInt8) -> UInt64? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt64(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt64(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }

  /// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`, go-yaml's float pattern.
  private static func isYAMLStyleFloat(_ text: Substring) -> Bool {
    var bytes = text.utf8[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integerDigits = bytes.prefix(while: isDigit).count
    bytes = bytes.dropFirst(integerDigits)
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst()
      let fractionDigits = bytes.prefix(while: isDigit).count
      if integerDigits == 0 && fractionDigits == 0 { return false }
      bytes = bytes.dropFirst(fractionDigits)
    } else if integerDigits == 0 {
      return false
    }
    return isExponentOrEnd(bytes)
  }

  /// A scalar starting with `.` that is not `.inf`/`.nan`: what Go's `ParseFloat` accepts there.
  private static func dotFloat(_ text: String) -> Double? {
    var bytes = text.utf8.dropFirst()
    let fractionDigits = bytes.prefix(while: isDigit).count
    guard fractionDigits > 0 else { return nil }
    bytes = bytes.dropFirst(fractionDigits)
    guard isExponentOrEnd(bytes), let value = Double(text), value.isFinite else { return nil }
    return value
  }

  private static func isExponentOrEnd(_ rest: Substring.UTF8View.SubSequence) -> Bool {
    var bytes = rest
    if bytes.isEmpty { return true }
    guard bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") else { return false }
    bytes = bytes.dropFirst()
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    return !bytes.isEmpty && bytes.allSatisfy(isDigit)
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`: go-yaml quotes these on output.
  private static func isSexagesimal(_ text: String) -> Bool {
    var bytes = text.utf8[...]
    if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    guard let first = bytes.first, isDigit(first) else { return false }
    bytes = bytes.dropFirst().drop(while: { isDigit($0) || $0 == UInt8(ascii: "_") })
    var groups = 0
    while bytes.first == UInt8(ascii: ":") {
      bytes = bytes.dropFirst()
      let group = bytes.prefix(while: isDigit)
      let fitsSixty = group.count == 1 || (group.count == 2 && group.first.map { $0 <= UInt8(ascii: "5") } == true)
      guard fitsSixty else { return false }
      bytes = bytes.dropFirst(group.count)
      groups += 1
    }
    guard groups > 0 else { return false }
    if bytes.first == UInt8(ascii: ".") {
      bytes = bytes.dropFirst().drop(while: { isDigit($0) || $0 == UInt8(ascii: "_") })
    }
    return bytes.isEmpty
  }
}
