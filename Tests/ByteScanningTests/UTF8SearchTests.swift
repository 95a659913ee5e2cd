import ByteScanning
import Foundation
import Testing

@Suite("firstUTF8Range finds text byte for byte")
struct UTF8SearchTests {
  @Test func findsTheFirstOccurrenceWhereverItIs() {
    let text = "0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available"
    let range = text.firstUTF8Range(of: " nodes are available: ")
    #expect(range.map { String(text[..<$0.lowerBound]) } == "0/3")
    #expect(range.map { String(text[$0.upperBound...]) } == "3 Insufficient cpu. preemption: 0/3 nodes are available")
    #expect(text.firstUTF8Range(of: "0/3").map { text.distance(from: text.startIndex, to: $0.lowerBound) } == 0)
    #expect(text.containsUTF8("are available"))
    #expect(!text.containsUTF8("are available: 4"))
  }

  @Test func retriesAfterAPartialMatchOfTheFirstByte() {
    #expect("aaab".firstUTF8Range(of: "aab").map { "aaab".distance(from: "aaab".startIndex, to: $0.lowerBound) } == 1)
    #expect("ab".firstUTF8Range(of: "abc") == nil)
    #expect("".firstUTF8Range(of: "a") == nil)
    #expect("abc".firstUTF8Range(of: "c").map { String("abc"[$0]) } == "c")
  }

  @Test func returnsIndicesOfTheSubstringAfterMultibyteCharacters() {
    let line = "naïve — 1 node(s) had untolerated taint {dedicated: gpu}"
    let tail = line[line.index(after: line.startIndex)...]
    let range = tail.firstUTF8Range(of: "untolerated taint")
    #expect(range.map { String(tail[$0]) } == "untolerated taint")
    #expect(range.map { String(tail[$0.upperBound...]) } == " {dedicated: gpu}")
  }

  @Test func readsBridgedStrings() {
    let bridged = NSString(string: "0/5 nodes are available: 5 node(s) didn't match node selector") as String
    #expect(bridged.containsUTF8("didn't match node selector"))
    #expect(bridged.firstUTF8Range(of: "5 node(s)").map { String(bridged[$0]) } == "5 node(s)")
  }
}

@Suite("ByteSearch finds bytes in bytes")
struct ByteSearchTests {
  func offset(_ needle: String, in text: String) -> Int? {
    var needle = needle
    var text = text
    return needle.withUTF8 { needle in
      text.withUTF8 { ByteSearch.offset(of: UnsafeRawBufferPointer(needle), in: UnsafeRawBufferPointer($0)) }
    }
  }

  @Test func offsets() {
    #expect(offset("kind: Secret", in: #"{"a":1}"# + "\nkind: Secret") == 8)
    #expect(offset("aab", in: "aaab") == 1)
    #expect(offset("b", in: "") == nil)
    #expect(offset("", in: "abc") == 0)
    #expect(offset("abcd", in: "abc") == nil)
  }

  @Test func runTimeNeedlesAndSlices() throws {
    let text = "-----BEGIN CERTIFICATE-----\nAAA\n-----END CERTIFICATE-----\n-----END CERTIFICATE-----"
    let label = "CERTIFICATE"
    let begin = try #require(text.firstUTF8Range(of: "-----BEGIN \(label)-----"))
    let end = try #require(text[begin.upperBound...].firstUTF8Range(of: "-----END \(label)-----"))
    #expect(text.distance(from: text.startIndex, to: end.lowerBound) == 32)
    #expect(String(text[begin.lowerBound..<end.upperBound]).hasSuffix("AAA\n-----END CERTIFICATE-----"))
    #expect(!text[end.upperBound...].containsUTF8("BEGIN"))
  }
}
