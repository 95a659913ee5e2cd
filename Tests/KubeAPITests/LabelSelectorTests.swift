import Foundation
import KubeAPI
import Testing

@Suite struct LabelSelectorTests {
  @Test(arguments: [
    ("", ""),
    ("a=b", "a=b"),
    ("a==b", "a==b"),
    ("a!=b", "a!=b"),
    ("  a = b  ", "a=b"),
    ("a=", "a="),
    ("e in (y,x)", "e in (x,y)"),
    ("x in (foo,,baz),y,z notin ()", "x in (,baz,foo),y,z notin ()"),
    ("a=b,c!=d,e in (x,y),f notin (z),g,!h,n>5,n<7", "a=b,c!=d,e in (x,y),f notin (z),g,!h,n>5,n<7"),
    ("z=1,a=2", "a=2,z=1"),
    ("example.com/app=web", "example.com/app=web"),
    ("in in (in)", "in in (in)"),
  ])
  func parsesToCanonicalForm(input: String, expected: String) throws {
    #expect(try LabelSelector(parsing: input).description == expected)
  }

  static let nameRule =
    "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
    + "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is "
    + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
  static let valueRule =
    "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
    + "start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used "
    + "for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

  static let longKey = String(repeating: "k", count: 64)
  static let badSelectors: [(String, String)] = [
    ("a=b,", "found '', expected: identifier after ','"),
    (",a", "found ',', expected: !, identifier, or 'end of string'"),
    ("a=b c", "found 'c', expected: ',' or 'end of string'"),
    ("!a=b", "found '=', expected: ',' or 'end of string'"),
    ("a b", "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"),
    ("x in foo", "unable to parse requirement: found 'foo' expected: '('"),
    ("x in (a b)", "unable to parse requirement: found 'b', expected: ',' or ')'"),
    ("a=!b", "unable to parse requirement: found '!', expected: identifier"),
    ("-a=b", "unable to parse requirement: <nil>: Invalid value: \"-a\": " + nameRule),
    ("a=-b", "unable to parse requirement: values[0][a]: Invalid value: \"-b\": " + valueRule),
    (
      "n>abc",
      "unable to parse requirement: values[0]: Invalid value: \"abc\": "
        + "for 'Gt', 'Lt' operators, the value must be an integer"
    ),
    (
      longKey,
      "unable to parse requirement: <nil>: Invalid value: \"\(longKey)\": name part must be no more than 63 characters"
    ),
    (
      "Example.com/a",
      "unable to parse requirement: <nil>: Invalid value: \"Example.com/a\": prefix part a DNS-1123 subdomain "
        + "must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an "
        + "alphanumeric character (e.g. 'example.com', regex used for validation is "
        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    ),
  ]

  @Test(arguments: badSelectors)
  func refusesBadSelectorsWithKubeWording(input: String, message: String) {
    #expect(throws: LabelSelectorError(message)) { try LabelSelector(parsing: input) }
  }

  @Test(arguments: [
    ("a!=b", [String: String](), true),
    ("a!=b", ["a": "b"], false),
    ("a!=b", ["a": "c"], true),
    ("a notin (x)", [:], true),
    ("a notin (x)", ["a": "x"], false),
    ("a in (x)", [:], false),
    ("a in (x,y)", ["a": "y"], true),
    ("!a", [:], true),
    ("!a", ["a": ""], false),
    ("a", ["a": ""], true),
    ("a=", ["a": ""], true),
    ("a=", [:], false),
    ("n>5", ["n": "6"], true),
    ("n>5", ["n": "5"], false),
    ("n>5", ["n": "x"], false),
    ("n<7", [:], false),
    ("a=b,c=d", ["a": "b", "c": "d", "e": "f"], true),
    ("a=b,c=d", ["a": "b"], false),
    ("", ["any": "thing"], true),
  ])
  func matchesLabels(selector: String, labels: [String: String], expected: Bool) throws {
    #expect(try LabelSelector(parsing: selector).matches(labels) == expected)
  }

  @Test func everythingSelector() throws {
    #expect(LabelSelector.everything.isEverything)
    #expect(try LabelSelector(parsing: "  ").isEverything)
    #expect(try !LabelSelector(parsing: "a").isEverything)
  }

  @Test func decodesStructuredForm() throws {
    let json = """
      {"matchLabels":{"app":"web"},
       "matchExpressions":[{"key":"tier","operator":"In","values":["frontend","backend"]},
                           {"key":"canary","operator":"DoesNotExist"}]}
      """
    let selector = try JSONDecoder().decode(LabelSelector.self, from: Data(json.utf8))
    #expect(selector.description == "app=web,!canary,tier in (backend,frontend)")
    #expect(selector.matches(["app": "web", "tier": "backend"]))
    #expect(!selector.matches(["app": "web", "tier": "backend", "canary": "1"]))
    #expect(try JSONDecoder().decode(LabelSelector.self, from: Data("{}".utf8)).isEverything)
  }

  @Test func refusesUnknownStructuredOperator() {
    let json = #"{"matchExpressions":[{"key":"a","operator":"Gt","values":["1"]}]}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(LabelSelector.self, from: Data(json.utf8)) }
    #expect(throws: LabelSelectorError("\"Gt\" is not a valid label selector operator")) {
      try LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "a", operator: "Gt", values: ["1"])])
    }
    #expect(
      throws: LabelSelectorError("values: Invalid value: []: for 'in', 'notin' operators, values set can't be empty")
    ) {
      try LabelSelector(matchLabels: [:], matchExpressions: [.init(key: "a", operator: "In")])
    }
  }

  @Test func encodesStructuredForm() throws {
    let selector = try LabelSelector(parsing: "app=web,tier in (a,b),!canary,x!=y")
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(selector), as: UTF8.self)
    #expect(
      json == #"{"matchExpressions":[{"key":"canary","operator":"DoesNotExist"},"#
        + #"{"key":"tier","operator":"In","values":["a","b"]},{"key":"x","operator":"NotIn","values":["y"]}],"#
        + #""matchLabels":{"app":"web"}}"#)
    let decoded = try JSONDecoder().decode(LabelSelector.self, from: Data(json.utf8))
    #expect(decoded.description == "app=web,!canary,tier in (a,b),x notin (y)")
    #expect(throws: EncodingError.self) { try encoder.encode(LabelSelector(parsing: "n>1")) }
  }

  @Test func matchLabelsInitializer() {
    let selector = LabelSelector(matchLabels: ["b": "2", "a": "1"])
    #expect(selector.description == "a=1,b=2")
    #expect(selector.matches(["a": "1", "b": "2"]))
  }
}
