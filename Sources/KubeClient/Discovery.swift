import ByteScanning
import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What the cluster serves: groups, versions and resources, from aggregated discovery (two requests)
/// or the legacy per-group documents, cached on disk per server.
public actor Discovery {
  let client: KubeClient
  let cache: DiscoveryCache?
  private var resources: [APIResourceInfo]?
  private var fromCache = false
  private var inFlight: Task<[APIResourceInfo], Error>?

  public init(client: KubeClient, cache: DiscoveryCache?) {
    self.client = client
    self.cache = cache
  }

  /// Every served resource (all versions), sorted by group, version, resource.
  public func allResources() async throws -> [APIResourceInfo] {
    if let resources { return resources }
    if let cached = cache?.load(server: client.server.absoluteString) {
      resources = cached
      fromCache = true
      return cached
    }
    return try await refresh()
  }

  /// Fetches discovery from the server and rewrites the cache.
  /// Callers arriving while a fetch is in flight share it: the actor is re-entered at every `await`, and
  /// concurrent lists would otherwise each fetch discovery again.
  @discardableResult
  public func refresh() async throws -> [APIResourceInfo] {
    if let inFlight { return try await inFlight.value }
    let task = Task { try await fetch() }
    inFlight = task
    defer { inFlight = nil }
    let fetched = try await task.value
    resources = fetched
    fromCache = false
    cache?.store(fetched, server: client.server.absoluteString)
    return fetched
  }

  /// The versions of `group` the server serves, preferred first; empty when the group is absent.
  /// A cached answer that lacks the group is checked against the server once (a CRD may be new).
  public func servedVersions(group: String) async throws -> [String] {
    var versions = Self.versions(of: group, in: try await allResources())
    if versions.isEmpty && fromCache {
      versions = Self.versions(of: group, in: try await refresh())
    }
    return versions
  }

  /// The preferred served version of `resource` in `group`, or nil.
  public func find(group: String, resource: String) async throws -> APIResourceInfo? {
    var match = try await allResources().first { $0.group == group && $0.resource == resource }
    if match == nil && fromCache {
      match = try await refresh().first { $0.group == group && $0.resource == resource }
    }
    return match
  }

  /// Of the scale targets named `apiVersion/Kind` (`apps/v1/Deployment`, `argoproj.io/v1alpha1/Rollout`), those
  /// the server does not serve, so that no such object can exist, and those it serves without a `scale`
  /// subresource (a DaemonSet; a custom resource whose CRD declares none), which neither the HPA nor KEDA can
  /// scale. A cached answer that finds any is checked against the server once (a CRD may be new, or changed).
  public func unusableScaleTargets(_ kinds: Set<String>) async throws -> (
    unserved: Set<String>, unscalable: Set<String>
  ) {
    guard !kinds.isEmpty else { return ([], []) }
    var result = Self.unusableScaleTargets(kinds, in: try await allResources())
    if fromCache, !result.unserved.isEmpty || !result.unscalable.isEmpty {
      result = Self.unusableScaleTargets(kinds, in: try await refresh())
    }
    return result
  }

  static func unusableScaleTargets(_ kinds: Set<String>, in all: [APIResourceInfo]) -> (
    unserved: Set<String>, unscalable: Set<String>
  ) {
    var scalable: [String: Bool] = [:]
    for info in all {
      let kind = "\(info.resourceKind.apiVersion)/\(info.kind)"
      guard kinds.contains(kind) else { continue }
      scalable[kind] = scalable[kind] == true || info.subresources.contains("scale")
    }
    return (kinds.filter { scalable[$0] == nil }, kinds.filter { scalable[$0] == false })
  }

  /// Resolves what a user typed (`po`, `pods`, `Pod`, `deployment`, `deployments.apps`, `deploy.apps`,
  /// `deployments.v1.apps`, `nodepool`) to resources, preferred version first, as kubectl's RESTMapper does.
  /// A cached answer without a match is checked against the server once (a CRD may be new).
  ///
  /// kubectl's order (`schema.ParseResourceArg`): with two dots or more, `resource.version.group` as a fully
  /// specified resource first; failing that, or with one dot, everything after the first dot is the group
  /// (`events.events.k8s.io`, `nodepools.karpenter.sh`).
  public func resolve(_ text: String) async throws -> [APIResourceInfo] {
    if let firstDot = text.firstIndex(of: "."), case let rest = text[text.index(after: firstDot)...],
      let secondDot = rest.firstIndex(of: ".")
    {
      let exact = try await resolve(
        String(text[..<firstDot]), group: String(rest[rest.index(after: secondDot)...]),
        version: String(rest[..<secondDot]))
      if !exact.isEmpty { return exact }
    }
    var matches = Self.matches(text, in: try await allResources())
    if matches.isEmpty && fromCache {
      matches = Self.matches(text, in: try await refresh())
    }
    return matches
  }

  /// kubectl's RESTMapper.ResourceFor on a fully specified resource, group and version (`deployments`, `apps`,
  /// `v1`; `deploy`, `Deployment` and short names too): the resource as served in exactly that version, or
  /// nothing. A cached answer without a match is checked against the server once (a CRD may be new).
  public func resolve(_ resource: String, group: String, version: String) async throws -> [APIResourceInfo] {
    var matches = Self.matches(resource, group: group, version: version, in: try await allResources())
    if matches.isEmpty && fromCache {
      matches = Self.matches(resource, group: group, version: version, in: try await refresh())
    }
    return matches
  }

  static func matches(_ resource: String, group: String, version: String, in all: [APIResourceInfo])
    -> [APIResourceInfo]
  {
    let name = resource.lowercased()
    return all.filter { info in
      info.group == group.lowercased() && info.version == version.lowercased()
        && (name == info.resource || name == info.kind.lowercased() || info.shortNames.contains(name))
    }
  }

  static func matches(_ text: String, in all: [APIResourceInfo]) -> [APIResourceInfo] {
    let name = text.lowercased()
    var matches = all.filter { info in
      let qualified = info.group.isEmpty ? info.resource : "\(info.resource).\(info.group)"
      let kindQualified = info.group.isEmpty ? info.kind.lowercased() : "\(info.kind.lowercased()).\(info.group)"
      return name == info.resource || name == qualified || name == info.kind.lowercased() || name == kindQualified
        || info.shortNames.contains(name) || info.shortNames.contains { "\($0).\(info.group)" == name }
    }
    // Keep one version per group: the first listed (preferred).
    var seen = Set<String>()
    matches = matches.filter { seen.insert("\($0.group)/\($0.resource)").inserted }
    return matches
  }

  static func versions(of group: String, in resources: [APIResourceInfo]) -> [String] {
    var seen = Set<String>()
    return resources.filter { $0.group == group }.map(\.version).filter { seen.insert($0).inserted }
  }

  static let aggregatedAccept =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    + "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json"

  private func fetch() async throws -> [APIResourceInfo] {
    async let core = fetchRoot(path: "/api")
    async let groups = fetchRoot(path: "/apis")
    return try await core + groups
  }

  /// One root: aggregated when the server answers with APIGroupDiscoveryList, else the legacy walk.
  private func fetchRoot(path: String) async throws -> [APIResourceInfo] {
    let response = try await client.send(method: "GET", path: path, accept: Self.aggregatedAccept)
    let contentType = response.header("Content-Type") ?? ""
    if Self.isAggregated(contentType) {
      let list = try client.decode(APIGroupDiscoveryList.self, from: response.body, path: path)
      return Self.flatten(list)
    }
    if path == "/api" {
      let versions = try client.decode(APIVersions.self, from: response.body, path: path)
      return try await legacyResources(groupVersions: versions.versions.map { ("", $0) })
    }
    let groups = try client.decode(APIGroupList.self, from: response.body, path: path)
    var pairs: [(String, String)] = []
    for group in groups.groups {
      // Preferred version first, as aggregated discovery orders them.
      let preferred = group.preferredVersion?.version
      let ordered = group.versions.map(\.version).sorted { a, b in a == preferred && b != preferred }
      pairs += ordered.map { (group.name, $0) }
    }
    return try await legacyResources(groupVersions: pairs)
  }

  static func isAggregated(_ contentType: String) -> Bool {
    let parameters = contentType.split(separator: ";").map { $0.trimmingSpaces().lowercased() }
    return parameters.contains("g=apidiscovery.k8s.io") && parameters.contains("as=apigroupdiscoverylist")
  }

  private func legacyResources(groupVersions: [(String, String)]) async throws -> [APIResourceInfo] {
    let client = self.client
    return try await withThrowingTaskGroup(of: (Int, [APIResourceInfo]).self) { group in
      for (index, (name, version)) in groupVersions.enumerated() {
        group.addTask {
          let path = name.isEmpty ? "/api/\(version)" : "/apis/\(name)/\(version)"
          let list = try await client.getJSON(APIResourceList.self, path: path)
          return (index, Self.flatten(list, group: name, version: version))
        }
      }
      var results: [(Int, [APIResourceInfo])] = []
      for try await result in group { results.append(result) }
      return results.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
  }

  static func flatten(_ list: APIGroupDiscoveryList) -> [APIResourceInfo] {
    var result: [APIResourceInfo] = []
    for group in list.items ?? [] {
      let groupName = group.metadata?.name ?? ""
      for version in group.versions ?? [] {
        for resource in version.resources ?? [] {
          result.append(
            APIResourceInfo(
              group: groupName, version: version.version, resource: resource.resource,
              kind: resource.responseKind?.kind ?? "", namespaced: resource.scope == "Namespaced",
              verbs: resource.verbs ?? [], shortNames: resource.shortNames ?? [],
              categories: resource.categories ?? [], subresources: (resource.subresources ?? []).map(\.subresource)))
        }
      }
    }
    return result
  }

  static func flatten(_ list: APIResourceList, group: String, version: String) -> [APIResourceInfo] {
    var byName: [String: APIResourceInfo] = [:]
    var order: [String] = []
    var subresources: [String: [String]] = [:]
    for resource in list.resources {
      let parts = resource.name.split(separator: "/", maxSplits: 1).map(String.init)
      if parts.count == 2 {
        subresources[parts[0], default: []].append(parts[1])
        continue
      }
      order.append(resource.name)
      byName[resource.name] = APIResourceInfo(
        group: group, version: version, resource: resource.name, kind: resource.kind, namespaced: resource.namespaced,
        verbs: resource.verbs ?? [], shortNames: resource.shortNames ?? [], categories: resource.categories ?? [])
    }
    return order.compactMap { name in
      guard var info = byName[name] else { return nil }
      info.subresources = subresources[name] ?? []
      return info
    }
  }
}

/// Discovery results on disk, one file per server, trusted for `ttl`.
public struct DiscoveryCache: Sendable {
  public var directory: String
  public var ttl: TimeInterval
  public var now: @Sendable () -> Date

  public init(directory: String, ttl: TimeInterval = 600, now: @escaping @Sendable () -> Date = Date.init) {
    self.directory = directory
    self.ttl = ttl
    self.now = now
  }

  /// `$XDG_CACHE_HOME/lamp/discovery`, else `~/.cache/lamp/discovery`.
  public static func defaultDirectory(environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/lamp/discovery" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.cache/lamp/discovery" }
    return nil
  }

  private struct Entry: Codable {
    var server: String
    var fetched: Date
    var resources: [APIResourceInfo]
  }

  func file(for server: String) -> String {
    let safe = server.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" ? $0 : "_" }
    return directory + "/" + String(safe) + ".json"
  }

  func load(server: String) -> [APIResourceInfo]? {
    guard let data = FileManager.default.contents(atPath: file(for: server)) else { return nil }
    // A damaged or foreign cache file is simply refetched.
    guard let entry = try? JSONSlice.decode(Entry.self, from: data), entry.server == server else { return nil }
    let age = now().timeIntervalSince(entry.fetched)
    guard age >= 0, age < ttl else { return nil }
    return entry.resources
  }

  func store(_ resources: [APIResourceInfo], server: String) {
    // Times as metav1.Time, which JSONSlice reads (JSONEncoder's default is seconds since 2001).
    guard let data = try? KubeJSON.encoder().encode(Entry(server: server, fetched: now(), resources: resources)) else {
      return
    }
    // The cache is an optimisation: failing to write it must not fail the command.
    try? PrivateFile.write(data, to: file(for: server))
  }
}
