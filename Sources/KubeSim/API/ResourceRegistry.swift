import KubeAPI

/// The set of served resources: built-ins plus the custom resources of registered CRDs.
struct ResourceRegistry: Sendable {
  private(set) var types: [ResourceType]
  /// `group/version/plural` → index into `types`.
  private var byPath: [String: Int] = [:]
  /// CRD name → registered type (to replace or remove it when the CRD changes).
  private var crdTypes: [String: ResourceType] = [:]
  /// Group names (and API groups) that must never be served, for tests that hide a kind.
  private let hiddenGroups: Set<String>

  init(builtins: [ResourceType] = BuiltinResources.all, hiddenGroups: Set<String> = []) {
    self.hiddenGroups = hiddenGroups
    self.types = builtins.filter { !hiddenGroups.contains($0.group) }
    reindex()
  }

  private mutating func reindex() {
    byPath = [:]
    for (index, type) in types.enumerated() {
      for version in type.versions {
        byPath["\(type.group)/\(version)/\(type.plural)"] = index
      }
    }
  }

  /// The type served at `group/version/plural`.
  func lookup(group: String, version: String, plural: String) -> ResourceType? {
    byPath["\(group)/\(version)/\(plural)"].map { types[$0] }
  }

  /// The type whose objects carry `apiVersion` and `kind`.
  func lookup(apiVersion: String, kind: String) -> ResourceType? {
    let (group, version) = Self.split(apiVersion: apiVersion)
    return types.first {
      $0.group == group && $0.kind == kind && $0.versions.contains(version) && $0.behavior == .stored
    }
  }

  /// The type whose collection holds objects stored under `storageKey`, in its own group (not an alias).
  func primary(storageKey: String) -> ResourceType? {
    types.first { $0.storageKey == storageKey && "\($0.group)/\($0.plural)" == storageKey }
  }

  /// Every type stored in the collection (events: core and events.k8s.io).
  func views(storageKey: String) -> [ResourceType] {
    types.filter { $0.storageKey == storageKey }
  }

  /// True when `group/version` is served.
  func serves(group: String, version: String) -> Bool {
    types.contains { $0.group == group && $0.versions.contains(version) }
  }

  /// Named groups in discovery order: built-in order first, then CRD groups sorted.
  var groups: [String] {
    var seen: Set<String> = []
    var result: [String] = []
    for type in types where !type.group.isEmpty && !seen.contains(type.group) {
      seen.insert(type.group)
      result.append(type.group)
    }
    return result
  }

  /// The versions of `group`, preferred first.
  func versions(of group: String) -> [String] {
    var result: [String] = []
    for type in types where type.group == group {
      for version in type.versions where !result.contains(version) { result.append(version) }
    }
    return result.sorted { Self.versionPriority($0) > Self.versionPriority($1) }
  }

  /// Types served at `group/version`, in registration order.
  func types(group: String, version: String) -> [ResourceType] {
    types.filter { $0.group == group && $0.versions.contains(version) }
  }

  /// Registers (or re-registers) the resource a CRD defines; returns false when the CRD serves nothing.
  @discardableResult
  mutating func register(crd: JSONValue) throws(StatusError) -> Bool {
    let definition = try CRDDefinition(crd)
    unregister(crdName: definition.crdName)
    guard var type = definition.resourceType, !hiddenGroups.contains(type.group) else { return false }
    if types.contains(where: { $0.group == type.group && $0.plural == type.plural }) {
      throw StatusError.badRequest("resource \(type.plural).\(type.group) is already served")
    }
    type.isCustom = true
    crdTypes[definition.crdName] = type
    types.append(type)
    reindex()
    return true
  }

  /// Removes the resource of a deleted CRD.
  mutating func unregister(crdName: String) {
    guard let existing = crdTypes.removeValue(forKey: crdName) else { return }
    types.removeAll { $0.isCustom && $0.group == existing.group && $0.plural == existing.plural }
    reindex()
  }

  static func split(apiVersion: String) -> (group: String, version: String) {
    guard let slash = apiVersion.firstIndex(of: "/") else { return ("", apiVersion) }
    return (String(apiVersion[..<slash]), String(apiVersion[apiVersion.index(after: slash)...]))
  }

  /// Kubernetes version priority: GA > beta > alpha, higher numbers first; others last.
  static func versionPriority(_ version: String) -> Int {
    let pattern = version.utf8
    guard pattern.first == UInt8(ascii: "v") else { return 0 }
    let body = version.dropFirst()
    let digits = body.prefix { $0.isNumber }
    guard let major = Int(digits) else { return 0 }
    let rest = body.dropFirst(digits.count)
    if rest.isEmpty { return 3_000_000 + major * 1000 }
    for (label, base) in [("beta", 2_000_000), ("alpha", 1_000_000)] where rest.hasPrefix(label) {
      let minor = Int(rest.dropFirst(label.count)) ?? 0
      return base + major * 1000 + minor
    }
    return 0
  }
}
