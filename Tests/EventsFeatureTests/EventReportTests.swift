import Formatters
import Foundation
import KubeAPI
import Testing

@testable import EventsFeature

@Suite("EventReport: display order and the hand-written JSON")
struct EventReportTests {
  static func event(
    _ message: String, namespace: String = "shop", object: String = "a", uid: String = "u1", type: String = "Warning",
    last: Double?, source: String = "kubelet", host: String? = "node-1"
  ) -> ClusterEvent {
    ClusterEvent(
      name: "\(object).\(message)", namespace: namespace,
      regarding: ObjectReference(apiVersion: "v1", kind: "Pod", namespace: namespace, name: object, uid: uid),
      reason: "BackOff", message: message, type: type, firstSeen: last.map { Date(timeIntervalSince1970: $0 - 60) },
      lastSeen: last.map { Date(timeIntervalSince1970: $0) }, source: source, host: host)
  }

  @Test("Warnings first, newest first, then namespace, object and reason; rows equal in all of these keep list order")
  func displayOrder() {
    let events = [
      Self.event("normal", type: "Normal", last: 500),
      Self.event("old", last: 100),
      Self.event("b", object: "b", last: 300),
      Self.event("a", object: "a", last: 300),
      Self.event("never", last: nil),
      Self.event("api", namespace: "api", object: "z", last: 300),
      Self.event("twin", object: "t", uid: "u2", last: 300),
      Self.event("twin", object: "t", uid: "u3", last: 300),
    ]
    let groups = EventCollapser.groups(events)
    #expect(groups.count == events.count)
    let order = EventCollapser.displayOrder(groups, of: events).map { events[groups[$0].newest] }
    #expect(order.map(\.message) == ["api", "a", "b", "twin", "twin", "old", "never", "normal"])
    #expect(order[3].regarding.uid == "u2" && order[4].regarding.uid == "u3")
  }

  @Test("ties are ordered by namespace prefix only where it agrees with comparing the strings")
  func namespacePrefix() {
    let names = [
      "", "a", "ab", "ab-c", "abcdefgh", "abcdefghi", "abcdefgi", "abcdefg", "ns-003", "ns-082", "kube-system",
      "kube-public", "é", "aé", "abcdefgé", "abcdefghé", "abcdefge\u{301}", "abcdefgf", "a\u{0}b", "a\u{0}",
      "zzzzzzzzzz", "Z", "_", "~",
    ]
    var decided = 0
    for a in names {
      for b in names {
        let ordered = NamespacePrefix.ordered(NamespacePrefix.of(a), NamespacePrefix.of(b))
        if let ordered {
          decided += 1
          #expect(ordered == (a < b), "\(a.debugDescription) against \(b.debugDescription)")
        }
        if a == b { #expect(ordered == nil) }
      }
    }
    #expect(decided > names.count * names.count / 3, "most pairs are decided without the strings")
    #expect(NamespacePrefix.of("abcdefge\u{301}") == NamespacePrefix.undecided, "a combining mark after the prefix")
    #expect(NamespacePrefix.of("a\u{0}b") == NamespacePrefix.undecided)
    #expect(NamespacePrefix.ordered(NamespacePrefix.of("ns-1"), NamespacePrefix.of("ns-10")) == true)
  }

  @Test("keys worked out page by page group and order as the events themselves do, filtered or not")
  func keyedOrdering() throws {
    let snapshot = try DemoCluster.snapshot()
    let odd = [
      Self.event("twin", object: "t", last: 300), Self.event("twin", object: "t", last: 400),
      Self.event("twin", namespace: "ns-2", object: "t", last: 400), Self.event("é", namespace: "é", last: 400),
      Self.event("twin", object: "t", last: 200, source: "kubelet-2"),
    ]
    let events = snapshot.events + odd
    let pages = stride(from: 0, to: events.count, by: 3).map { Array(events[$0..<min($0 + 3, events.count)]) }
    let keys = pages.flatMap(EventCollapser.keys)
    for filter in [EventFilter(), EventFilter(types: ["Warning"]), EventFilter(reasons: ["BackOff"])] {
      let unkeyed = EventReport.Items(showing: events, filter: filter)
      #expect(Array(EventReport.Items(showing: events, filter: filter, keys: keys)) == Array(unkeyed))
      #expect(Array(EventReport.Items(showing: events, filter: filter, keys: Array(keys.dropLast()))) == Array(unkeyed))
    }
    let twins = EventReport.Items(showing: odd, filter: EventFilter())
    #expect(twins.map(\.namespace) == ["ns-2", "shop", "é"], "ties by namespace, non-ASCII compared as strings")
    #expect(twins.map(\.count) == [1, 3, 1], "the three repeats in shop are one row")
  }

  @Test("events whose keys share a hash stay apart unless their fields match")
  func sharedHashes() {
    let events = [
      Self.event("a", last: 100), Self.event("b", last: 200), Self.event("a", last: 300), Self.event("c", last: 50),
    ]
    let keys = EventCollapser.keys(events).map { key in
      var key = key
      key.hash = 42
      return key
    }
    let groups = EventCollapser.groups(events, keys: keys)
    #expect(groups.map(\.count) == [2, 1, 1])
    #expect(groups.map(\.newest) == [2, 1, 3])
    let order = EventCollapser.displayOrder(groups, of: events, keys: keys).map { events[groups[$0].newest].message }
    #expect(order == ["a", "b", "c"])
  }

  @Test("writeJSON writes byte for byte what JSONRenderer writes, escapes included")
  func handWrittenJSON() throws {
    let snapshot = try DemoCluster.snapshot()
    // Each character that needs escaping at every place within and after an eight-byte word, and bytes of
    // multi-byte characters (high bit set) beside them, which do not.
    let placed = ["\"", "\\", "\n", "\u{1f}", "\u{0}", "é"].enumerated().flatMap { kind, special in
      (0...17).map { offset in
        Self.event(String(repeating: "a", count: offset) + special + "ü", object: "e\(kind)-\(offset)", last: 902)
      }
    }
    let odd = [
      Self.event("quote \" backslash \\ slash / newline \n tab \t return \r ctrl \u{1}\u{1f} del \u{7f}", last: 900),
      Self.event("unicode é 漢字 🚀 \u{2028} bidi \u{202e}", object: "b", last: 901, source: "", host: nil),
      ClusterEvent(
        name: "bare", namespace: "", regarding: ObjectReference(), reason: "", message: "", type: "Normal",
        firstSeen: nil, lastSeen: nil),
    ]
    for namespace in [nil, "shop"] as [String?] {
      let report = EventReport(
        namespace: namespace, findings: PendingClassifier.classify(snapshot), events: snapshot.events + odd + placed,
        filter: EventFilter(), warnings: ["missing permission: list nodes"], now: DemoCluster.now)
      var written = ""
      report.writeJSON { written += String(decoding: $0, as: UTF8.self) }
      #expect(written == (try JSONRenderer.render(report)))
    }
    // Enough events to be written in several batches of parallel chunks.
    let many = (0..<(1024 * ProcessInfo.processInfo.activeProcessorCount * 2 + 500)).map { index in
      Self.event("message \(index % 97)", object: "pod-\(index % 1013)", last: Double(1000 + index % 3001))
    }
    let large = EventReport(
      namespace: nil, findings: [], events: many, filter: EventFilter(), warnings: [], now: DemoCluster.now)
    var pieces: [[UInt8]] = []
    large.writeJSON { pieces.append(Array($0)) }
    #expect(pieces.count > 2)
    #expect(String(decoding: pieces.joined(), as: UTF8.self) == (try JSONRenderer.render(large)))
    let empty = EventReport(namespace: nil, pending: [], events: [], warnings: [])
    var written = ""
    empty.writeJSON { written += String(decoding: $0, as: UTF8.self) }
    #expect(written == (try JSONRenderer.render(empty)))
  }

  @Test("the pending section is written as JSONRenderer writes it: every optional field there or not, escapes")
  func handWrittenPendingJSON() throws {
    let verdicts = [
      NodePoolVerdict(nodePool: "default", obstacles: []),
      NodePoolVerdict(
        nodePool: "gpu \"a\"",
        obstacles: [
          .taint(Taint(key: "nvidia.com/gpu", value: "true", effect: "NoSchedule")),
          .requirement(label: "kubernetes.io/arch=arm64", offered: "kubernetes.io/arch In [amd64]"),
        ]),
    ]
    let findings = [
      PendingFinding(
        namespace: "shop", name: "web-0", uid: "u-1", reason: .untoleratedTaint, explanation: "taint \"x\"\n",
        evidence: ["FailedScheduling ×3: 0/2 nodes \u{1}", "é 漢字"], since: DemoCluster.now.addingTimeInterval(-90),
        node: "node-1", container: "app", nodePools: verdicts),
      PendingFinding(
        kind: "Deployment", namespace: "", name: "", reason: .createFailed, explanation: "", since: nil, nodePools: []),
    ]
    let pending = findings.map { EventReport.Pending($0, now: DemoCluster.now) }
    for warnings in [[], ["a \"quoted\" warning", "second"]] {
      let report = EventReport(namespace: "shop", pending: pending, events: [], warnings: warnings)
      var written = ""
      report.writeJSON { written += String(decoding: $0, as: UTF8.self) }
      #expect(written == (try JSONRenderer.render(report)))
    }
  }
}

@Suite("EventsMonitor")
struct EventsMonitorTests {
  @Test("a repeat that changes while watching prints its row's total, as the report collapses it")
  func collapsedCountWhileWatching() {
    func event(_ index: Int, count: Int, minute: Int) -> ClusterEvent {
      ClusterEvent(
        Event(
          metadata: ObjectMeta(name: "web.\(index)", namespace: "shop", uid: "e\(index)"),
          involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "web", uid: "p1"),
          reason: "Unhealthy", message: "Readiness probe failed", type: "Warning", count: count,
          firstTimestamp: DemoCluster.now.addingTimeInterval(Double(minute - 60) * 60),
          lastTimestamp: DemoCluster.now.addingTimeInterval(Double(minute) * 60)))
    }
    var monitor = EventsMonitor(
      snapshot: ClusterSnapshot(
        pods: [],
        events: [
          event(1, count: 5, minute: -3), event(2, count: 5, minute: -2),
          event(3, count: 5, minute: -1),
        ]),
      filter: EventFilter())
    let report = monitor.report(namespace: "shop", warnings: [], now: DemoCluster.now)
    #expect(report.events.map(\.count) == [15])
    let rows = monitor.apply(.eventUpdated(event(2, count: 6, minute: 0)), now: DemoCluster.now)
    guard case .event(let item) = rows.first else {
      Issue.record("no event row: \(rows)")
      return
    }
    #expect(item.count == 16)
    #expect(item.firstSeen == DemoCluster.now.addingTimeInterval(-63 * 60))
  }

  @Test("an OBJECT cell's head is the kind lowercased, byte by byte for ASCII kinds, as lowercased() for others")
  func objectPrefix() {
    for kind in ["Pod", "HorizontalPodAutoscaler", "nodeclaim", "", "ÄpfelKind", "Pod\u{301}"] {
      #expect(EventReportTable.objectPrefix(kind) == kind.lowercased() + "/", "\(kind)")
    }
  }
}
