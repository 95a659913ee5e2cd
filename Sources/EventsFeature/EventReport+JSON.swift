import Formatters
import KubeAPI

extension EventReport {
  /// The report as `JSONRenderer.render` writes it, byte for byte, handed to `output` in pieces: a large
  /// cluster's report is tens of megabytes, and `JSONEncoder` held several copies of it at once. The events are
  /// written by hand; the small parts go through `JSONRenderer`.
  public func writeJSON(to output: (String) -> Void) throws {
    var json = JSONText()
    var first = true
    json.member("apiVersion", depth: 1, first: &first)
    json.string(apiVersion)
    json.member("events", depth: 1, first: &first)
    if events.isEmpty {
      json.raw("[]")
    } else {
      json.raw("[")
      for (index, item) in events.enumerated() {
        json.newline(depth: 2)
        item.write(to: &json, depth: 2)
        if index < events.count - 1 { json.raw(",") }
        if json.bytes.count >= 1 << 16 { output(json.take()) }
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
    json.rendered(try JSONRenderer.render(pending), depth: 1)
    json.member("warnings", depth: 1, first: &first)
    json.rendered(try JSONRenderer.render(warnings), depth: 1)
    json.endObject(depth: 0, empty: false)
    json.raw("\n")
    output(json.take())
  }
}

extension EventReport.Item {
  /// One event, keys sorted as `JSONEncoder` sorts them.
  func write(to json: inout JSONText, depth: Int) {
    var first = true
    func field(_ key: String, _ value: String?) {
      guard let value else { return }
      json.member(key, depth: depth + 1, first: &first)
      json.string(value)
    }
    json.member("count", depth: depth + 1, first: &first)
    json.raw(String(count))
    field("firstSeen", firstSeen.map(KubeTime.format))
    field("lastSeen", lastSeen.map(KubeTime.format))
    field("message", message)
    field("namespace", namespace)
    field("node", node)
    json.member("object", depth: depth + 1, first: &first)
    Self.write(object, to: &json, depth: depth + 1)
    field("reason", reason)
    field("source", source)
    field("type", type)
    json.endObject(depth: depth, empty: false)
  }

  static func write(_ reference: ObjectReference, to json: inout JSONText, depth: Int) {
    let fields = [
      ("apiVersion", reference.apiVersion), ("fieldPath", reference.fieldPath), ("kind", reference.kind),
      ("name", reference.name), ("namespace", reference.namespace), ("uid", reference.uid),
    ]
    var first = true
    for case (let key, let value?) in fields {
      json.member(key, depth: depth + 1, first: &first)
      json.string(value)
    }
    json.endObject(depth: depth, empty: first)
  }
}
