import KubeAPI

/// Builds the objects of a `ScaleScenario` in one pass (the extensions hold the parts: cluster, workloads, pods,
/// events). Objects are assembled as `JSONValue` directly, with no serialization in between.
struct ScaleBuilder {
  /// A node as the pods that run on it need to know it.
  struct NodeInfo {
    var name: String
    var uid: String
    var ip: String
    var zone: String
    var podCount = 0
  }

  /// A pod as its events need to know it.
  struct PodInfo {
    var name: String
    var namespace: String
    var uid: String
    var node: String?
    var container: String
    var image: String
    var state: ScalePodState
  }

  let spec: ScaleSpec
  let now: Int64
  var random: SeededGenerator
  var objects = [JSONValue]()
  var nodes = [NodeInfo]()
  var pods = [PodInfo]()
  /// Pod names already used in the ReplicaSet being built (suffixes are random, so collisions are possible).
  var podNamesInReplicaSet = Set<String>()

  init(spec: ScaleSpec, seed: UInt64, now: Int64) {
    self.spec = spec
    self.now = now
    self.random = SeededGenerator(seed: seed)
  }

  mutating func build() -> [JSONValue] {
    objects.reserveCapacity(spec.pods * 2 + spec.events + spec.deployments * 3 + spec.nodes * 2 + spec.namespaces)
    let namespaces = addNamespaces()
    addCluster()
    addWorkloads(namespaces: namespaces)
    addEvents()
    return objects
  }

  // MARK: shared helpers

  /// `now - seconds` as an RFC 3339 timestamp.
  func ago(_ seconds: Int64) -> String {
    ScenarioTimestamp.format(now - seconds)
  }

  /// Standard object metadata.
  mutating func metadata(
    name: String, namespace: String?, created: String, labels: [String: JSONValue] = [:],
    annotations: [String: JSONValue] = [:], owner: JSONValue? = nil, uid: String? = nil
  ) -> [String: JSONValue] {
    var metadata: [String: JSONValue] = [
      "name": .string(name), "uid": .string(uid ?? random.uuid()), "creationTimestamp": .string(created),
    ]
    if let namespace { metadata["namespace"] = .string(namespace) }
    if !labels.isEmpty { metadata["labels"] = .object(labels) }
    if !annotations.isEmpty { metadata["annotations"] = .object(annotations) }
    if let owner { metadata["ownerReferences"] = .array([owner]) }
    return metadata
  }

  /// A controller ownerReference to an object built with `metadata`.
  static func owner(apiVersion: String, kind: String, name: String, uid: String) -> JSONValue {
    .object([
      "apiVersion": .string(apiVersion), "kind": .string(kind), "name": .string(name), "uid": .string(uid),
      "controller": .bool(true), "blockOwnerDeletion": .bool(true),
    ])
  }

  /// String values as JSON.
  static func strings(_ values: [String: String]) -> JSONValue {
    .object(values.mapValues { .string($0) })
  }

  mutating func addNamespaces() -> [String] {
    let width = max(3, String(max(spec.namespaces - 1, 0)).count)
    var names = [String]()
    for index in 0..<spec.namespaces {
      let digits = String(index)
      let name = "ns-" + String(repeating: "0", count: width - digits.count) + digits
      names.append(name)
      let created = ago(90 * 86_400 - Int64(index) * 60)
      objects.append(
        .object([
          "apiVersion": .string("v1"), "kind": .string("Namespace"),
          "metadata": .object(
            metadata(
              name: name, namespace: nil, created: created,
              labels: ["kubernetes.io/metadata.name": .string(name), "team": .string("team-\(index % 17)")])),
          "spec": .object(["finalizers": .array([.string("kubernetes")])]),
          "status": .object(["phase": .string("Active")]),
        ]))
    }
    return names
  }
}
