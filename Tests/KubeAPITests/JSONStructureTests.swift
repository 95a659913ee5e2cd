import Foundation
import Testing

@testable import KubeAPI

/// The structure pass that `JSONSlice` reads every document with: 64 bytes at a time on x86-64, byte by byte
/// elsewhere. Both must find the same objects and arrays, and fail on the same documents.
@Suite("JSONSlice structure: the vector pass finds what the byte-by-byte pass finds")
struct JSONStructureTests {
  /// What a pass found: the value's end and its entries, or nil when it threw.
  typealias Found = (end: Int, entries: [[UInt32]])?

  static func found(
    _ document: [UInt8], from start: Int = 0,
    by pass: (UnsafeRawBufferPointer, Int) throws -> (end: Int, entries: [JSONSlice.Entry])
  ) -> Found {
    document.withUnsafeBytes { bytes in
      guard let (end, entries) = try? pass(bytes, start) else { return nil }
      return (end, entries.map { [$0.start, $0.end, $0.next] })
    }
  }

  static func expectSameStructure(
    _ document: [UInt8], from start: Int = 0, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let scalar = found(document, from: start, by: JSONSlice.scalarStructure)
    let used = found(document, from: start, by: JSONSlice.structure)
    #expect(scalar?.end == used?.end, sourceLocation: sourceLocation)
    #expect(scalar?.entries == used?.entries, sourceLocation: sourceLocation)
    #if arch(x86_64)
      let vector = found(document, from: start, by: JSONSlice.vectorStructure)
      #expect(scalar?.end == vector?.end, sourceLocation: sourceLocation)
      #expect(scalar?.entries == vector?.entries, sourceLocation: sourceLocation)
    #endif
  }

  /// SplitMix64: the same documents on every run.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var mixed = state
      mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
      mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
      return mixed ^ (mixed >> 31)
    }
  }

  /// A JSON value whose strings are full of brackets, quotes and runs of backslashes, so that escapes and
  /// string ends fall on every byte of a 64-byte block and across blocks.
  static func value(depth: Int, _ random: inout Seeded) -> String {
    let pick = depth > 5 ? Int.random(in: 0..<4, using: &random) : Int.random(in: 0..<7, using: &random)
    switch pick {
    case 0: return ["null", "true", "false", "-12", "3", "0"].randomElement(using: &random)!
    case 1, 2, 3:
      let pieces = ["a", "{", "}", "[", "]", #"\""#, #"\\"#, #"\\\\"#, #"\\\""#, ",", ":", " ", "é", #"\u00e9"#]
      let length = Int.random(in: 0..<40, using: &random)
      return "\"" + (0..<length).map { _ in pieces.randomElement(using: &random)! }.joined() + "\""
    case 4, 5:
      let members = (0..<Int.random(in: 0..<6, using: &random)).map { _ in
        value(depth: 5, &random) + (Bool.random(using: &random) ? ":" : " : ") + value(depth: depth + 1, &random)
      }
      return "{" + members.filter { $0.first == "\"" }.joined(separator: ",") + "}"
    default:
      let elements = (0..<Int.random(in: 0..<6, using: &random)).map { _ in value(depth: depth + 1, &random) }
      return "[" + elements.joined(separator: Bool.random(using: &random) ? "," : ",\n ") + "]"
    }
  }

  @Test("random documents, their truncations and documents read from an offset")
  func randomDocuments() throws {
    var random = Seeded(state: 20_261_125)
    var checked = 0
    while checked < 400 {
      let values = (0..<Int.random(in: 1..<12, using: &random)).map { _ in Self.value(depth: 0, &random) }
      let text = "[" + values.joined(separator: ",") + "]"
      let document = Array(text.utf8)
      // Valid JSON, as JSONSerialization reads it.
      _ = try JSONSerialization.jsonObject(with: Data(document), options: .fragmentsAllowed)
      #expect(Self.found(document, by: JSONSlice.structure)?.end == document.count)
      Self.expectSameStructure(document)
      Self.expectSameStructure(Array(repeating: UInt8(ascii: " "), count: checked % 70) + document, from: checked % 70)
      for cut in [1, 63, 64, 65, document.count / 2, document.count - 1] where cut < document.count {
        Self.expectSameStructure(Array(document[..<cut]))
      }
      checked += 1
    }
  }

  @Test("escapes and string ends on block edges, and documents that need more room than first given")
  func edges() {
    // A backslash as the last byte of a block escapes the first byte of the next one, in runs of every length.
    for run in 1...6 {
      for offset in 50...70 {
        let string = String(repeating: "x", count: offset) + String(repeating: "\\", count: run) + "\"]}"
        let text = #"{"a":[""# + string + (run % 2 == 0 ? "" : #"""#) + #"]}"#
        Self.expectSameStructure(Array(text.utf8))
      }
    }
    for size in [62, 63, 64, 65, 127, 128, 129] {
      Self.expectSameStructure(Array(("[\"" + String(repeating: "y", count: size - 4) + "\"]").utf8))
    }
    // Nesting deeper than the first try's stack, and more entries than its room.
    let deep = String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000)
    let dense = "[" + Array(repeating: "{}", count: 5_000).joined(separator: ",") + "]"
    for text in [deep, dense] {
      #expect(Self.found(Array(text.utf8), by: JSONSlice.structure)?.end == text.utf8.count)
      Self.expectSameStructure(Array(text.utf8))
    }
    // Malformed: both fail.
    for text in [#"{"a": "open"#, #"[[1]"#, #"]"#, #"{"a": "\"}"#, "[" + String(repeating: "\\", count: 64)] {
      #expect(Self.found(Array(text.utf8), by: JSONSlice.structure) == nil)
      Self.expectSameStructure(Array(text.utf8))
    }
  }
}
