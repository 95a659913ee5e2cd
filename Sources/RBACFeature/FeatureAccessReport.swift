import KubeAPI
import KubeClient

/// The answers for every need of some feature bundles: one row per distinct permission, whether the features
/// can work (every need allowed, one of each group of alternatives), and what is missing.
public struct FeatureAccessReport: Sendable {
  /// One asked permission and the server's answer.
  public struct Entry: Sendable, Hashable {
    public var spec: PermissionSpec
    public var check: AccessCheck
  }

  /// In bundle order; a permission several features need appears once, naming them all.
  public var entries: [Entry]

  /// The answers alone, for output.
  public var checks: [AccessCheck] { entries.map(\.check) }

  /// True when every need is allowed (for alternatives: at least one of them).
  public var satisfied: Bool { missing.isEmpty }

  /// What would have to be granted: each denied need, and the first of each group of alternatives all denied;
  /// each permission once, and none in a namespace that a cluster-wide grant in the list already covers.
  public var missing: [PermissionSpec] {
    var result: [PermissionSpec] = []
    var seenGroups = Set<String>()
    for (spec, check) in entries.map({ ($0.spec, $0.check) }) where !check.allowed {
      if let group = check.alternatives {
        let members = checks.filter { $0.alternatives == group }
        if members.contains(where: \.allowed) || seenGroups.contains(group) { continue }
        seenGroups.insert(group)
      }
      if !result.contains(spec) { result.append(spec) }
    }
    return result.filter { spec in !result.contains { $0.coversInNamespace(spec) } }
  }

  public init(entries: [Entry]) {
    self.entries = entries
  }

  /// Asks the server about every need on a kind it serves, concurrently; `namespace` empty means all namespaces.
  /// A kind it does not serve (another provider's node classes, KEDA or Karpenter not installed) is read by no
  /// command there, so it is neither asked about nor granted; events are asked about in the group lamp reads them
  /// from (`PermissionNeed.served(by:)`).
  public static func run(
    _ bundles: [FeatureBundle], namespace: String, client: KubeClient, discovery: Discovery
  ) async throws -> FeatureAccessReport {
    var rows: [(spec: PermissionSpec, features: [String], purposes: [String], alternatives: String?)] = []
    for bundle in bundles {
      for listed in bundle.needs {
        guard let need = try await listed.served(by: discovery) else { continue }
        let spec = need.spec(namespace: namespace)
        let alternatives = need.alternatives.map { bundle.name + ":" + $0 }
        if let index = rows.firstIndex(where: { $0.spec == spec && $0.alternatives == nil && alternatives == nil }) {
          if !rows[index].features.contains(bundle.name) { rows[index].features.append(bundle.name) }
          if !rows[index].purposes.contains(need.purpose) { rows[index].purposes.append(need.purpose) }
        } else {
          rows.append((spec, [bundle.name], [need.purpose], alternatives))
        }
      }
    }
    let answers = try await withThrowingTaskGroup(of: (Int, AccessCheck).self) { group in
      for (index, row) in rows.enumerated() {
        group.addTask { (index, try await AccessCheck.ask(row.spec, client: client)) }
      }
      var answers: [Int: AccessCheck] = [:]
      for try await (index, check) in group { answers[index] = check }
      return answers
    }
    var entries: [Entry] = []
    for (index, row) in rows.enumerated() {
      guard var check = answers[index] else { continue }
      check.features = row.features
      check.purpose = row.purposes.joined(separator: "; ")
      check.alternatives = row.alternatives
      entries.append(Entry(spec: row.spec, check: check))
    }
    return FeatureAccessReport(entries: entries)
  }
}
