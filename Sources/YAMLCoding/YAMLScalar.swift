/// A scalar exactly as written: its text, how it was quoted, its explicit tag and where it starts.
///
/// Equality compares value, style and tag; the source position is not part of the value.
public struct YAMLScalar: Sendable, Equatable {
  /// How a scalar was written (or is to be written).
  public enum Style: Sendable, Equatable {
    /// Unquoted; typed by the YAML 1.1 rules (`true`, `8080`, `~`, ...).
    case plain
    /// Single- or double-quoted; always a string unless explicitly tagged. Emitted double-quoted.
    case quoted
    /// A `|` block scalar; always a string.
    case literal
    /// A `>` block scalar; always a string.
    case folded
  }

  /// The scalar's text after unescaping and folding.
  public var value: String
  public var style: Style
  /// The explicit tag, with the YAML core prefix shortened to `!!` (`!!str`, `!!int`, `!custom`); nil if none.
  public var tag: String?
  /// 1-based line of the scalar's first character (0 when not parsed from text).
  public var line: Int
  /// 1-based column of the scalar's first character (0 when not parsed from text).
  public var column: Int

  public init(value: String, style: Style = .plain, tag: String? = nil, line: Int = 0, column: Int = 0) {
    self.value = value
    self.style = style
    self.tag = tag
    self.line = line
    self.column = column
  }

  /// A scalar that reads back as the string `text`: plain when that is unambiguous, otherwise quoted,
  /// and a literal block when it spans lines.
  public init(string text: String) {
    let style: Style
    if text.unicodeScalars.contains(where: Self.needsEscape) {
      style = .quoted
    } else if text.utf8.contains(UInt8(ascii: "\n")) {
      style = .literal
    } else if ScalarResolver.isUnambiguousPlainString(text) {
      style = .plain
    } else {
      style = .quoted
    }
    self.init(value: text, style: style)
  }

  /// Characters that only a double-quoted scalar can carry faithfully: controls other than the line feed,
  /// C1 controls (NEL), the Unicode line/paragraph separators and byte order marks.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: return false
    case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return true
    default: return false
    }
  }

  public static func == (lhs: YAMLScalar, rhs: YAMLScalar) -> Bool {
    lhs.value == rhs.value && lhs.style == rhs.style && lhs.tag == rhs.tag
  }
}
