import Foundation
import Testing

@testable import CurlHTTP

@Suite struct LineSplitterTests {
  private func text(_ lines: [Data]) -> [String] {
    lines.map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func reassemblesLinesAcrossChunks() {
    var splitter = LineSplitter()
    var lines: [Data] = []
    for chunk in ["{\"a\"", ":1}\n{\"b\":", "2}\r", "\n", "\n", "tail"] {
      lines += splitter.append(Data(chunk.utf8))
    }
    #expect(text(lines) == [#"{"a":1}"#, #"{"b":2}"#, ""])
    #expect(splitter.finish().map { String(decoding: $0, as: UTF8.self) } == "tail")
    #expect(splitter.finish() == nil)
  }

  @Test func severalLinesInOneChunk() {
    var splitter = LineSplitter()
    #expect(text(splitter.append(Data("one\ntwo\r\nthree\n".utf8))) == ["one", "two", "three"])
    #expect(splitter.finish() == nil)
  }

  @Test func linesAreIndexableFromZero() throws {
    var splitter = LineSplitter()
    _ = splitter.append(Data("x\n".utf8))
    let line = try #require(splitter.append(Data("ab\r\n".utf8)).first)
    #expect(line.startIndex == 0)
    #expect(line[0] == UInt8(ascii: "a"))
  }
}
