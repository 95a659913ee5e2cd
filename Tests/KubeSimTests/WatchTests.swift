import Foundation
import KubeAPI
import LampTestSupport
import Testing

@testable import KubeSim

@Suite("Watches", .enabled(if: SimTesting.curlAvailable))
struct WatchTests {
  static func events(_ body: String) throws -> [JSONValue] {
    try body.split(separator: "\n").map { try SimTesting.json(String($0)) }
  }

  @Test func initialEventsThenChangesUntilTimeout() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.pod("a"), SimTesting.pod("b", labels: ["app": "db"])]) {
      cluster, curl in
      let watch = Task.detached {
        try await curl.request("/api/v1/namespaces/default/pods?watch=1&labelSelector=app%3Dweb&timeoutSeconds=2")
      }
      try await SimTesting.waitForWatchers(cluster)
      var changed = SimTesting.pod("a")
      changed["status"] = .object(["phase": .string("Succeeded")])
      try await cluster.sim.apply([changed, SimTesting.pod("c")])
      // "b" starts matching the selector: the watcher sees it ADDED.
      try await cluster.sim.apply([SimTesting.pod("b")])
      let response = try await watch.value
      #expect(response.status == 200)
      #expect(response.header("transfer-encoding") == "chunked")
      let events = try Self.events(response.body)
      let summary = events.map {
        "\($0["type"]?.stringValue ?? "") \($0[path: ["object", "metadata", "name"]]?.stringValue ?? "")"
      }
      #expect(summary == ["ADDED a", "MODIFIED a", "ADDED c", "ADDED b"])
      #expect(events.first?[path: ["object", "kind"]]?.stringValue == "Pod")
      #expect(events.first?[path: ["object", "apiVersion"]]?.stringValue == "v1")
    }
  }

  @Test func watchFromResourceVersionAndBookmarks() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.pod("a")]) { cluster, curl in
      let list = try SimTesting.json(try await curl.request("/api/v1/namespaces/default/pods").body)
      let rv = try #require(list[path: ["metadata", "resourceVersion"]]?.stringValue)
      let watch = Task.detached {
        try await curl.request(
          "/api/v1/pods?watch=true&resourceVersion=\(rv)&allowWatchBookmarks=true&timeoutSeconds=1")
      }
      try await SimTesting.waitForWatchers(cluster)
      try await cluster.sim.apply([SimTesting.pod("b")])
      let events = try Self.events(try await watch.value.body)
      #expect(events.map { $0["type"]?.stringValue ?? "" } == ["ADDED", "BOOKMARK"])
      #expect(events.first?[path: ["object", "metadata", "name"]]?.stringValue == "b")
      let bookmarkRV = events.last?[path: ["object", "metadata", "resourceVersion"]]?.stringValue
      #expect(bookmarkRV == events.first?[path: ["object", "metadata", "resourceVersion"]]?.stringValue)
    }
  }

  @Test func streamingListEndsInitialEventsWithABookmark() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.pod("a")]) { _, curl in
      let path = "/api/v1/namespaces/default/pods?watch=1&sendInitialEvents=true&allowWatchBookmarks=true"
      let events = try Self.events(
        try await curl.request(path + "&resourceVersionMatch=NotOlderThan&timeoutSeconds=1").body)
      #expect(events.first?["type"]?.stringValue == "ADDED")
      let end = events.first { $0["type"]?.stringValue == "BOOKMARK" }
      #expect(end?[path: ["object", "metadata", "annotations", "k8s.io/initial-events-end"]]?.stringValue == "true")
      #expect(try await curl.request(path).status == 422)
    }
  }

  @Test func tooOldResourceVersionGivesAnErrorEvent() async throws {
    try await SimTesting.withCluster { cluster, curl in
      // Push more changes than the log keeps.
      let objects = (0..<10_050).map { SimTesting.pod("p\($0 % 5)", labels: ["n": String($0)]) }
      try await cluster.sim.apply(objects)
      let response = try await curl.request("/api/v1/pods?watch=1&resourceVersion=1001")
      #expect(response.status == 200)
      let events = try Self.events(response.body)
      #expect(events.count == 1)
      #expect(events.first?["type"]?.stringValue == "ERROR")
      #expect(events.first?[path: ["object", "code"]]?.intValue == 410)
      #expect(
        events.first?[path: ["object", "message"]]?.stringValue?.hasPrefix("too old resource version: 1001 (") == true)
    }
  }

  @Test func droppedWatchesCloseTheConnection() async throws {
    try await SimTesting.withCluster(
      faults: SimFaults(dropWatchAfter: .milliseconds(300)), objects: [SimTesting.pod("a")]
    ) {
      _, curl in
      let started = Date()
      // The server ends the stream itself: far sooner than curl's own limit, however loaded the machine.
      let response = try await curl.request("/api/v1/pods?watch=1", timeout: 120, allowIncomplete: true)
      #expect(Date().timeIntervalSince(started) < 60)
      #expect(try Self.events(response.body).count == 1)
    }
  }
}
