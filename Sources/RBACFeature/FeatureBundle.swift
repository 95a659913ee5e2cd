/// The permissions one of lamp's features (or an integration such as Headlamp's Prometheus charts) needs:
/// what `lamp rbac check FEATURE` asks the server about.
public struct FeatureBundle: Sendable, Hashable, Codable {
  public var name: String
  public var summary: String
  public var needs: [PermissionNeed]

  public init(name: String, summary: String, needs: [PermissionNeed]) {
    self.name = name
    self.summary = summary
    self.needs = needs
  }

  /// Every bundle, `all` last.
  public static var catalog: [FeatureBundle] {
    let features = [events, map, karpenter, keda, secrets, ask, askWrite, prometheus]
    return features + [FeatureBundle(name: "all", summary: "Every feature above.", needs: [])]
  }

  /// The bundle with this name; `all` expands to every other bundle.
  public static func named(_ name: String) throws(FeatureBundleError) -> [FeatureBundle] {
    let catalog = catalog
    if name == "all" { return catalog.filter { $0.name != "all" } }
    guard let bundle = catalog.first(where: { $0.name == name }) else {
      throw .unknown(name, known: catalog.map(\.name))
    }
    return [bundle]
  }

  /// True when the word names a bundle (so `lamp rbac check events` is a bundle, `check get pods` a permission).
  public static func isBundleName(_ word: String) -> Bool {
    catalog.contains { $0.name == word }
  }
}

/// A feature name lamp does not know.
public enum FeatureBundleError: Error, Sendable, Equatable, CustomStringConvertible {
  case unknown(String, known: [String])

  public var description: String {
    switch self {
    case .unknown(let name, let known):
      "unknown feature \"\(name)\" (known: \(known.joined(separator: ", ")))"
    }
  }
}
