import Formatters
import Foundation
import Testing

@Suite struct YAMLRendererTests {
  struct Item: Encodable {
    var name: String
    var port: String
    var enabled: Bool
    var created: Date
    var labels: [String: String]
    var message: String
    var empty: [String]
  }

  let item = Item(
    name: "web", port: "8443", enabled: true, created: Date(timeIntervalSince1970: 1_700_000_000),
    labels: ["zeta": "z", "app": "web"], message: "line one\nline two", empty: [])

  @Test func sortedKeysQuotedLookalikesAndLiteralBlocks() throws {
    let expected = """
      created: "2023-11-14T22:13:20Z"
      empty: []
      enabled: true
      labels:
        app: web
        zeta: z
      message: |-
        line one
        line two
      name: web
      port: "8443"

      """
    #expect(try YAMLRenderer.render(item) == expected)
  }

  @Test func documentsAreSeparated() throws {
    #expect(try YAMLRenderer.renderDocuments([["a": 1], ["b": 2]]) == "a: 1\n---\nb: 2\n")
  }

  @Test func unencodableValueThrowsAOneLineError() {
    struct Bad: Encodable {
      func encode(to encoder: any Encoder) throws {
        throw EncodingError.invalidValue(
          0, .init(codingPath: [], debugDescription: "broken\nvalue"))
      }
    }
    do {
      _ = try YAMLRenderer.render(Bad())
      Issue.record("Bad was encoded")
    } catch {
      #expect(error.description == #"cannot encode the output as YAML: broken\nvalue"#)
    }
  }
}
