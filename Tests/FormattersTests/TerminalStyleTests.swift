import Formatters
import Testing

@Suite struct TerminalStyleTests {
  @Test func colourOnlyOnATerminalWithoutNoColorOrDumbTerm() {
    #expect(TerminalStyle.detect(isTTY: true, environment: ["TERM": "xterm-256color"]).enabled)
    #expect(TerminalStyle.detect(isTTY: true, environment: [:]).enabled)
    #expect(TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": ""]).enabled)
    #expect(!TerminalStyle.detect(isTTY: false, environment: ["TERM": "xterm"]).enabled)
    #expect(!TerminalStyle.detect(isTTY: true, environment: ["NO_COLOR": "1"]).enabled)
    #expect(!TerminalStyle.detect(isTTY: true, environment: ["TERM": "dumb"]).enabled)
  }

  @Test func disabledStyleNeverWritesEscapeCodes() {
    let style = TerminalStyle.plain
    for status in Health.allCases {
      #expect(style.paint("x", status) == "x")
    }
    #expect(style.bold("x") == "x")
    #expect(style.dim("x") == "x")
  }

  @Test func enabledStylePaintsByStatus() {
    let style = TerminalStyle(enabled: true)
    #expect(style.paint("up", .ok) == "\u{1B}[32mup\u{1B}[0m")
    #expect(style.paint("slow", .warning) == "\u{1B}[33mslow\u{1B}[0m")
    #expect(style.paint("down", .error) == "\u{1B}[31mdown\u{1B}[0m")
    #expect(style.paint("old", .muted) == "\u{1B}[2mold\u{1B}[0m")
    #expect(style.paint("?", .unknown) == "?")
    #expect(style.bold("H") == "\u{1B}[1mH\u{1B}[0m")
    #expect(style.paint("", .error) == "")
  }

  @Test func multiLineTextIsPaintedLineByLine() {
    let style = TerminalStyle(enabled: true)
    #expect(style.paint("a\n\nb", .ok) == "\u{1B}[32ma\u{1B}[0m\n\n\u{1B}[32mb\u{1B}[0m")
  }
}
