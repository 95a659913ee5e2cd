import ByteScanning
import Testing

@Suite("trimming: white space, spaces alone, or any characters")
struct TextTrimmingTests {
  @Test func whitespaceTakesLineBreaksAndUnicodeSpacesToo() {
    #expect(" \t token\r\n".trimmingWhitespace() == "token")
    #expect("\u{00A0}\u{2003}mitte\u{3000}".trimmingWhitespace() == "mitte")
    #expect("a b\nc".trimmingWhitespace() == "a b\nc")
    #expect(" \n\t ".trimmingWhitespace() == "")
    #expect("".trimmingWhitespace() == "")
  }

  @Test func spacesKeepLineBreaks() {
    #expect(" \tjson, yaml \t".trimmingSpaces() == "json, yaml")
    #expect("\nline\n ".trimmingSpaces() == "\nline\n")
    #expect(Substring("  wide ").trimmingSpaces() == "wide")
  }

  @Test func anyCharacters() {
    #expect("yes\r".trimming { $0 == "\r" } == "yes")
    #expect("\n\nanswer\n".trimming(while: \.isNewline) == "answer")
    #expect("xxx".trimming { $0 == "x" } == "")
  }
}
