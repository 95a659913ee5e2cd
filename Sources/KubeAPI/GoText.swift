/// Go's renderings that Kubernetes messages are built from, so lamp's messages read the same.
public enum GoText {
  /// Go's `%q` rendering of a string, used where Kubernetes messages quote user input.
  public static func quoted(_ value: String) -> String {
    var text = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\t": text += "\\t"
      case "\r": text += "\\r"
      case "\u{07}": text += "\\a"
      case "\u{08}": text += "\\b"
      case "\u{0C}": text += "\\f"
      case "\u{0B}": text += "\\v"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          text += "\\x" + hex(scalar.value, width: 2)
        } else if scalar != " " && !isPrintable(scalar) {
          text += scalar.value > 0xFFFF ? "\\U" + hex(scalar.value, width: 8) : "\\u" + hex(scalar.value, width: 4)
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }

  /// apimachinery's aggregate error text: one message alone, several as `[a, b]`, duplicates dropped.
  static func aggregate(_ messages: [String]) -> String {
    var seen = Set<String>()
    let unique = messages.filter { seen.insert($0).inserted }
    if unique.count == 1 { return unique[0] }
    return "[" + unique.joined(separator: ", ") + "]"
  }

  /// Close to Go's `unicode.IsPrint`: letters, marks, numbers, punctuation and symbols.
  private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
      .spaceSeparator:
      return false
    default:
      return true
    }
  }

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
