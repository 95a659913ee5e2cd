import Formatters
import KubeAPI

extension EventReport {
  /// The report as `JSONRenderer.render` writes it, byte for byte, handed to `output` in pieces: a large
  /// cluster's report is tens of megabytes, and `JSONEncoder` held several copies of it at once. The events are
  /// written by hand; the small parts go through `JSONRenderer`.
  public func writeJSON(to output: (String) -> Void) throws {
    var json = JSONText()
    json.raw("{")
    json.newline(depth: 1)
    json.key("apiVersion")
    json.string(apiVersion)
    json.raw(",")
    json.newline(depth: 1)
    json.key("events")
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
    json.raw(",")
    json.newline(depth: 1)
    json.key("kind")
    json.string(kind)
    if let namespace {
      json.raw(",")
      json.newline(depth: 1)
      json.key("namespace")
      json.string(namespace)
    }
    json.raw(",")
    json.newline(depth: 1)
    json.key("pending")
    json.rendered(try JSONRenderer.render(pending), depth: 1)
    json.raw(",")
    json.newline(depth: 1)
    json.key("warnings")
    json.rendered(try JSONRenderer.render(warnings), depth: 1)
    json.newline(depth: 0)
    json.raw("}\n")
    output(json.take())
  }
}

extension EventReport.Item {
  /// One event, keys sorted as `JSONEncoder` sorts them.
  func write(to json: inout JSONText, depth: Int) {
    var first = true
    func member(_ key: String) {
      json.raw(first ? "{" : ",")
      first = false
      json.newline(depth: depth + 1)
      json.key(key)
    }
    member("count")
    json.raw(String(count))
    if let firstSeen {
      member("firstSeen")
      json.string(KubeTime.format(firstSeen))
    }
    if let lastSeen {
      member("lastSeen")
      json.string(KubeTime.format(lastSeen))
    }
    member("message")
    json.string(message)
    member("namespace")
    json.string(namespace)
    if let node {
      member("node")
      json.string(node)
    }
    member("object")
    Self.write(object, to: &json, depth: depth + 1)
    member("reason")
    json.string(reason)
    if let source {
      member("source")
      json.string(source)
    }
    member("type")
    json.string(type)
    json.newline(depth: depth)
    json.raw("}")
  }

  static func write(_ reference: ObjectReference, to json: inout JSONText, depth: Int) {
    let fields = [
      ("apiVersion", reference.apiVersion), ("fieldPath", reference.fieldPath), ("kind", reference.kind),
      ("name", reference.name), ("namespace", reference.namespace), ("uid", reference.uid),
    ]
    var first = true
    for case (let key, let value?) in fields {
      json.raw(first ? "{" : ",")
      first = false
      json.newline(depth: depth + 1)
      json.key(key)
      json.string(value)
    }
    if first {
      json.raw("{}")
    } else {
      json.newline(depth: depth)
      json.raw("}")
    }
  }
}
