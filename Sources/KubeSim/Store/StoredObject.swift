import KubeAPI

/// An object in the store: the value, its encoded bytes (kept so lists are assembled by concatenation)
/// and the index data selectors need.
///
/// Immutable and shared: lists, filters and snapshots pass tens of thousands of them, and a struct's copy retained
/// every field (a quarter of lamp-sim's CPU while serving pages of 5,000).
final class StoredObject: Sendable {
  let object: JSONValue
  /// The object's members without `kind` and `apiVersion`, sorted, without braces.
  let members: [UInt8]
  /// Members of the events.k8s.io/v1 form (core events only).
  let alternateMembers: [UInt8]?
  let namespace: String
  let name: String
  let resourceVersion: Int64
  let labels: [String: String]
  /// Selectable field values (`metadata.name`, `spec.nodeName`, ...).
  let fields: [String: String]

  /// The etcd-like sort key: `namespace/name` or `name`.
  var key: String { namespace.isEmpty ? name : "\(namespace)/\(name)" }

  init(object: JSONValue, resourceVersion: Int64, storageKey: String) {
    self.object = object
    self.resourceVersion = resourceVersion
    let metadata = object["metadata"]
    namespace = metadata?["namespace"]?.stringValue ?? ""
    name = metadata?["name"]?.stringValue ?? ""
    var labels: [String: String] = [:]
    for (key, value) in metadata?["labels"]?.objectValue ?? [:] {
      labels[key] = value.stringValue ?? ""
    }
    self.labels = labels
    fields = FieldIndex.fields(of: object, storageKey: storageKey)
    members = JSONWriter.encodeMembers(object.objectValue ?? [:], excluding: ["kind", "apiVersion"])
    if storageKey == "/events" {
      let converted = EventConversion.toEventsV1(object)
      alternateMembers = JSONWriter.encodeMembers(converted.objectValue ?? [:], excluding: ["kind", "apiVersion"])
    } else {
      alternateMembers = nil
    }
  }

  /// The full JSON of the object as served through `type` at `version`.
  func bytes(as type: ResourceType, version: String) -> [UInt8] {
    var writer = JSONWriter(capacity: members.count + 64)
    writeFull(into: &writer, as: type, version: version)
    return writer.bytes
  }

  /// Appends the full JSON of the object as served through `type` at `version`.
  func writeFull(into writer: inout JSONWriter, as type: ResourceType, version: String) {
    writer.append("{\"kind\":")
    writer.writeString(type.kind)
    writer.append(",\"apiVersion\":")
    writer.writeString(type.apiVersion(version))
    let body = servedMembers(as: type)
    if !body.isEmpty {
      writer.append(",")
      writer.append(body)
    }
    writer.append("}")
  }

  /// Appends the object as a list item: without kind/apiVersion for built-ins.
  func writeItem(into writer: inout JSONWriter, as type: ResourceType, version: String) {
    if type.listItemsCarryKind {
      writeFull(into: &writer, as: type, version: version)
      return
    }
    writer.append("{")
    writer.append(servedMembers(as: type))
    writer.append("}")
  }

  /// The value as served through `type` (events.k8s.io events are converted).
  func value(as type: ResourceType, version: String) -> JSONValue {
    var value = type.group == "events.k8s.io" ? EventConversion.toEventsV1(object) : object
    value["kind"] = .string(type.kind)
    value["apiVersion"] = .string(type.apiVersion(version))
    return value
  }

  private func servedMembers(as type: ResourceType) -> [UInt8] {
    if type.group == "events.k8s.io", let alternateMembers { return alternateMembers }
    return members
  }
}
