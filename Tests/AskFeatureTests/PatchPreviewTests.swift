import Foundation
import KubeAPI
import Testing

@testable import AskFeature

/// The diff shown before a patch: RFC 7386 merge patch and the line diff.
@Suite("patch preview")
struct PatchPreviewTests {
  @Test("merge patch: objects merge, null removes, other values replace")
  func mergePatch() throws {
    let base = try JSONValue.parse(Data(#"{"a":{"b":1,"c":2},"d":[1,2],"e":"x"}"#.utf8))
    let patch = try JSONValue.parse(Data(#"{"a":{"b":null,"f":3},"d":[3],"g":true}"#.utf8))
    let expected = try JSONValue.parse(Data(#"{"a":{"c":2,"f":3},"d":[3],"e":"x","g":true}"#.utf8))
    #expect(MergePatch.apply(patch, to: base) == expected)
  }

  @Test("line diff: changes with three lines of context, far unchanged runs cut")
  func lineDiff() {
    let old = (1...20).map { "line \($0)" }
    var new = old
    new[9] = "line ten"
    new.insert("added", at: 15)
    #expect(
      LineDiff.lines(old, new) == [
        "  …", "  line 7", "  line 8", "  line 9", "- line 10", "+ line ten", "  line 11", "  line 12", "  line 13",
        "  line 14", "  line 15", "+ added", "  line 16", "  line 17", "  line 18", "  …",
      ])
    #expect(LineDiff.lines(old, old).isEmpty)
  }
}
