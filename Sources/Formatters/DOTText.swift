/// Quoting for Graphviz DOT, so no cluster-provided text can change the graph's structure.
enum DOTText {
  /// `s` as a double-quoted DOT string: `"` and `\` escaped, newlines as `\n` (a line break in
  /// labels), control characters dropped, everything else, Unicode included, kept.
  ///
  /// Because the result is always quoted, `<...>` never becomes an HTML-like label. With
  /// `recordSafe`, the record-shape field syntax `{ } | < >` is escaped too.
  static func quoted(_ s: String, recordSafe: Bool = false) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "{", "}", "|", "<", ">":
        if recordSafe { out += "\\" }
        out.unicodeScalars.append(scalar)
      default:
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// A DOT attribute list such as `[label="x", shape="box"]`; every value is quoted.
  static func attributes(_ pairs: [(String, String)]) -> String {
    "[" + pairs.map(assignment).joined(separator: ", ") + "]"
  }

  /// `name="value"`, with the value quoted.
  static func assignment(_ pair: (String, String)) -> String {
    pair.0 + "=" + quoted(pair.1)
  }

  /// A cluster name made only of `[A-Za-z0-9_]`, for readable ids in the SVG.
  static func sanitized(_ s: String) -> String {
    let mapped = s.unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
    }
    return String(mapped)
  }
}
