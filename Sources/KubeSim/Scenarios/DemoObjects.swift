import Foundation
import KubeAPI

/// Small builders for the objects the demo generates in code.
enum DemoObjects {
  /// A complete object with deterministic uid and the given metadata; `extra` adds top-level fields.
  static func object(
    apiVersion: String, kind: String, namespace: String?, name: String, created: String,
    labels: [String: String] = [:], annotations: [String: String] = [:], extra: [String: JSONValue] = [:]
  ) -> JSONValue {
    var metadata: [String: JSONValue] = [
      "name": .string(name), "creationTimestamp": .string(created),
      "uid": .string(ScenarioIdentifiers.uid(kind: kind, namespace: namespace ?? "", name: name)),
    ]
    if let namespace { metadata["namespace"] = .string(namespace) }
    if !labels.isEmpty { metadata["labels"] = .object(labels.mapValues { .string($0) }) }
    if !annotations.isEmpty { metadata["annotations"] = .object(annotations.mapValues { .string($0) }) }
    var members = extra
    members["apiVersion"] = .string(apiVersion)
    members["kind"] = .string(kind)
    members["metadata"] = .object(metadata)
    return .object(members)
  }

  /// A Secret; values are base64-encoded as the API returns them.
  static func secret(
    namespace: String, name: String, created: String, type: String, data: [String: Data],
    labels: [String: String] = [:], annotations: [String: String] = [:]
  ) -> JSONValue {
    object(
      apiVersion: "v1", kind: "Secret", namespace: namespace, name: name, created: created, labels: labels,
      annotations: annotations,
      extra: ["type": .string(type), "data": .object(data.mapValues { .string($0.base64EncodedString()) })])
  }
}
