import AskFeature
import Foundation
import Testing

@Suite struct SessionStoreTests {
  @Test func boundedInSessionsAndSize() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-sessions-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var store = SessionStore(directory: directory)
    store.maxSessions = 3
    store.maxBytes = 4_000
    let start = Date(timeIntervalSince1970: 1_795_176_000)
    for index in 0..<5 {
      var record = ChatRecord(
        id: "s\(index)", context: "demo", created: start.addingTimeInterval(Double(index)), title: "q\(index)")
      record.messages = [ChatMessage(role: "system", content: "sys"), ChatMessage(role: "user", content: "first")]
      for round in 0..<50 {
        record.messages.append(
          ChatMessage(role: "assistant", content: "answer \(round) " + String(repeating: "x", count: 100)))
      }
      try store.save(record)
    }
    let records = try store.list()
    #expect(records.map(\.id) == ["s4", "s3", "s2"])
    let kept = try #require(records.first)
    #expect(kept.messages.prefix(2).map(\.content) == ["sys", "first"])
    #expect(kept.messages.last?.content?.hasPrefix("answer 49") == true)
    #expect(kept.messages.count < 52)
    #expect(
      SessionStore.directory(context: "arn:aws:eks:us-west-2:1:cluster/demo", environment: ["HOME": "/h"])
        == "/h/.local/state/lamp/ask/arn_aws_eks_us-west-2_1_cluster_demo")
    #expect(
      SessionStore.directory(context: "c", environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/lamp/ask/c")
  }

  @Test func sessionsOfOneInstantKeepTheirOrder() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-sessions-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var store = SessionStore(directory: directory)
    store.maxSessions = 20
    // Sub-second times survive a save; older files in whole seconds, with random hex IDs, still read.
    let now = Date(timeIntervalSince1970: 1_795_176_000.25)
    let old =
      #"{"context":"demo","created":"2026-11-20T11:00:00Z","id":"20261120-110000-3f9a","messages":[],"#
      + #""title":"old","updated":"2026-11-20T11:00:00Z"}"#
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data(old.utf8).write(to: URL(fileURLWithPath: directory + "/20261120-110000-3f9a.json"))
    var ids: [String] = []
    for index in 0..<24 {
      let id = try store.newID(now: now)
      ids.append(id)
      try store.save(ChatRecord(id: id, context: "demo", created: now, title: "q\(index)"))
    }
    #expect(ids.first == "20261120-120000-250-1")
    #expect(ids.last == "20261120-120000-250-24")
    let records = try store.list()
    #expect(records.map(\.id) == Array(ids.suffix(20).reversed()))
    #expect(records.first?.created == now)
    #expect(try store.latest()?.title == "q23")
  }
}
