import Foundation
import Testing
import YAMLCoding

struct Everything: Codable, Equatable {
  struct Inner: Codable, Equatable {
    var label: String
    var weight: Double?
  }
  var name: String
  var count: Int
  var big: Int64
  var ratio: Double
  var flag: Bool
  var tags: [String]
  var labels: [String: String]
  var inner: Inner
  var maybeInner: Inner?
  var missing: Inner?
  var optionals: [Int?]
  var matrix: [[String]]
  var byID: [Int: String]
  var created: Date
  var blob: Data
  var script: String
}

@Suite struct RoundTripTests {
  private func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
    let text = try YAMLEncoder().encode(value)
    _ = try YAML.parse(text)
    return try YAMLDecoder().decode(T.self, from: text)
  }

  @Test func structs() throws {
    let value = Everything(
      name: "web", count: -3, big: Int64.max, ratio: 0.1, flag: true, tags: ["true", "8443", "", "~", "a: b", "ü"],
      labels: ["app": "yes", "null": "null", "1": "one", "": "empty key", "multi\nline": "key"],
      inner: Everything.Inner(label: "1.10", weight: 2), maybeInner: Everything.Inner(label: "x", weight: nil),
      missing: nil, optionals: [1, nil, 3], matrix: [[], ["a"], ["- b", "#c"]], byID: [1: "one", 20: "twenty"],
      created: Date(timeIntervalSince1970: 1_795_169_643), blob: Data([0, 1, 2, 255]),
      script: "#!/bin/sh\n  set -e\n\techo \"hi\"\n")
    #expect(try roundTrip(value) == value)
  }

  @Test(arguments: [
    "", " ", "  two", "trail ", "true", "False", "NO", "y", "n", "on", "off", "null", "Null", "~", "0", "-0", "+1",
    "007", "08", "0x1F", "0o17", "0b11", "1_000", "1e3", ".5", "1.", ".inf", "-.inf", ".nan", "1:20", "2001-12-14",
    "2001-12-14 21:59:43.10", "<<", "-", "--", "---", "...", "- x", "? x", ": x", "x:", "a: b", "a #b", "#", "!", "&a",
    "*a", "%", "@", "`", "|", ">", "'", "\"", "{", "}", "[", "]", ",", "a,b", "\\", "\\n", "tab\tin", "\t", "\r",
    "\n", "\n\n", "a\n", "a\n\n", "\na", " \na", "a \nb", "a\r\nb", "\u{0}", "\u{1B}[31m", "\u{85}", "\u{2028}",
    "\u{2029}", "\u{FEFF}x", "日本語", "emoji 😀", "é\ncombining e\u{301}", String(repeating: "long ", count: 50),
    "line1\nline2\n  indented\n\ttabbed\n", "   \n   ", "x\n ", "'single' and \"double\"", "=", "<", "<<<",
  ])
  func strings(value: String) throws {
    #expect(try roundTrip(["k": value]) == ["k": value])
    #expect(try roundTrip([value]) == [value])
    #expect(try roundTrip([value: 1]) == [value: 1])
  }

  @Test func numbers() throws {
    let doubles: [Double] = [
      0, -0.5, 1.5, 1e-7, 1e21, 123_456_789.123, .greatestFiniteMagnitude, .leastNonzeroMagnitude,
    ]
    #expect(try roundTrip(doubles) == doubles)
    let ints: [Int64] = [0, 1, -1, .max, .min]
    #expect(try roundTrip(ints) == ints)
    let unsigned: [UInt64] = [0, .max]
    #expect(try roundTrip(unsigned) == unsigned)
    let infinities: [Double] = [.infinity, -.infinity]
    #expect(try roundTrip(infinities) == infinities)
  }

  @Test func nestedOptionals() throws {
    struct Node: Codable, Equatable {
      var value: Int?
      var children: [Node]?
      var parent: [String: Node?]?
    }
    let tree = Node(
      value: 1, children: [Node(value: nil, children: [], parent: nil), Node(value: 3, children: nil, parent: nil)],
      parent: ["p": Node(value: 0, children: nil, parent: nil), "none": nil])
    #expect(try roundTrip(tree) == tree)
  }

  @Test func dictionariesAndArrays() throws {
    let value: [String: [String: [Int]]] = ["a": ["x": [1, 2], "y": []], "b": [:]]
    #expect(try roundTrip(value) == value)
    let sets: [[Bool]] = [[true, false], []]
    #expect(try roundTrip(sets) == sets)
  }

  @Test func enumsWithAssociatedValues() throws {
    enum Shape: Codable, Equatable {
      case circle(radius: Double)
      case label(String)
      case none
    }
    let shapes: [Shape] = [.circle(radius: 2), .label("yes"), .none]
    #expect(try roundTrip(shapes) == shapes)
  }

  @Test func parsedDocumentsSurviveEmit() throws {
    let text = """
      kind: ConfigMap
      data:
        a: '1'
        b: |
          multi
          line
        c: !!str 12
        d: ~
        e: [x, {y: z}]
      """
    let node = try YAML.parse(text)
    #expect(try YAML.parse(YAML.emit(node)) == node)
  }
}
