/// Re-indents compact JSON, which Foundation's pretty printer would lay out as `"key" : value`.
enum JSONPrettyPrinter {
  /// Indents `json` (compact UTF-8 JSON, as JSONEncoder writes it) with four spaces per level.
  /// Empty objects and arrays stay `{}` and `[]`; string contents are copied untouched.
  static func indent(_ json: some Collection<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(json.count * 2)
    var depth = 0
    var inString = false
    var escaped = false
    var bytes = json.makeIterator()
    var pending: UInt8? = nil

    func newline() {
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 4))
    }

    while let byte = pending ?? bytes.next() {
      pending = nil
      if inString {
        out.append(byte)
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""):
        inString = true
        out.append(byte)
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        out.append(byte)
        let next = bytes.next()
        if let next, next == UInt8(ascii: "}") || next == UInt8(ascii: "]") {
          out.append(next)
        } else {
          pending = next
          depth += 1
          newline()
        }
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        newline()
        out.append(byte)
      case UInt8(ascii: ","):
        out.append(byte)
        newline()
      case UInt8(ascii: ":"):
        out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
      case UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
        continue
      default:
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}
