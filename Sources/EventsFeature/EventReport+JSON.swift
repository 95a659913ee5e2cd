import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension EventReport {
  /// The report as `JSONRenderer.render` writes it, byte for byte, handed to `output` in pieces: a large
  /// cluster's report is tens of megabytes, and `JSONEncoder` held several copies of it at once. Written by hand,
  /// the events a batch at a time on every core.
  public func writeJSON(to output: (UnsafeRawBufferPointer) -> Void) {
    var json = JSONText()
    var first = true
    json.member("apiVersion", depth: 1, first: &first)
    json.string(apiVersion)
    json.member("events", depth: 1, first: &first)
    if events.isEmpty {
      json.raw("[]")
    } else {
      json.raw("[")
      json.drain(to: output)
      let events = self.events
      // Chunks of about 700 KiB: a few in flight add little to the report's memory.
      ParallelBuild.inBatches(count: events.count, chunkSize: 1024) { range in
        var piece = JSONText(capacity: range.count * 768)
        for index in range {
          events.prefetch(after: index)
          piece.newline(depth: 2)
          let standing: Void? = events.withStanding(at: index) { event, count, firstSeen in
            EventReport.Item.write(event, count: count, firstSeen: firstSeen, to: &piece)
          }
          if standing == nil { events[index].write(to: &piece) }
          if index < events.count - 1 { piece.raw(",") }
        }
        return piece.finished()
      } consume: {
        $0.withBytes(output)
      }
      json.newline(depth: 1)
      json.raw("]")
    }
    json.member("kind", depth: 1, first: &first)
    json.string(kind)
    if let namespace {
      json.member("namespace", depth: 1, first: &first)
      json.string(namespace)
    }
    json.member("pending", depth: 1, first: &first)
    json.array(pending, depth: 1) { entry, json in entry.write(to: &json, depth: 2) }
    json.member("warnings", depth: 1, first: &first)
    json.array(warnings, depth: 1)
    json.endObject(depth: 0, empty: false)
    json.raw("\n")
    json.drain(to: output)
  }
}

extension JSONText {
  /// A timestamp member, written only when there is a value.
  mutating func member(_ key: StaticString, _ time: Date?, depth: Int, first: inout Bool) {
    guard let time else { return }
    member(key, depth: depth, first: &first)
    timestamp(time)
  }

  /// A timestamp member from its head, written only when there is a value.
  mutating func member(_ head: MemberHead, _ time: Date?, first: inout Bool) {
    guard let time else { return }
    member(head, first: &first)
    timestamp(time)
  }

  private mutating func timestamp(_ time: Date) {
    quoted(maxCount: KubeTime.formattedCount) { KubeTime.format(time, at: $0) }
  }
}

extension JSONText {
  /// An array of `elements`, each on its own line at `depth + 1`; `[]` when empty.
  mutating func array<Element>(_ elements: [Element], depth: Int, _ write: (Element, inout JSONText) -> Void) {
    guard !elements.isEmpty else { return raw("[]") }
    raw("[")
    for (index, element) in elements.enumerated() {
      if index > 0 { raw(",") }
      newline(depth: depth + 1)
      write(element, &self)
    }
    newline(depth: depth)
    raw("]")
  }

  /// An array of strings, laid out as `array` lays it out.
  mutating func array(_ strings: [String], depth: Int) {
    array(strings, depth: depth) { text, json in json.string(text) }
  }
}

extension EventReport.Pending {
  /// One finding, keys sorted as `JSONEncoder` sorts them: hundreds of stuck pods took longer through the encoder
  /// than writing the tens of thousands of events beside them.
  func write(to json: inout JSONText, depth: Int) {
    let inner = depth + 1
    var first = true
    json.member("container", container, depth: inner, first: &first)
    json.member("evidence", depth: inner, first: &first)
    json.array(evidence, depth: inner)
    json.member("explanation", explanation, depth: inner, first: &first)
    json.member("kind", kind, depth: inner, first: &first)
    json.member("name", name, depth: inner, first: &first)
    json.member("namespace", namespace, depth: inner, first: &first)
    json.member("node", node, depth: inner, first: &first)
    if let nodePools {
      json.member("nodePools", depth: inner, first: &first)
      json.array(nodePools, depth: inner) { verdict, json in
        var verdictFirst = true
        json.member("fits", depth: inner + 2, first: &verdictFirst)
        json.raw(verdict.fits ? "true" : "false")
        json.member("nodePool", verdict.nodePool, depth: inner + 2, first: &verdictFirst)
        json.member("reasons", depth: inner + 2, first: &verdictFirst)
        json.array(verdict.reasons, depth: inner + 2)
        json.endObject(depth: inner + 1, empty: false)
      }
    }
    json.member("pendingSeconds", depth: inner, first: &first)
    json.integer(pendingSeconds)
    json.member("reason", reason, depth: inner, first: &first)
    json.member("since", since, depth: inner, first: &first)
    json.member("uid", uid, depth: inner, first: &first)
    json.endObject(depth: depth, empty: false)
  }
}

extension EventReport.Item {
  /// The heads of an event's members, at the depth events sit at in a report (its `events` array's elements).
  private enum Head {
    static let count = JSONText.MemberHead("count", depth: 3)
    static let firstSeen = JSONText.MemberHead("firstSeen", depth: 3)
    static let lastSeen = JSONText.MemberHead("lastSeen", depth: 3)
    static let message = JSONText.MemberHead("message", depth: 3)
    static let namespace = JSONText.MemberHead("namespace", depth: 3)
    static let node = JSONText.MemberHead("node", depth: 3)
    static let object = JSONText.MemberHead("object", depth: 3)
    static let reason = JSONText.MemberHead("reason", depth: 3)
    static let source = JSONText.MemberHead("source", depth: 3)
    static let type = JSONText.MemberHead("type", depth: 3)
    static let apiVersion = JSONText.MemberHead("apiVersion", depth: 4)
    static let fieldPath = JSONText.MemberHead("fieldPath", depth: 4)
    static let kind = JSONText.MemberHead("kind", depth: 4)
    static let name = JSONText.MemberHead("name", depth: 4)
    static let objectNamespace = JSONText.MemberHead("namespace", depth: 4)
    static let uid = JSONText.MemberHead("uid", depth: 4)
  }

  /// One event, keys sorted as `JSONEncoder` sorts them, as an element of the report's `events`.
  func write(to json: inout JSONText) {
    Self.write(
      count: count, firstSeen: firstSeen, lastSeen: lastSeen, message: message, namespace: namespace, node: node,
      object: object, objectNamespace: object.namespace, reason: reason, source: source, type: type, to: &json)
  }

  /// The entry of `event` standing for a collapsed group (`EventReport.Items.withStanding(at:)`), written as its
  /// `Item` would be, without making the `Item`.
  static func write(_ event: borrowing ClusterEvent, count: Int, firstSeen: Date?, to json: inout JSONText) {
    write(
      count: count, firstSeen: firstSeen, lastSeen: event.lastSeen, message: event.message,
      namespace: event.namespace, node: event.host, object: event.regarding, objectNamespace: nil,
      reason: event.reason, source: event.source.isEmpty ? nil : event.source, type: event.type, to: &json)
  }

  private static func write(
    count: Int, firstSeen: Date?, lastSeen: Date?, message: String, namespace: String, node: String?,
    object: ObjectReference, objectNamespace: String?, reason: String, source: String?, type: String,
    to json: inout JSONText
  ) {
    var first = true
    json.member(Head.count, first: &first)
    json.integer(count)
    json.member(Head.firstSeen, firstSeen, first: &first)
    json.member(Head.lastSeen, lastSeen, first: &first)
    json.member(Head.message, message, first: &first)
    json.member(Head.namespace, namespace, first: &first)
    json.member(Head.node, node, first: &first)
    json.member(Head.object, first: &first)
    var objectFirst = true
    json.member(Head.apiVersion, object.apiVersion, first: &objectFirst)
    json.member(Head.fieldPath, object.fieldPath, first: &objectFirst)
    json.member(Head.kind, object.kind, first: &objectFirst)
    json.member(Head.name, object.name, first: &objectFirst)
    json.member(Head.objectNamespace, objectNamespace, first: &objectFirst)
    json.member(Head.uid, object.uid, first: &objectFirst)
    json.endObject(depth: 3, empty: objectFirst)
    json.member(Head.reason, reason, first: &first)
    json.member(Head.source, source, first: &first)
    json.member(Head.type, type, first: &first)
    json.endObject(depth: 2, empty: false)
  }
}
