import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An object lamp has no typed model for here (Service, Endpoints, Ingress, HPA, ScaledObject, PVC,
/// ResourceQuota): its metadata plus the raw JSON, read through small accessors by the analyzers.
public struct ObjectDocument: KubeObject, Hashable {
  /// The kind; list items omit it, so whoever lists them sets it.
  public var kind: String
  public var metadata: ObjectMeta
  public var body: JSONValue

  public init(kind: String, metadata: ObjectMeta, body: JSONValue) {
    self.kind = kind
    self.metadata = metadata
    self.body = body
  }

  public init(from decoder: Decoder) throws {
    let body = try JSONValue(from: decoder)
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.kind = body["kind"]?.stringValue ?? ""
    self.metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    self.body = body
  }

  enum CodingKeys: String, CodingKey { case metadata }

  public var namespace: String { metadata.namespace ?? "" }
  public var name: String { metadata.name }
  public var ref: ObjectRef { ObjectRef(kind: kind, namespace: namespace, name: name) }

  /// The value at a path of keys, e.g. `["spec", "selector"]`.
  public func value(_ path: String...) -> JSONValue? { body[path: path] }

  /// A string at a path.
  public func string(_ path: String...) -> String? { body[path: path]?.stringValue }

  /// A `map[string]string` at a path (labels, selectors).
  public func stringMap(_ path: String...) -> [String: String] {
    var result: [String: String] = [:]
    for (key, value) in body[path: path]?.objectValue ?? [:] {
      if let text = value.stringValue { result[key] = text }
    }
    return result
  }

  /// The `status.conditions` entry of a type.
  public func condition(_ type: String) -> (status: String, reason: String, message: String)? {
    for item in body[path: ["status", "conditions"]]?.arrayValue ?? [] where item["type"]?.stringValue == type {
      return (
        item["status"]?.stringValue ?? "", item["reason"]?.stringValue ?? "", item["message"]?.stringValue ?? ""
      )
    }
    return nil
  }
}
