import Foundation
import Testing

@testable import KubeAPI

@Suite("JSONSlice: scanned list pages read like JSONDecoder reads them")
struct JSONSliceTests {
  static func slice<T>(_ json: String, _ body: (JSONSlice) throws -> T) throws -> T {
    try Array(json.utf8).withUnsafeBytes { try JSONSlice.reading($0, body) }
  }

  /// The strings of a JSON array as the scanner reads them, beside what `JSONDecoder` reads.
  static func strings(of json: String) throws -> (scanned: [String], expected: [String]) {
    let expected = try JSONDecoder().decode([String].self, from: Data(json.utf8))
    let scanned = try slice(json) { slice in
      var strings: [String] = []
      try slice.forEachElement { strings.append(try $0.string() ?? "nil") }
      return strings
    }
    return (scanned, expected)
  }

  @Test("strings: escapes, unicode and surrogate pairs, as JSONDecoder decodes them")
  func strings() throws {
    let json = #"["plain", "say \"hi\"\\n", "tab\tnew\nline", "caf\u00e9 \ud83d\ude00 \/x", "", "日本語"]"#
    let (scanned, expected) = try Self.strings(of: json)
    #expect(scanned == expected)
  }

  @Test("string ends and escapes are found wherever they fall in an eight-byte word, as JSONDecoder finds them")
  func stringEndsInEveryLane() throws {
    // Each string is preceded by 0 to 8 filler bytes, so its quotes and escapes fall in every lane of a word,
    // and by escaped backslashes and quotes right before the closing quote (`\\"` ends, `\"` does not).
    let pieces = ["", "a", #"\\"#, #"\""#, #"x\\\\"#, #"\\\""#, #"é\u00e9"#, #"\/"#, "long run of plain text"]
    var strings: [String] = []
    for filler in 0...8 {
      for piece in pieces { strings.append(String(repeating: "f", count: filler) + piece) }
    }
    let json = "[" + strings.map { "\"\($0)\"" }.joined(separator: ",") + "]"
    let (scanned, expected) = try Self.strings(of: json)
    #expect(scanned == expected)
    // The same strings as member names, matched by their text.
    let object = "{" + strings.enumerated().map { "\"\($1)\":\($0)" }.joined(separator: ",") + "}"
    let names = try Self.slice(object) { slice in
      var read: [String] = []
      try slice.forEachMember { key, _ in read.append(try key.text) }
      return read
    }
    #expect(names == expected)
  }

  @Test("members, numbers, booleans and null, with any whitespace")
  func members() throws {
    let json = "{ \"a\" : 12 ,\n\"b\":-3,\"c\":true,\"d\":false,\"e\":null,\"f\":{\"g\":[1,{\"h\":\"}\"}]},\"i\":\"x\"}"
    try Self.slice(json) { slice throws in
      #expect(try slice.member("a")?.int() == 12)
      #expect(try slice.member("b")?.int() == -3)
      #expect(try slice.member("c")?.bool() == true)
      #expect(try slice.member("d")?.bool() == false)
      #expect(try slice.member("e")?.string() == nil)
      #expect(try slice.member("i")?.string() == "x", "a brace inside a string does not end the object")
      #expect(try slice.member("missing") == nil)
    }
  }

  @Test("member names match by their bytes, escaped names by their text; timestamps read from bytes")
  func memberNames() throws {
    let json =
      #"{"name":"a","na\u006de":"b","":"c","nam":"d","time":"2026-11-20T10:14:03.5Z","esc":"2026\u002d11-20T10:14:03Z"}"#
    try Self.slice(json) { slice throws in
      var matched: [String] = []
      try slice.forEachMember { key, value in
        switch key {
        case "name": matched.append("name=\(try value.string() ?? "")")
        case "": matched.append("empty=\(try value.string() ?? "")")
        default: matched.append(try key.text)
        }
      }
      #expect(matched == ["name=a", "name=b", "empty=c", "nam", "time", "esc"])
      #expect(try slice.member("time")?.date() == KubeTime.parse("2026-11-20T10:14:03.5Z"))
      #expect(try slice.member("esc")?.date() == KubeTime.parse("2026-11-20T10:14:03Z"))
    }
  }

  @Test(
    "malformed documents throw instead of reading garbage",
    arguments: [
      #"{"a": "unterminated}"#, #"{"a" 1}"#, #"{"a": 1,}"#, #"[1, 2"#, #"{"a": 1} trailing"#, "", #"{"a": 1.5}"#,
      #"{"a": "bad \q escape"}"#, #"{"a": "ends in a backslash\"}"#, #"["\"]"#, #"["abcdefg\"#,
    ])
  func malformed(json: String) {
    #expect(throws: (any Error).self) {
      try Self.slice(json) { slice in
        try slice.forEachMember { _, value in
          if value.bytes.first == UInt8(ascii: "\"") { _ = try value.string() } else { _ = try value.int() }
        }
      }
    }
  }

  @Test("objects and arrays are stepped over by the document's structure, at any depth and in any order of reading")
  func nestedSkipping() throws {
    let json = #"""
      {"a": {"b": [1, {"c": "}]"}], "d": {}}, "e": [[], [{}], "[{"], "f": "x\"{",
       "g": {"h": {"i": 2}, "j": [{"k": [true]}, {"k": [false, null]}]}, "l": 3}
      """#
    try Self.slice(json) { slice throws in
      #expect(try slice.member("f")?.string() == "x\"{")
      #expect(try slice.member("l")?.int() == 3)
      #expect(try slice.member("g")?.member("h")?.member("i")?.int() == 2)
      var flags: [Bool?] = []
      try slice.member("g")?.member("j")?.forEachElement { element in
        try element.member("k")?.forEachElement { flags.append(try $0.bool()) }
      }
      #expect(flags == [true, false, nil])
      var shapes: [String] = []
      try slice.member("e")?.forEachElement { shapes.append(String(decoding: $0.bytes, as: UTF8.self)) }
      #expect(shapes == ["[]", "[{}]", #""[{""#])
      #expect(try slice.member("a")?.member("b")?.bytes.count == #"[1, {"c": "}]"}]"#.utf8.count)
    }
    // Brackets that do not balance, inside and at the end.
    for broken in [#"{"a": [1, 2}"#, #"{"a": {"b": 1}"#, #"[{"a": 1}]]"#, #"{"a": 1}}"#] {
      #expect(throws: (any Error).self) { try Self.slice(broken) { try $0.forEachMember { _, _ in } } }
    }
  }

  @Test("the string table gives back each string's own text, when strings repeat and when their slots collide")
  func stringTable() {
    let table = JSONSlice.StringTable(documentSize: 0)
    let texts = (0..<2_000).map { "object-name-\($0 % 700)-\(String(repeating: "x", count: $0 % 40))" }
    for text in texts + texts.reversed() {
      let made = Array(text.utf8).withUnsafeBytes { table.string($0) }
      #expect(made == text)
    }
  }

  @Test("ByteHash: equal bytes hash equally, and the state and every byte change the hash")
  func byteHash() {
    let texts = ["", "a", "kube-system", "0/500 nodes are available: 500 Insufficient cpu.", "ünï"]
    for text in texts {
      #expect(ByteHash.hash(text, into: 7) == ByteHash.hash(String(decoding: Array(text.utf8), as: UTF8.self), into: 7))
      #expect(ByteHash.hash(text, into: 7) != ByteHash.hash(text, into: 8))
    }
    // Every prefix and every one-byte change of a long text hashes differently.
    let base = Array("Successfully assigned shop/web-7f9c to ip-10-0-1-2".utf8)
    var seen = Set<UInt64>()
    for end in 0...base.count { seen.insert(base[..<end].withUnsafeBytes { ByteHash.hash($0) }) }
    for index in base.indices {
      var changed = base
      changed[index] ^= 1
      seen.insert(changed.withUnsafeBytes { ByteHash.hash($0) })
    }
    #expect(seen.count == base.count * 2 + 1)
  }

  @Test("an event list scans to the same models JSONDecoder gives, for both event APIs")
  func events() throws {
    let modern = """
      {"kind":"EventList","apiVersion":"events.k8s.io/v1","metadata":{"resourceVersion":"9","continue":"c1",
      "remainingItemCount":4},"items":[{"metadata":{"name":"e1","namespace":"shop","uid":"u1",
      "resourceVersion":"5","creationTimestamp":"2026-11-20T10:14:03Z","labels":{"a":"b"}},
      "eventTime":"2026-11-20T10:14:03.412876Z","series":{"count":7,"lastObservedTime":"2026-11-20T10:21:44.019533Z"},
      "reportingController":"default-scheduler","reportingInstance":"default-scheduler-x","action":"Scheduling",
      "reason":"FailedScheduling","regarding":{"kind":"Pod","namespace":"shop","name":"web",
      "uid":"p1","apiVersion":"v1"},"note":"0/5 nodes are available: \\"quoted\\" caf\\u00e9","type":"Warning",
      "deprecatedCount":0,"deprecatedFirstTimestamp":null,"deprecatedLastTimestamp":null,
      "deprecatedSource":{"component":"kubelet","host":"n1"}},{"metadata":{"name":"e2"},"regarding":null}]}
      """
    let decoded = try KubeJSON.decoder().decode(ObjectList<EventV1>.self, from: Data(modern.utf8))
    let scanned = try #require(ObjectList<EventV1>.scanning(Data(modern.utf8)))
    #expect(scanned.items == decoded.items)
    #expect(scanned.metadata == decoded.metadata)

    let core = """
      {"kind":"EventList","apiVersion":"v1","metadata":{"resourceVersion":"9"},"items":[{"metadata":{"name":"e1",
      "namespace":"shop","ownerReferences":[{"apiVersion":"v1","kind":"Pod","name":"web","uid":"p1",
      "controller":true}]},"involvedObject":{"kind":"Pod","name":"web","fieldPath":"spec.containers{app}"},
      "reason":"BackOff","message":"Back-off restarting failed container","count":27,
      "firstTimestamp":"2026-11-20T09:00:00Z","lastTimestamp":"2026-11-20T10:19:57Z",
      "source":{"component":"kubelet","host":"ip-10-0-118-42"},"type":"Warning","eventTime":null}]}
      """
    let coreDecoded = try KubeJSON.decoder().decode(ObjectList<Event>.self, from: Data(core.utf8))
    let coreScanned = try #require(ObjectList<Event>.scanning(Data(core.utf8)))
    #expect(coreScanned.items == coreDecoded.items)

    // Scanned straight into ClusterEvent, either API gives what its model normalises to.
    #expect(try Self.clusterEvents(modern) == decoded.items.map(ClusterEvent.init))
    #expect(try Self.clusterEvents(core) == coreDecoded.items.map(ClusterEvent.init))
    #expect(try Self.clusterEvents(modern).first?.host == "n1", "deprecatedSource.host names the node")
    #expect(try Self.clusterEvents(core).first?.count == 27)

    // Without identity, only the event's own name, uid and resourceVersion are left out.
    #expect(try Self.clusterEvents(modern).first.map { ($0.uid, $0.resourceVersion) } ?? (nil, nil) == ("u1", "5"))
    for list in [modern, core] {
      let full = try Self.clusterEvents(list)
      let shown = try Self.clusterEvents(list, identity: false)
      #expect(full.first?.name == "e1")
      #expect(shown.allSatisfy { $0.name.isEmpty && $0.uid == nil && $0.resourceVersion == nil })
      let anonymous = full.map { event in
        var event = event
        (event.name, event.uid, event.resourceVersion) = ("", nil, nil)
        return event
      }
      #expect(shown == anonymous)
    }
  }

  static func clusterEvents(_ list: String, identity: Bool = true) throws -> [ClusterEvent] {
    try JSONSlice.reading(Data(list.utf8)) { document in
      var events: [ClusterEvent] = []
      try document.member("items")?.forEachElement {
        events.append(try ClusterEvent(scanning: $0, identity: identity))
      }
      return events
    }
  }

  @Test("a page that cannot be scanned, or whose items have no scanning form, is left to KubeClient.decode")
  func fallback() throws {
    #expect(ObjectList<EventV1>.scanning(Data(#"{"items":[{"metadata":{"name":"e","generation":1.5}}]}"#.utf8)) == nil)
    #expect(ObjectList<EventV1>.scanning(Data("not json".utf8)) == nil)
    #expect(ObjectList<PartialObject>.scanning(Data(#"{"items":[]}"#.utf8)) == nil)
    // Which reads them through JSONSlice.decode.
    let page = Data(#"{"metadata":{"resourceVersion":"9"},"items":[{"metadata":{"name":"a","uid":"u"}}]}"#.utf8)
    let decoded = try JSONSlice.decode(ObjectList<PartialObject>.self, from: page)
    #expect(decoded.items.map(\.metadata) == [ObjectMeta(name: "a", uid: "u")])
    #expect(decoded.metadata.resourceVersion == "9")
  }
}
