import Foundation
import KubeAPI
import Testing

@testable import KubeSim

@Suite("Patch engines")
struct PatchTests {
  static func json(_ text: String) throws -> JSONValue { try JSONValue.parse(Data(text.utf8)) }

  @Test func mergePatch() throws {
    let target = try Self.json(#"{"a":1,"b":{"c":2,"d":3},"e":[1,2]}"#)
    let patched = MergePatch.apply(try Self.json(#"{"b":{"c":null,"x":4},"e":[3]}"#), to: target)
    let expected = try Self.json(#"{"a":1,"b":{"d":3,"x":4},"e":[3]}"#)
    #expect(patched == expected)
  }

  @Test func jsonPatch() throws {
    let target = try Self.json(#"{"a":{"b":[1,2]},"c":"x"}"#)
    let patch = try Self.json(
      (#"[{"op":"add","path":"/a/b/-","value":3},{"op":"add","path":"/a/b/0","value":0},{"op":"remove","#
        + #""path":"/c"},{"op":"copy","from":"/a/b","path":"/d"},{"op":"move","from":"/d","path":"/e~1f"},"#
        + #"{"op":"test","path":"/a/b/3","value":3}]"#)
    )
    let expected = try Self.json(#"{"a":{"b":[0,1,2,3]},"e/f":[0,1,2,3]}"#)
    #expect(try JSONPatch.apply(patch, to: target) == expected)
    #expect(throws: StatusError.self) {
      try JSONPatch.apply(try Self.json(#"[{"op":"test","path":"/c","value":"y"}]"#), to: target)
    }
    #expect(throws: StatusError.self) {
      try JSONPatch.apply(try Self.json(#"[{"op":"replace","path":"/missing","value":1}]"#), to: target)
    }
  }

  @Test func strategicMergeByKeys() throws {
    let target = try Self.json(
      (#"{"spec":{"containers":[{"name":"a","image":"x:1","ports":[{"containerPort":80}]},"#
        + #"{"name":"b","image":"y:1"}],"tolerations":[{"key":"k1"}],"finalizers":["f1"]}}"#)
    )
    let patch = try Self.json(
      (#"{"spec":{"containers":[{"name":"a","image":"x:2","ports":[{"containerPort":443}]},"#
        + #"{"name":"c","image":"z:1"},{"name":"b","$patch":"delete"}],"tolerations":[{"key":"k2"}],"#
        + #""finalizers":["f2"],"$setElementOrder/containers":[{"name":"c"},{"name":"a"}]}}"#)
    )
    let patched = try StrategicMergePatch.apply(patch, to: target)
    let containers = patched[path: ["spec", "containers"]]?.arrayValue ?? []
    #expect(containers.compactMap { $0["name"]?.stringValue } == ["c", "a"])
    #expect(containers.last?["image"]?.stringValue == "x:2")
    #expect(containers.last?["ports"]?.arrayValue?.count == 2)
    let tolerations = try Self.json(#"[{"key":"k2"}]"#)
    let finalizers = try Self.json(#"["f1","f2"]"#)
    #expect(patched[path: ["spec", "tolerations"]] == tolerations)
    #expect(patched[path: ["spec", "finalizers"]] == finalizers)
  }

  @Test func strategicMergeDirectives() throws {
    let target = try Self.json(
      #"{"metadata":{"labels":{"a":"1","b":"2"}},"spec":{"selector":{"x":"1"},"args":["-v"]}}"#)
    let patch = try Self.json(
      #"{"metadata":{"labels":{"a":null}},"spec":{"selector":{"$patch":"replace","y":"2"},"args":["-q"]}}"#)
    let patched = try StrategicMergePatch.apply(patch, to: target)
    let expected = try Self.json(#"{"metadata":{"labels":{"b":"2"}},"spec":{"selector":{"y":"2"},"args":["-q"]}}"#)
    #expect(patched == expected)
  }
}
