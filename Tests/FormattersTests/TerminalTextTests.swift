import Formatters
import Testing

@Suite struct TerminalTextTests {
  @Test func cleanTextIsUntouched() {
    #expect(TerminalText.escape("web-7d4f9 ünïcødé 日本 🚀") == "web-7d4f9 ünïcødé 日本 🚀")
  }

  @Test func controlCharactersBecomeVisible() {
    #expect(TerminalText.escape("a\nb\tc\rd") == #"a\nb\tc\rd"#)
    #expect(TerminalText.escape("\u{1B}[31mred\u{1B}[0m") == #"\x1b[31mred\x1b[0m"#)
    #expect(TerminalText.escape("\u{0}\u{7}\u{7F}") == #"\x00\x07\x7f"#)
    #expect(TerminalText.escape("c1:\u{9B}31m \u{85}") == #"c1:\x9b31m \x85"#)
    #expect(TerminalText.escape("line\u{2028}sep") == #"line\u2028sep"#)
  }

  @Test func bidiOverridesAndInvisibleCharactersAreShown() {
    // Shown, not dropped: the text on screen is the text as it is, in its order.
    #expect(TerminalText.escape("evil\u{202E}txt.exe\u{202C}") == #"evil\u202etxt.exe\u202c"#)
    #expect(TerminalText.escape("\u{2066}a\u{2069}\u{202A}b") == #"\u2066a\u2069\u202ab"#)
    #expect(TerminalText.escape("pass\u{200B}word\u{FEFF}") == #"pass\u200bword\ufeff"#)
    #expect(TerminalText.escape("\u{61C}x\u{200E}") == #"\u061cx\u200e"#)
    // Emoji sequences keep their joiner.
    #expect(TerminalText.escape("👨\u{200D}👩") == "👨\u{200D}👩")
  }

  @Test func keepingNewlinesForMultiLineContexts() {
    #expect(TerminalText.escape("a\n\tb\u{1B}", keepingNewlines: true) == "a\n\tb\\x1b")
  }

  @Test func displayWidth() {
    #expect(TerminalText.displayWidth("abc") == 3)
    #expect(TerminalText.displayWidth("日本語") == 6)
    #expect(TerminalText.displayWidth("한국") == 4)
    #expect(TerminalText.displayWidth("ｆｕｌｌ") == 8)
    #expect(TerminalText.displayWidth("e\u{301}") == 1)  // e + combining acute
    #expect(TerminalText.displayWidth("\u{200B}") == 0)  // zero-width space
    #expect(TerminalText.displayWidth("🚀") == 2)
    #expect(TerminalText.displayWidth("👩‍👩‍👧") == 2)  // ZWJ family is one glyph
    #expect(TerminalText.displayWidth("🇩🇪") == 2)
    #expect(TerminalText.displayWidth("❤️") == 2)  // text heart + VS16
    #expect(TerminalText.displayWidth("café") == 4)
    #expect(TerminalText.displayWidth("") == 0)
  }

  @Test func printableASCIIWidthRejectsEveryOtherByteWhereverItIs() {
    // Each byte that is not printable ASCII at every place within and after an eight-byte word.
    for special in ["\u{0}", "\u{1f}", "\t", "\n", "\u{7f}", "é", "\u{ff}"] {
      for offset in 0...17 {
        let text = String(repeating: "a", count: offset) + special + String(repeating: "~", count: 17 - offset)
        #expect(TerminalText.printableASCIIWidth(text) == nil, "\(special.unicodeScalars.first!.value) at \(offset)")
      }
    }
    let printable = String((0x20..<0x7F).map { Character(Unicode.Scalar(UInt8($0))) })
    for end in 0...printable.count {
      #expect(TerminalText.printableASCIIWidth(String(printable.prefix(end))) == end)
    }
  }

  @Test func truncateCountsColumnsAndNeverSplitsWideCharacters() {
    #expect(TerminalText.truncate("abcdef", toWidth: 6) == "abcdef")
    #expect(TerminalText.truncate("abcdefg", toWidth: 6) == "abcde…")
    #expect(TerminalText.truncate("日本語テキスト", toWidth: 6) == "日本…")
    #expect(TerminalText.truncate("日本語テキスト", toWidth: 5) == "日本…")
    #expect(TerminalText.truncate("abc", toWidth: 0) == "…")
  }

  @Test func firstLine() {
    #expect(TerminalText.firstLine("one") == "one")
    #expect(TerminalText.firstLine("one\ntwo") == "one…")
    #expect(TerminalText.firstLine("one\r\ntwo") == "one…")
    #expect(TerminalText.firstLine("\n\none\n") == "one")
    #expect(TerminalText.firstLine("\n") == "")
  }

  @Test func joiningLines() {
    #expect(TerminalText.joiningLines("one") == "one")
    #expect(TerminalText.joiningLines("one  two") == "one  two")
    #expect(TerminalText.joiningLines("one\ntwo") == "one two")
    #expect(TerminalText.joiningLines("\n one \r\n\n\ttwo\tthree \n") == "one two three")
    #expect(TerminalText.joiningLines(" \n\t") == "")
  }
}
