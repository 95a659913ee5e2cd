import Foundation
import Testing
import YAMLCoding

/// A stand-in for KubeAPI's `JSONValue`: probes null, Bool, Int64, Double, String, array, object in that order.
enum AnyValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case string(String)
  case array([AnyValue])
  case object([String: AnyValue])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Int64.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([AnyValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: AnyValue].self))
    }
  }
}

struct Container: Codable, Equatable {
  var name: String
  var image: String?
  var ports: [Int]?
}

struct Deployment: Codable, Equatable {
  struct Spec: Codable, Equatable {
    var replicas: Int
    var paused: Bool?
    var containers: [Container]
  }
  var apiVersion: String
  var kind: String
  var spec: Spec
}

@Suite struct DecoderTests {
  let decoder = YAMLDecoder()

  @Test func decodesNestedStructs() throws {
    let text = """
      apiVersion: apps/v1
      kind: Deployment
      unknownField: ignored
      spec:
        replicas: 3
        containers:
        - name: web
          image: nginx:1.27
          ports: [80, 0x1BB]
        - name: sidecar
      """
    let deployment = try decoder.decode(Deployment.self, from: text)
    #expect(deployment.spec.replicas == 3)
    #expect(deployment.spec.paused == nil)
    #expect(
      deployment.spec.containers == [
        Container(name: "web", image: "nginx:1.27", ports: [80, 443]),
        Container(name: "sidecar", image: nil, ports: nil),
      ])
  }

  @Test func typedPlainScalarsDecodeIntoStrings() throws {
    struct Lenient: Decodable {
      var port: String
      var version: String
      var enabled: String
      var hex: String
    }
    let value = try decoder.decode(Lenient.self, from: "port: 8080\nversion: 1.10\nenabled: yes\nhex: 0x1F\n")
    #expect(value.port == "8080")
    #expect(value.version == "1.10")
    #expect(value.enabled == "yes")
    #expect(value.hex == "0x1F")
  }

  @Test func quotedStringsDoNotDecodeIntoNumbersOrBools() throws {
    struct Strict: Decodable { var count: Int }
    struct StrictBool: Decodable { var flag: Bool }
    struct StrictDouble: Decodable { var ratio: Double }
    #expect(throws: YAMLError.self) { try decoder.decode(Strict.self, from: "count: \"3\"") }
    #expect(throws: YAMLError.self) { try decoder.decode(StrictBool.self, from: "flag: 'true'") }
    #expect(throws: YAMLError.self) { try decoder.decode(StrictDouble.self, from: "ratio: \"1.5\"") }
    #expect(try decoder.decode(Strict.self, from: "count: 1e3").count == 1000)
    #expect(throws: YAMLError.self) { try decoder.decode(Strict.self, from: "count: 1.5") }
  }

  @Test func probingEnumGetsTheRightCases() throws {
    let text = """
      a: ~
      b: yes
      c: 42
      d: 1.10
      e: "42"
      f: hello
      g: [1, "x", null]
      h: {k: v}
      i: 2026-11-20T10:14:03Z
      j: .inf
      """
    let value = try decoder.decode(AnyValue.self, from: text)
    let expected = AnyValue.object([
      "a": .null, "b": .bool(true), "c": .int(42), "d": .double(1.1), "e": .string("42"), "f": .string("hello"),
      "g": .array([.int(1), .string("x"), .null]), "h": .object(["k": .string("v")]),
      "i": .string("2026-11-20T10:14:03Z"), "j": .double(.infinity),
    ])
    #expect(value == expected)
  }

  @Test func nullsAndOptionals() throws {
    struct Optionals: Decodable {
      var missing: String?
      var tilde: String?
      var empty: Int?
      var list: [String?]
      var nested: Int??
    }
    let value = try decoder.decode(Optionals.self, from: "tilde: ~\nempty:\nlist: [a, null, ~, '']\nnested: 5\n")
    #expect(value.missing == nil)
    #expect(value.tilde == nil)
    #expect(value.empty == nil)
    #expect(value.list == ["a", nil, nil, ""])
    #expect(value.nested == .some(.some(5)))
  }

  @Test func nullIntoNonOptionalStringIsAnError() throws {
    struct Named: Decodable { var name: String }
    let error = try #require(throws: YAMLError.self) { try decoder.decode(Named.self, from: "name: ~\n") }
    #expect(error.message == "expected String at name, found null")
  }

  @Test func dictionariesAndArrays() throws {
    let labels = try decoder.decode([String: String].self, from: "app: web\ntier: \"1\"\nenabled: true\n")
    #expect(labels == ["app": "web", "tier": "1", "enabled": "true"])
    let byNumber = try decoder.decode([Int: String].self, from: "1: one\n2: two\n")
    #expect(byNumber == [1: "one", 2: "two"])
    let matrix = try decoder.decode([[Double]].self, from: "- [1, 2.5]\n- []\n")
    #expect(matrix == [[1, 2.5], []])
  }

  @Test func foundationTypes() throws {
    struct Secret: Decodable {
      var data: [String: Data]
      var created: Date
      var micro: Date
      var server: URL
    }
    let text = """
      data:
        token: aGVsbG8=
        wrapped: |
          aGVs
          bG8=
      created: 2026-11-20T10:14:03Z
      micro: "2026-11-20T12:14:03.500000+02:00"
      server: https://10.0.0.1:6443
      """
    let secret = try decoder.decode(Secret.self, from: text)
    #expect(secret.data["token"] == Data("hello".utf8))
    #expect(secret.data["wrapped"] == Data("hello".utf8))
    #expect(secret.created == Date(timeIntervalSince1970: 1_795_169_643))
    #expect(secret.micro == Date(timeIntervalSince1970: 1_795_169_643.5))
    #expect(secret.server.host == "10.0.0.1")
    #expect(throws: YAMLError.self) { try decoder.decode([String: Data].self, from: "a: not base64!") }
    #expect(throws: YAMLError.self) { try decoder.decode([String: Date].self, from: "a: yesterday") }
  }

  @Test func documentsDecodeOneByOne() throws {
    let containers = try decoder.decodeDocuments(Container.self, from: "name: a\n---\nname: b\nimage: x\n---\n")
    #expect(containers.map(\.name) == ["a", "b"])
  }

  @Test func dataInput() throws {
    let container = try decoder.decode(Container.self, from: Data("{\"name\": \"json\", \"ports\": [1]}".utf8))
    #expect(container == Container(name: "json", image: nil, ports: [1]))
  }

  @Test func typeErrorsCarryPathAndPosition() throws {
    let text = """
      apiVersion: apps/v1
      kind: Deployment
      spec:
        replicas: abc
        containers: []
      """
    let error = try #require(throws: YAMLError.self) {
      try decoder.decode(Deployment.self, from: text, file: "deploy.yaml")
    }
    #expect(error.description == "deploy.yaml:4:13: expected Int at spec.replicas, found a string (3 characters)")
  }

  @Test func errorsInsideSequences() throws {
    let text = """
      apiVersion: apps/v1
      kind: Deployment
      spec:
        replicas: 1
        containers:
        - name: ok
        - name: bad
          ports: [80, http]
      """
    let error = try #require(throws: YAMLError.self) { try decoder.decode(Deployment.self, from: text) }
    #expect(
      error.description == "<input>:8:17: expected Int at spec.containers[1].ports[1], found a string (4 characters)")
  }

  @Test func missingKeyPointsAtTheMapping() throws {
    let text = "apiVersion: v1\nkind: X\nspec:\n  containers: []\n"
    let error = try #require(throws: YAMLError.self) { try decoder.decode(Deployment.self, from: text) }
    #expect(error.description == "<input>:3:1: missing key \"replicas\" at spec")
  }

  @Test func wrongShapeErrors() throws {
    let error = try #require(throws: YAMLError.self) {
      try decoder.decode(Deployment.self, from: "apiVersion: v1\nkind: X\nspec: [1]\n")
    }
    #expect(error.message == "expected mapping at spec, found a sequence")
    #expect(error.line == 3)
    let top = try #require(throws: YAMLError.self) { try decoder.decode([String].self, from: "just text") }
    #expect(top.description == "<input>:1:1: expected sequence at the top level, found a string (9 characters)")
  }

  @Test func outOfRangeNumbers() throws {
    let error = try #require(throws: YAMLError.self) { try decoder.decode([String: UInt8].self, from: "a: 300") }
    #expect(error.message == "number 300 does not fit in UInt8 at a")
    #expect(try decoder.decode([String: UInt64].self, from: "a: 18446744073709551615")["a"] == UInt64.max)
    #expect(throws: YAMLError.self) { try decoder.decode([String: Int].self, from: "a: -1e100") }
  }

  @Test func keyedContainerDetails() throws {
    struct Probe: Decodable {
      var keys: [String]
      var hasNull: Bool
      var nullIsNil: Bool
      enum CodingKeys: String, CodingKey { case a, b, c }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        keys = container.allKeys.map(\.stringValue)
        hasNull = container.contains(.b)
        nullIsNil = try container.decodeNil(forKey: .b)
      }
    }
    let probe = try decoder.decode(Probe.self, from: "c: 1\nunknown: 2\nb: ~\na: 3\nc: 4\n")
    #expect(probe.keys == ["c", "b", "a"])
    #expect(probe.hasNull)
    #expect(probe.nullIsNil)
    // A repeated key: the last one wins, as in JSON.
    #expect(try decoder.decode([String: Int].self, from: "c: 1\nc: 4\n") == ["c": 4])
  }

  @Test func enumsWithRawValues() throws {
    enum Phase: String, Decodable { case pending = "Pending", running = "Running" }
    enum Level: Int, Decodable { case low = 1, high = 2 }
    #expect(try decoder.decode([Phase].self, from: "[Pending, Running]") == [.pending, .running])
    #expect(try decoder.decode([Level].self, from: "[1, 2]") == [.low, .high])
    #expect(throws: YAMLError.self) { try decoder.decode([Phase].self, from: "[Gone]") }
  }

  @Test func mergedKeysDecode() throws {
    let text = """
      base: &base {name: base, image: busybox}
      items:
      - <<: *base
        name: first
      - <<: *base
      """
    struct List: Decodable { var items: [Container] }
    let list = try decoder.decode(List.self, from: text)
    #expect(list.items == [Container(name: "first", image: "busybox"), Container(name: "base", image: "busybox")])
  }

  @Test func parseErrorsPropagateAsYAMLError() throws {
    let error = try #require(throws: YAMLError.self) {
      try decoder.decode(Container.self, from: "name: [unclosed\n", file: "c.yaml")
    }
    #expect(error.file == "c.yaml")
  }

  @Test func deepButAllowedNestingDecodes() throws {
    let depth = 200
    let text = String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)
    var value = try decoder.decode(AnyValue.self, from: text)
    var levels = 0
    while case .array(let items) = value, let first = items.first {
      value = first
      levels += 1
    }
    #expect(levels == depth)
    #expect(value == .int(1))
  }
}
