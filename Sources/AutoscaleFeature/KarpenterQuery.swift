import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Fetches what `lamp karpenter` needs, concurrently: NodePools and NodeClaims in the version discovery
/// prefers (`karpenter.sh/v1`, else `v1beta1`), and as a view needs them nodes, pods and node classes. The
/// view's main kind must be readable; any other kind may be left out with a note.
public struct KarpenterQuery: Sendable {
  public let client: KubeClient
  public let discovery: Discovery

  public init(client: KubeClient, discovery: Discovery) {
    self.client = client
    self.discovery = discovery
  }

  /// What to fetch.
  public struct Needs: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let nodePools = Needs(rawValue: 16)
    public static let nodeClaims = Needs(rawValue: 1)
    public static let nodes = Needs(rawValue: 2)
    public static let pods = Needs(rawValue: 4)
    public static let nodeClasses = Needs(rawValue: 8)
  }

  /// The NodePool and NodeClaim kinds in the served version; throws when Karpenter is not installed.
  public func kinds() async throws -> (nodePools: ResourceKind, nodeClaims: ResourceKind) {
    let versions = try await discovery.servedVersions(group: "karpenter.sh")
    // The group may be served for NodeClaims alone, after the NodePool CRD was deleted.
    guard let version = ["v1", "v1beta1"].first(where: versions.contains),
      try await discovery.find(group: "karpenter.sh", resource: "nodepools") != nil
    else {
      throw AutoscaleError.karpenterNotInstalled
    }
    var pools = NodePool.resourceKind
    pools.version = version
    var claims = NodeClaim.resourceKind
    claims.version = version
    return (pools, claims)
  }

  /// Runs the query; `main` (`.nodePools` or `.nodeClaims`, one of `needs`) must be readable, else it throws;
  /// `labelSelector` applies to NodeClaims.
  public func snapshot(_ needs: Needs, main: Needs = .nodePools, labelSelector: String? = nil) async throws
    -> KarpenterSnapshot
  {
    let (poolKind, claimKind) = try await kinds()
    // The kind the command is about must be served: an empty list would read as "none".
    if main == .nodeClaims, try await discovery.find(group: claimKind.group, resource: claimKind.resource) == nil {
      throw AutoscaleError.kindNotServed(kind: "NodeClaim", group: claimKind.group)
    }
    let client = self.client
    async let pools =
      needs.contains(.nodePools)
      ? Fetched<NodePool>.list(
        client, poolKind, NodePool.self, namespace: nil, consequence: "NodePools are not shown")
      : Fetched<NodePool>(items: nil)
    async let claims =
      needs.contains(.nodeClaims)
      ? Fetched<NodeClaim>.list(
        client, claimKind, NodeClaim.self, namespace: nil, options: ListOptions(labelSelector: labelSelector),
        consequence: "NodeClaims are not shown")
      : Fetched<NodeClaim>(items: nil)
    async let nodes =
      needs.contains(.nodes)
      ? Fetched<Node>.list(client, .nodes, Node.self, namespace: nil, consequence: "node counts come from NodeClaims")
      : Fetched<Node>(items: nil)
    async let pods =
      needs.contains(.pods)
      ? Fetched<Pod>.list(client, .pods, Pod.self, namespace: nil, consequence: "REQUESTED and PODS are unknown")
      : Fetched<Pod>(items: nil)
    async let classes = needs.contains(.nodeClasses) ? nodeClasses() : (catalog: nil, warning: nil)

    let (poolList, claimList) = try await (pools, claims)
    if main == .nodePools, poolList.notServed { throw AutoscaleError.karpenterNotInstalled }
    if main == .nodeClaims, claimList.notServed {
      throw AutoscaleError.kindNotServed(kind: "NodeClaim", group: claimKind.group)
    }
    if main == .nodePools, poolList.items == nil {
      throw AutoscaleError.forbidden(poolKind.listPermission(namespace: nil) + "; NodePools cannot be shown")
    }
    if main == .nodeClaims, claimList.items == nil {
      throw AutoscaleError.forbidden(claimKind.listPermission(namespace: nil) + "; NodeClaims cannot be shown")
    }
    let (nodeList, podList, classList) = try await (nodes, pods, classes)
    let warnings = [poolList.warning, claimList.warning, nodeList.warning, podList.warning, classList.warning]
      .compactMap { $0 }
    return KarpenterSnapshot(
      apiVersion: poolKind.apiVersion, nodePools: poolList.items, nodeClaims: claimList.items, nodes: nodeList.items,
      pods: podList.items?.filter(Self.occupiesNode), nodeClasses: classList.catalog,
      warnings: warnings.sorted())
  }

  /// Pods that hold resources on a node: bound and not finished.
  static func occupiesNode(_ pod: Pod) -> Bool {
    guard let node = pod.spec?.nodeName, !node.isEmpty else { return false }
    return pod.status?.phase != "Succeeded" && pod.status?.phase != "Failed"
  }

  /// The node classes of every served provider kind, with a note for each kind that may not be listed.
  func nodeClasses() async throws -> (catalog: NodeClassCatalog?, warning: String?) {
    let (catalog, forbidden) = try await NodeClassCatalog.list(client, discovery: discovery)
    let warning = forbidden.first?.missingListPermission(namespace: nil, consequence: "node class readiness is unknown")
    return (catalog, warning)
  }
}
