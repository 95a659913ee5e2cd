import ByteScanning

/// Makes text that came from the cluster safe and measurable on a terminal.
public enum TerminalText {
  /// Returns `s` with every control and invisible character shown as visible text.
  ///
  /// Newline, tab and carriage return become `\n`, `\t` and `\r`; other C0 controls, DEL and C1
  /// controls become `\xHH` (so an ESC sequence prints as harmless `\x1b[31m`). The Unicode line
  /// and paragraph separators, the bidi embedding, override, isolate and mark characters (which can
  /// make a terminal show text in a misleading order) and the characters that print as nothing
  /// (zero-width space and non-joiner, word joiner, byte-order mark) become `\u202e`-style escapes:
  /// shown, not dropped, so that what is on screen is the text as it is (a Secret's value copied from
  /// a table, `pass\u200bword`). The zero-width joiner stays, since emoji sequences need it. With
  /// `keepingNewlines`, `\n` and `\t` pass through unchanged for multi-line contexts.
  public static func escape(_ s: String, keepingNewlines: Bool = false) -> String {
    // Most cluster text is clean: return it untouched without building a new string.
    guard s.unicodeScalars.contains(where: { needsEscape($0, keepingNewlines: keepingNewlines) }) else {
      return s
    }
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      guard needsEscape(scalar, keepingNewlines: keepingNewlines) else {
        out.append(scalar)
        continue
      }
      out.append(contentsOf: visible(scalar).unicodeScalars)
    }
    return String(out)
  }

  /// The width of `s` when every byte of it is printable ASCII (nothing to escape, no second line, one column per
  /// byte), else nil. Most cluster text is, and tables check every cell.
  public static func printableASCIIWidth(_ s: String) -> Int? {
    if let width = s.utf8.withContiguousStorageIfAvailable(printableASCIIWidth) { return width }
    return s.utf8.allSatisfy(isPrintableASCII) ? s.utf8.count : nil
  }

  /// The same for UTF-8 bytes, eight at a time.
  public static func printableASCIIWidth(_ utf8: UnsafeBufferPointer<UInt8>) -> Int? {
    let other = ByteLanes.contains(
      utf8, lanes: { ByteLanes.below($0, 0x20) | ByteLanes.atLeast($0, 0x7F) }, byte: { !isPrintableASCII($0) })
    return other ? nil : utf8.count
  }

  private static func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }

  /// The number of terminal columns `s` occupies: East Asian wide and fullwidth characters and
  /// emoji count 2, combining marks and other zero-width characters count 0.
  public static func displayWidth(_ s: String) -> Int {
    // ASCII fast path: one column per byte when every byte is printable.
    if let width = printableASCIIWidth(s) { return width }
    return s.reduce(0) { $0 + DisplayWidth.of($1) }
  }

  /// Cuts `s` to at most `width` terminal columns, ending it with `…` when anything was removed.
  ///
  /// A wide character that would straddle the limit is left out rather than split.
  public static func truncate(_ s: String, toWidth width: Int) -> String {
    let limit = max(width, 1)
    guard displayWidth(s) > limit else { return s }
    var out = ""
    var used = 0
    for character in s {
      let w = DisplayWidth.of(character)
      if used + w > limit - 1 { break }
      out.append(character)
      used += w
    }
    return out + "…"
  }

  /// `s` on one line: its lines, trimmed and without the blank ones, joined with single spaces; tabs become
  /// spaces.
  public static func joiningLines(_ s: String) -> String {
    guard s.contains(where: { $0.isNewline || $0 == "\t" }) else { return s }
    let text: (Character) -> Bool = { $0 != " " && $0 != "\t" }
    let lines = s.split(whereSeparator: \.isNewline).compactMap { line -> String? in
      guard let first = line.firstIndex(where: text), let last = line.lastIndex(where: text) else { return nil }
      return String(line[first...last]).replacing("\t", with: " ")
    }
    return lines.joined(separator: " ")
  }

  /// The first line of `s` (ignoring leading and trailing blank lines), followed by `…` when more
  /// lines were dropped.
  public static func firstLine(_ s: String) -> String {
    guard s.contains(where: \.isNewline) else { return s }
    var start = s.startIndex
    var end = s.endIndex
    while start < end, s[start].isNewline { start = s.index(after: start) }
    while end > start, s[s.index(before: end)].isNewline { end = s.index(before: end) }
    let text = s[start..<end]
    guard let lineEnd = text.firstIndex(where: \.isNewline) else { return String(text) }
    return String(text[..<lineEnd]) + "…"
  }

  private static func needsEscape(_ scalar: Unicode.Scalar, keepingNewlines: Bool) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: return !keepingNewlines
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
    default: return isInvisible(scalar)
    }
  }

  /// Bidi controls and marks (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069) and characters of no width
  /// (U+180E, U+200B–U+200C, U+2060–U+2064, U+FEFF).
  private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x180E, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
      return true
    default: return false
    }
  }

  private static func visible(_ scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x0A: return "\\n"
    case 0x09: return "\\t"
    case 0x0D: return "\\r"
    case 0x2028, 0x2029: return "\\u" + String(scalar.value, radix: 16)
    case _ where isInvisible(scalar):
      let hex = String(scalar.value, radix: 16)
      return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    default:
      let hex = String(scalar.value, radix: 16)
      return "\\x" + (hex.count < 2 ? "0" + hex : hex)
    }
  }
}
