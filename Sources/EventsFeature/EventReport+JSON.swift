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
            EventReport.Item.write(event, count: count, firstSeen: firstSeen, to: &piece, depth: 2)
          }
          if standing == nil { events[index].write(to: &piece, depth: 2) }
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
  /// One event, keys sorted as `JSONEncoder` sorts them.
  func write(to json: inout JSONText, depth: Int) {
    Self.write(
      count: count, firstSeen: firstSeen, lastSeen: lastSeen, message: message, namespace: namespace, node: node,
      object: object, objectNamespace: object.namespace, reason: reason, source: source, type: type, to: &json,
      depth: depth)
  }

  /// The entry of `event` standing for a collapsed group (`EventReport.Items.withStanding(at:)`), written as its
  /// `Item` would be, without making the `Item`.
  static func write(_ event: borrowing ClusterEvent, count: Int, firstSeen: Date?, to json: inout JSONText, depth: Int)
  {
    write(
      count: count, firstSeen: firstSeen, lastSeen: event.lastSeen, message: event.message,
      namespace: event.namespace, node: event.host, object: event.regarding, objectNamespace: nil,
      reason: event.reason, source: event.source.isEmpty ? nil : event.source, type: event.type, to: &json,
      depth: depth)
  }

  private static func write(
    count: Int, firstSeen: Date?, lastSeen: Date?, message: String, namespace: String, node: String?,
    object: ObjectReference, objectNamespace: String?, reason: String, source: String?, type: String,
    to json: inout JSONText, depth: Int
  ) {
    let depth = depth + 1
    var first = true
    json.member("count", depth: depth, first: &first)
    json.integer(count)
    json.member("firstSeen", firstSeen, depth: depth, first: &first)
    json.member("lastSeen", lastSeen, depth: depth, first: &first)
    json.member("message", message, depth: depth, first: &first)
    json.member("namespace", namespace, depth: depth, first: &first)
    json.member("node", node, depth: depth, first: &first)
    json.member("object", depth: depth, first: &first)
    var objectFirst = true
    json.member("apiVersion", object.apiVersion, depth: depth + 1, first: &objectFirst)
    json.member("fieldPath", object.fieldPath, depth: depth + 1, first: &objectFirst)
    json.member("kind", object.kind, depth: depth + 1, first: &objectFirst)
    json.member("name", object.name, depth: depth + 1, first: &objectFirst)
    json.member("namespace", objectNamespace, depth: depth + 1, first: &objectFirst)
    json.member("uid", object.uid, depth: depth + 1, first: &objectFirst)
    json.endObject(depth: depth, empty: objectFirst)
    json.member("reason", reason, depth: depth, first: &first)
    json.member("source", source, depth: depth, first: &first)
    json.member("type", type, depth: depth, first: &first)
    json.endObject(depth: depth - 1, empty: false)
  }
}
