import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Lists, concurrently, the kinds a map request needs and gathers them into a `MapSnapshot`. A kind the user may
/// not list becomes a warning naming the missing permission (the rest is still drawn); custom resources whose CRD
/// is not served (Karpenter, KEDA, Gateway API) are skipped silently.
public struct MapQuery: Sendable {
  public let client: KubeClient
  public let discovery: Discovery

  /// Creates a query over a connected client.
  public init(client: KubeClient, discovery: Discovery) {
    self.client = client
    self.discovery = discovery
  }

  /// What to list.
  public struct Options: Sendable {
    /// nil: all namespaces. Cluster-scoped kinds are always listed whole.
    public var namespace: String?
    /// `-l`: only pods with these labels.
    public var labelSelector: String?
    /// The kinds to list.
    public var kinds: Set<MapKind>
    /// Only pods on this node (exact name), through a field selector.
    public var nodeName: String?

    /// Creates options; by default every kind in all namespaces.
    public init(
      namespace: String? = nil, labelSelector: String? = nil, kinds: Set<MapKind> = Set(MapKind.allCases),
      nodeName: String? = nil
    ) {
      self.namespace = namespace
      self.labelSelector = labelSelector
      self.kinds = kinds
      self.nodeName = nodeName
    }
  }

  /// The snapshot and what could not be read.
  public struct Result: Sendable {
    public var snapshot: MapSnapshot
    /// Sorted one-line messages (`missing permission: list secrets in namespace "shop"; …`).
    public var warnings: [String]
    /// The kinds that may not be listed, each with its warning.
    public var forbidden: [MapKind: String] = [:]
    /// Whether any list was read: none is when every kind is forbidden (or not served).
    public var listedAny = false
  }

  /// Runs the query.
  public func run(_ options: Options) async throws -> Result {
    var snapshot = MapSnapshot()
    snapshot.namespace = options.namespace
    var warnings: [String] = []
    var forbidden: [MapKind: String] = [:]
    var listedAny = false
    // Read discovery once before fanning out, so concurrent lookups of custom kinds share one fetch.
    if options.kinds.contains(where: { $0.customGroup != nil }) { _ = try await discovery.allResources() }
    try await withThrowingTaskGroup(of: MapListing.self) { group in
      for kind in options.kinds {
        group.addTask { try await self.listing(kind, options) }
      }
      if options.kinds.contains(.service) {
        group.addTask { try await self.endpoints(options) }
      }
      for try await listing in group {
        if let warning = listing.warning { warnings.append(warning) }
        switch listing {
        case .forbidden(let kind, let warning): if let kind { forbidden[kind] = warning }
        case .notServed: break
        default: listedAny = true
        }
        listing.apply(to: &snapshot)
      }
    }
    return Result(snapshot: snapshot, warnings: warnings.sorted(), forbidden: forbidden, listedAny: listedAny)
  }

  /// Lists one kind.
  func listing(_ kind: MapKind, _ options: Options) async throws -> MapListing {
    guard let resource = try await resourceKind(kind) else { return .notServed }
    let namespace = resource.namespaced ? options.namespace : nil
    do {
      return try await MapListing.fetch(
        kind, resource: resource, client: client, namespace: namespace, options: options)
    } catch let error as KubeError where error.isForbidden {
      return .forbidden(kind, Self.permissionWarning(resource, namespace: namespace))
    } catch let error as KubeError where error.isNotFound && kind.customGroup != nil {
      return .notServed
    }
  }

  /// Endpoints, for Services' status; without them Services fall back to their pods' readiness.
  func endpoints(_ options: Options) async throws -> MapListing {
    do {
      let items = try await client.resource(.endpoints, as: Endpoints.self, namespace: options.namespace).list().items
      return .endpoints(items)
    } catch let error as KubeError where error.isForbidden {
      let warning = ResourceKind.endpoints.missingListPermission(
        namespace: options.namespace, consequence: "endpoints are not read; Service status comes from pod readiness")
      return .forbidden(nil, warning)
    }
  }

  /// Where the kind lives: built in, or found through discovery (nil when not served).
  func resourceKind(_ kind: MapKind) async throws -> ResourceKind? {
    if let builtin = kind.builtinResource { return builtin }
    guard let group = kind.customGroup else { return nil }
    return try await discovery.find(group: group, resource: kind.plural)?.resourceKind
  }

  /// `missing permission: list secrets in namespace "shop"; secrets are not shown`.
  static func permissionWarning(_ kind: ResourceKind, namespace: String?) -> String {
    kind.missingListPermission(namespace: namespace, consequence: "\(kind.resource) are not shown")
  }
}
