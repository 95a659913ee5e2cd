import Formatters
import Foundation
import Testing

@Suite struct JSONTextTests {
  /// Numbers as `JSONEncoder` writes them, the extremes included.
  @Test(arguments: [0, 7, 10, 99, 100, 1_000_000, -1, -10, Int.max, Int.min])
  func integersMatchTheEncoder(value: Int) throws {
    var json = JSONText(capacity: 1)
    json.integer(value)
    let encoded = try JSONEncoder().encode(value)
    #expect(json.bytes == Array(encoded))
  }

  /// Members reserved and written in place still lay out as `JSONRenderer` does, deep indents included, and a
  /// buffer that starts too small grows as they are written.
  @Test func membersMatchTheRenderer() throws {
    struct Inner: Encodable {
      var count: Int
      var name: String
    }
    struct Outer: Encodable {
      var a: Inner
      var b: String
    }
    var json = JSONText(capacity: 1)
    var first = true
    json.member("a", depth: 1, first: &first)
    var innerFirst = true
    json.member("count", depth: 2, first: &innerFirst)
    json.integer(-3)
    json.member("name", "x\"y\n", depth: 2, first: &innerFirst)
    json.endObject(depth: 1, empty: false)
    json.member("b", "slash/ünï", depth: 1, first: &first)
    json.endObject(depth: 0, empty: false)
    let rendered = try JSONRenderer.render(Outer(a: Inner(count: -3, name: "x\"y\n"), b: "slash/ünï"))
    #expect(String(decoding: json.bytes, as: UTF8.self) + "\n" == rendered)
  }

  /// Strings are escaped as the renderer escapes them whatever their length and wherever the byte to escape sits:
  /// in a whole word, in the last one (which overlaps the word before it), or in the few bytes of a short string.
  @Test func stringsMatchTheRenderer() throws {
    for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "é", "/", "\t"] {
      for length in 0...26 {
        for position in [0, length / 2, max(0, length - 1)] {
          var characters = Array(repeating: "a", count: length)
          if length > 0 { characters[position] = special }
          try expectRenderedAlike(characters.joined())
        }
      }
    }
  }

  /// After a first byte to escape, the rest is searched eight bytes at a time: a second one anywhere after it,
  /// in the same word, the next, or the last few bytes, is escaped as the renderer escapes it.
  @Test func stringsWithSeveralEscapesMatchTheRenderer() throws {
    for (first, second) in [("\"", "\""), ("\\", "\n"), ("\u{01}", "\""), ("\t", "\u{1F}")] {
      for length in 2...30 {
        for start in [0, 3, length / 2] where start < length - 1 {
          for next in (start + 1)..<length {
            var characters = Array(repeating: "b", count: length)
            characters[start] = first
            characters[next] = second
            try expectRenderedAlike(characters.joined())
          }
        }
      }
    }
  }

  /// `text` as a string member, written by `JSONText` and by the renderer.
  private func expectRenderedAlike(_ text: String) throws {
    struct Wrapper: Encodable { var s: String }
    var json = JSONText(capacity: 1)
    var first = true
    json.member("s", text, depth: 1, first: &first)
    json.endObject(depth: 0, empty: false)
    let rendered = try JSONRenderer.render(Wrapper(s: text))
    #expect(String(decoding: json.bytes, as: UTF8.self) + "\n" == rendered, "\(text.debugDescription)")
  }

  /// A member started from its written-out head is the member that `member(_:depth:first:)` writes, first or not.
  @Test func memberHeads() {
    for depth in [0, 1, 3, 17] {
      var laidOut = JSONText(capacity: 1)
      var fromHeads = JSONText(capacity: 1)
      var (laidOutFirst, headsFirst) = (true, true)
      laidOut.member("count", depth: depth, first: &laidOutFirst)
      laidOut.integer(2)
      laidOut.member("message", "a \"b\"", depth: depth, first: &laidOutFirst)
      laidOut.member("node", nil, depth: depth, first: &laidOutFirst)
      fromHeads.member(JSONText.MemberHead("count", depth: depth), first: &headsFirst)
      fromHeads.integer(2)
      fromHeads.member(JSONText.MemberHead("message", depth: depth), "a \"b\"", first: &headsFirst)
      fromHeads.member(JSONText.MemberHead("node", depth: depth), nil, first: &headsFirst)
      #expect(fromHeads.bytes == laidOut.bytes)
      #expect(!headsFirst)
    }
  }

  /// Indents deeper than the static run of spaces are written space by space.
  @Test func deepIndents() {
    var json = JSONText()
    json.newline(depth: 20)
    #expect(json.bytes == [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 80))
    var member = JSONText()
    var first = false
    member.member("k", depth: 17, first: &first)
    #expect(String(decoding: member.bytes, as: UTF8.self) == ",\n" + String(repeating: " ", count: 68) + "\"k\": ")
  }

  /// A drained buffer starts again empty, and a finished text keeps its bytes after the writer is gone, however
  /// far the buffer grew.
  @Test func drainingAndFinishing() {
    var json = JSONText(capacity: 1)
    json.raw("[")
    var drained: [[UInt8]] = []
    json.drain { drained.append(Array($0)) }
    json.string("next")
    #expect(drained == [Array("[".utf8)])
    #expect(json.bytes == Array("\"next\"".utf8))
    let long = String(repeating: "ab", count: 1000)
    var piece = JSONText(capacity: 1)
    piece.string(long)
    let finished = piece.finished()
    #expect(finished.withBytes { Array($0) } == Array("\"\(long)\"".utf8))
  }
}
