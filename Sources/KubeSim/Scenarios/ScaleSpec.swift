import Foundation

/// The size of a generated cluster (`lamp-sim --scale pods=20000,events=50000,...`).
public struct ScaleSpec: Sendable, Equatable {
  public var pods: Int
  public var events: Int
  public var nodes: Int
  public var namespaces: Int
  public var deployments: Int
  public var nodepools: Int
  public var scaledObjects: Int

  /// The keys `parse` accepts, as written on the command line.
  public static let keys = ["deployments", "events", "namespaces", "nodepools", "nodes", "pods", "scaledobjects"]

  /// Values this large are refused: they would not fit in memory anyway.
  public static let maximum = 5_000_000

  public init(
    pods: Int, events: Int, nodes: Int, namespaces: Int, deployments: Int, nodepools: Int, scaledObjects: Int
  ) {
    self.pods = pods
    self.events = events
    self.nodes = nodes
    self.namespaces = namespaces
    self.deployments = deployments
    self.nodepools = nodepools
    self.scaledObjects = scaledObjects
  }

  /// A cluster of `pods` pods with every other count derived in the proportions of a typical production cluster
  /// (10 pods per Deployment, 40 per node, 20 Deployments per namespace, 2.5 events per pod).
  public init(pods: Int) throws(ScaleSpecError) {
    self = try Self.derived(from: ["pods": pods])
  }

  /// Parses `key=value` pairs separated by commas; unspecified keys are derived from the given ones.
  public static func parse(_ text: String) throws(ScaleSpecError) -> ScaleSpec {
    var given = [String: Int]()
    for item in text.split(separator: ",", omittingEmptySubsequences: false) {
      let pair = item.trimmingCharacters(in: .whitespaces)
      if pair.isEmpty {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        throw ScaleSpecError("empty item in scale specification \"\(text)\"")
      }
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else { throw ScaleSpecError("expected key=value, got \"\(pair)\"") }
      let key = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
      let text = parts[1].trimmingCharacters(in: .whitespaces)
      guard keys.contains(key) else {
        throw ScaleSpecError("unknown scale key \"\(key)\" (known: \(keys.joined(separator: ", ")))")
      }
      guard given[key] == nil else { throw ScaleSpecError("scale key \"\(key)\" given twice") }
      guard !text.isEmpty, text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let value = Int(text) else {
        throw ScaleSpecError("invalid number \"\(text)\" for \(key)")
      }
      given[key] = value
    }
    return try derived(from: given)
  }

  /// Fills in what `given` leaves out, then checks that the counts fit together.
  static func derived(from given: [String: Int]) throws(ScaleSpecError) -> ScaleSpec {
    for (key, value) in given where value < 0 || value > maximum {
      throw ScaleSpecError("\(key)=\(value) is out of range (0...\(maximum))")
    }
    let pods = given["pods"] ?? given["deployments"].map { $0 * 10 } ?? 1000
    let deployments = given["deployments"] ?? (pods == 0 ? 0 : max(1, pods / 10))
    let namespaces = given["namespaces"] ?? max(1, (deployments + 19) / 20)
    let nodes = given["nodes"] ?? (pods == 0 ? 1 : max(1, (pods + 39) / 40))
    let nodepools = given["nodepools"] ?? min(nodes, 8, max(2, nodes / 100))
    let spec = ScaleSpec(
      pods: pods, events: given["events"] ?? pods * 5 / 2, nodes: nodes, namespaces: namespaces,
      deployments: deployments, nodepools: nodepools, scaledObjects: given["scaledobjects"] ?? deployments / 10)
    try spec.validate()
    return spec
  }

  /// Throws when the counts cannot describe one cluster.
  public func validate() throws(ScaleSpecError) {
    let all = [
      ("pods", pods), ("events", events), ("nodes", nodes), ("namespaces", namespaces),
      ("deployments", deployments), ("nodepools", nodepools), ("scaledobjects", scaledObjects),
    ]
    for (key, value) in all where value < 0 || value > Self.maximum {
      throw ScaleSpecError("\(key)=\(value) is out of range (0...\(Self.maximum))")
    }
    if pods > 0 && deployments == 0 {
      throw ScaleSpecError("pods=\(pods) needs deployments >= 1 (every pod belongs to a Deployment)")
    }
    if deployments > 0 && namespaces == 0 {
      throw ScaleSpecError("deployments=\(deployments) needs namespaces >= 1")
    }
    if scaledObjects > deployments {
      throw ScaleSpecError("scaledobjects=\(scaledObjects) exceeds deployments=\(deployments) (one per Deployment)")
    }
    if events > 0 && pods == 0 {
      throw ScaleSpecError("events=\(events) needs pods >= 1 (events are about pods)")
    }
    if nodepools > 0 && nodes < nodepools {
      throw ScaleSpecError("nodepools=\(nodepools) needs at least as many nodes (nodes=\(nodes))")
    }
  }
}
