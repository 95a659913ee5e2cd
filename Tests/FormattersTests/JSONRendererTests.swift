import Formatters
import Foundation
import Testing

@Suite struct JSONRendererTests {
  struct Item: Encodable {
    var name: String
    var url: String
    var created: Date
    var labels: [String: String]
    var ports: [Int]
    var empty: [String]
    var nothing: [String: Int]
    var note: String?
  }

  let item = Item(
    name: "web \"prod\" ünï\u{1}", url: "https://example.com/a/b", created: Date(timeIntervalSince1970: 1_700_000_000),
    labels: ["zeta": "z", "app": "web", "Tier": "t"], ports: [80, 443], empty: [], nothing: [:], note: nil)

  @Test func prettyWithSortedKeysAndUnescapedSlashes() throws {
    let expected = #"""
      {
          "created": "2023-11-14T22:13:20Z",
          "empty": [],
          "labels": {
              "Tier": "t",
              "app": "web",
              "zeta": "z"
          },
          "name": "web \"prod\" ünï\u0001",
          "nothing": {},
          "ports": [
              80,
              443
          ],
          "url": "https://example.com/a/b"
      }

      """#
    #expect(try JSONRenderer.render(item) == expected)
  }

  @Test func compactLineForStreams() throws {
    let expected = #"""
      {"created":"2023-11-14T22:13:20Z","empty":[],"labels":{"Tier":"t","app":"web","zeta":"z"},\#
      "name":"web \"prod\" ünï\u0001","nothing":{},"ports":[80,443],"url":"https://example.com/a/b"}

      """#
    #expect(try JSONRenderer.renderLine(item) == expected)
  }

  @Test func stringsContainingJSONSyntaxAreNotReformatted() throws {
    let value = ["k": "{\"a\":[1,2]}, \\\" : x"]
    #expect(try JSONRenderer.render(value) == "{\n    \"k\": \"{\\\"a\\\":[1,2]}, \\\\\\\" : x\"\n}\n")
  }

  @Test func topLevelArraysAndScalars() throws {
    #expect(try JSONRenderer.render([[Int]]()) == "[]\n")
    #expect(try JSONRenderer.render([[1], []]) == "[\n    [\n        1\n    ],\n    []\n]\n")
    #expect(try JSONRenderer.render("x") == "\"x\"\n")
  }

  @Test func unencodableValueThrowsAOneLineError() {
    struct Bad: Encodable { var ratio = Double.nan }
    do {
      _ = try JSONRenderer.render(Bad())
      Issue.record("NaN was encoded")
    } catch {
      #expect(error.description.hasPrefix("cannot encode the output as JSON: ratio"))
      #expect(!error.description.contains("\n"))
    }
  }
}
