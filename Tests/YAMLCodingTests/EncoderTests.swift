import Foundation
import Testing
import YAMLCoding

@Suite struct EncoderTests {
  let encoder = YAMLEncoder()

  @Test func kubectlLayout() throws {
    struct Port: Encodable {
      var name: String
      var containerPort: Int
    }
    struct Container: Encodable {
      var name: String
      var args: [String]
      var ports: [Port]
      var env: [String: String]
      var resources: [String: String]
      var volumeMounts: [String]
    }
    let container = Container(
      name: "web", args: ["--port", "8080"], ports: [Port(name: "http", containerPort: 80)],
      env: ["B": "2", "A": "on"], resources: [:], volumeMounts: [])
    let expected = """
      args:
      - --port
      - "8080"
      env:
        A: "on"
        B: "2"
      name: web
      ports:
      - containerPort: 80
        name: http
      resources: {}
      volumeMounts: []

      """
    #expect(try encoder.encode(container) == expected)
  }

  @Test func keepsEncodingOrderWhenNotSorting() throws {
    struct Meta: Encodable {
      var name = "nginx"
      var apiVersion = "v1"
    }
    var unsorted = YAMLEncoder()
    unsorted.sortKeys = false
    #expect(try unsorted.encode(Meta()) == "name: nginx\napiVersion: v1\n")
    #expect(try encoder.encode(Meta()) == "apiVersion: v1\nname: nginx\n")
  }

  @Test(arguments: [
    ("plain", "plain"), ("true", "\"true\""), ("yes", "\"yes\""), ("Off", "\"Off\""), ("y", "\"y\""),
    ("8443", "\"8443\""), ("1.5", "\"1.5\""), ("0x1F", "\"0x1F\""), ("1e3", "\"1e3\""), ("null", "\"null\""),
    ("~", "\"~\""), ("", "\"\""), (".inf", "\".inf\""), ("1:20", "\"1:20\""), ("2001-12-14", "\"2001-12-14\""),
    ("2026-11-20T10:14:03Z", "\"2026-11-20T10:14:03Z\""), ("<<", "\"<<\""),
    (" lead", "' lead'"), ("trail ", "'trail '"), ("a: b", "'a: b'"), ("a #b", "'a #b'"), ("#c", "'#c'"),
    ("- a", "'- a'"), ("-", "'-'"), ("*", "'*'"), ("&a", "'&a'"), ("!tag", "'!tag'"), ("%x", "'%x'"),
    ("@x", "'@x'"), ("`x", "'`x'"), ("{a}", "'{a}'"), ("[a]", "'[a]'"), ("'q'", "'''q'''"), ("\"q\"", "'\"q\"'"),
    ("|x", "'|x'"), (">x", "'>x'"), ("? x", "'? x'"), ("---", "'---'"), ("a,b", "a,b"), ("a:b", "a:b"),
    ("system:masters", "system:masters"), ("https://x:6443/api?a=b#f", "https://x:6443/api?a=b#f"),
    ("v1.10", "v1.10"), ("héllo ✓ 日本", "héllo ✓ 日本"), ("tab\there", "\"tab\\there\""),
    ("bell\u{7}", "\"bell\\a\""), ("nul\u{0}", "\"nul\\0\""), ("nel\u{85}x", "\"nel\\Nx\""),
    ("ls\u{2028}x", "\"ls\\Lx\""), ("bom\u{FEFF}", "\"bom\\uFEFF\""),
  ])
  func scalarQuoting(value: String, expected: String) throws {
    #expect(try encoder.encode(["k": value]) == "k: \(expected)\n")
  }

  @Test func multiLineStrings() throws {
    #expect(try encoder.encode(["k": "a\nb\n"]) == "k: |\n  a\n  b\n")
    #expect(try encoder.encode(["k": "a\nb"]) == "k: |-\n  a\n  b\n")
    #expect(try encoder.encode(["k": "  indented\nnext\n"]) == "k: |2\n    indented\n  next\n")
    #expect(try encoder.encode(["k": "\nleading break"]) == "k: |2-\n\n  leading break\n")
    // Trailing spaces before a line break cannot survive a block scalar: libyaml double-quotes instead.
    #expect(try encoder.encode(["k": "a \nb"]) == "k: \"a \\nb\"\n")
    #expect(try encoder.encode(["k": "a\r\nb"]) == "k: \"a\\r\\nb\"\n")
  }

  @Test func numbersBoolsAndNulls() throws {
    struct Values: Encodable {
      var int = -42
      var big = UInt64.max
      var double = 1.5
      var whole = 3.0
      var tiny = 1e-7
      var huge = 1e21
      var inf = Double.infinity
      var negInf = -Double.infinity
      var nan = Double.nan
      var float: Float = 0.1
      var yes = true
      var no = false
      var omitted: Int? = nil
      enum CodingKeys: String, CodingKey {
        case int, big, double, whole, tiny, huge, inf, negInf, nan, float, yes, no, omitted, explicitNull
      }
      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(int, forKey: .int)
        try container.encode(big, forKey: .big)
        try container.encode(double, forKey: .double)
        try container.encode(whole, forKey: .whole)
        try container.encode(tiny, forKey: .tiny)
        try container.encode(huge, forKey: .huge)
        try container.encode(inf, forKey: .inf)
        try container.encode(negInf, forKey: .negInf)
        try container.encode(nan, forKey: .nan)
        try container.encode(float, forKey: .float)
        try container.encode(yes, forKey: .yes)
        try container.encode(no, forKey: .no)
        try container.encodeIfPresent(omitted, forKey: .omitted)
        try container.encodeNil(forKey: .explicitNull)
      }
    }
    let expected = """
      big: 18446744073709551615
      double: 1.5
      explicitNull: null
      float: 0.1
      huge: 1e+21
      inf: .inf
      int: -42
      nan: .nan
      negInf: -.inf
      "no": false
      tiny: 1e-07
      whole: 3.0
      "yes": true

      """
    #expect(try encoder.encode(Values()) == expected)
  }

  @Test func foundationTypes() throws {
    struct Secret: Encodable {
      var data: [String: Data]
      var created: Date
      var server: URL
    }
    let secret = Secret(
      data: ["token": Data("hello".utf8), "empty": Data()], created: Date(timeIntervalSince1970: 1_795_169_643.9),
      server: try #require(URL(string: "https://10.0.0.1:6443")))
    let expected = """
      created: "2026-11-20T10:14:03Z"
      data:
        empty: ""
        token: aGVsbG8=
      server: https://10.0.0.1:6443

      """
    #expect(try encoder.encode(secret) == expected)
  }

  @Test func topLevelValues() throws {
    #expect(try encoder.encode("hello") == "hello\n")
    #expect(try encoder.encode(42) == "42\n")
    #expect(try encoder.encode([String]()) == "[]\n")
    #expect(try encoder.encode([String: Int]()) == "{}\n")
    #expect(try encoder.encode(Int?.none) == "null\n")
    #expect(try encoder.encode(["a", "b"]) == "- a\n- b\n")
  }

  @Test func nestedCollections() throws {
    let value: [String: [[String: [Int]]]] = ["items": [["a": [1, 2]], [:], ["b": []]]]
    let expected = """
      items:
      - a:
        - 1
        - 2
      - {}
      - b: []

      """
    #expect(try encoder.encode(value) == expected)
  }

  @Test func documentsStream() throws {
    #expect(try encoder.encodeDocuments([["a": 1], ["b": 2]]) == "a: 1\n---\nb: 2\n")
  }

  @Test func emitKeepsParsedStyles() throws {
    let node = try YAML.parse("b: '1'\na: 2\nc: !!str 3\nd: |\n  x\n")
    #expect(try YAML.emit(node) == "b: \"1\"\na: 2\nc: !!str 3\nd: |\n  x\n")
  }

  @Test func longKeysAndValuesAreNotFolded() throws {
    let long = String(repeating: "word ", count: 40) + "end"
    let text = try encoder.encode(["k": long])
    #expect(text == "k: \(long)\n")
  }

  @Test func valueThatEncodesNothingIsAnError() {
    struct Nothing: Encodable {
      func encode(to encoder: any Encoder) throws {}
    }
    #expect(throws: EncodingError.self) { try encoder.encode(Nothing()) }
  }
}
