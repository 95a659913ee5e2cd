import Foundation
import KubeAPI
import Testing
import YAMLCoding

/// `JSONValue` is built from YAML nodes directly (`YAMLTreeDecodable`); it must come out as `init(from:)` makes it by
/// probing types in turn.
@Suite struct JSONValueYAMLTests {
  /// Decodes through `JSONValue.init(from:)` at the top, the probing path the direct one replaces.
  struct Probed: Decodable {
    var value: JSONValue
    init(from decoder: Decoder) throws { value = try JSONValue(from: decoder) }
  }

  @Test(
    "every kind of scalar reads as the probing path reads it",
    arguments: [
      "null", "~", "", "yes", "true", "False", "0x1F", "0o17", "-12", "1e3", "2.0", "1.5", "-0.0", ".inf", "-.inf",
      ".nan", "18446744073709551615", "9223372036854775807", "\"8080\"", "'yes'", "2024-01-01T00:00:00Z",
      "|\n  block\n  text\n", "!!str 12", "!!int \"12\"", "!!float 3", "plain text", "1_000",
    ])
  func scalars(yaml: String) throws {
    let direct = try YAMLDecoder().decode(JSONValue.self, from: yaml)
    let probed = try YAMLDecoder().decode(Probed.self, from: yaml).value
    if case .double(let value) = probed, value.isNaN {
      guard case .double(let directValue) = direct else { Issue.record("\(direct)"); return }
      #expect(directValue.isNaN)
    } else {
      #expect(direct == probed, "\(yaml)")
    }
  }

  @Test("mappings keep the last of a repeated key and leave complex keys out; sequences keep their order")
  func collections() throws {
    let yaml = "a: 1\nb: [x, 2, null, {c: yes}]\na: 3\n? [k]\n: v\n'8080': port\n"
    let direct = try YAMLDecoder().decode(JSONValue.self, from: yaml)
    #expect(direct == (try YAMLDecoder().decode(Probed.self, from: yaml).value))
    #expect(
      direct
        == .object([
          "a": .int(3), "8080": .string("port"),
          "b": .array([.string("x"), .int(2), .null, .object(["c": .bool(true)])]),
        ]))
  }
}
