import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Builds `NodePoolSummary` rows from a snapshot: joins nodes to pools by the `karpenter.sh/nodepool` label,
/// sums pod requests per node, and reads limits and `status.resources` with exact quantity arithmetic.
public enum NodePoolSummarizer {
  /// One summary per pool, sorted by name.
  public static func summaries(_ snapshot: KarpenterSnapshot) -> [NodePoolSummary] {
    let nodesByPool = Dictionary(grouping: snapshot.nodes ?? []) { $0.labels["karpenter.sh/nodepool"] ?? "" }
    let podsByNode = snapshot.pods.map { pods in Dictionary(grouping: pods) { $0.spec?.nodeName ?? "" } }
    let claimsByPool = Dictionary(grouping: snapshot.nodeClaims ?? []) { $0.nodePoolName ?? "" }
    return (snapshot.nodePools ?? []).sorted { $0.metadata.name < $1.metadata.name }.map { pool in
      let name = pool.metadata.name
      return summary(
        pool, nodes: snapshot.nodes.map { _ in nodesByPool[name] ?? [] }, podsByNode: podsByNode,
        claims: snapshot.nodeClaims.map { _ in claimsByPool[name] ?? [] }, classes: snapshot.nodeClasses)
    }
  }

  static func summary(
    _ pool: NodePool, nodes: [Node]?, podsByNode: [String: [Pod]]?, claims: [NodeClaim]?, classes: NodeClassCatalog?
  ) -> NodePoolSummary {
    let provisioned = pool.provisioned
    var resources: [String: NodePoolSummary.Usage] = [:]
    for resource in Set(["cpu", "memory"]).union(pool.limits.keys) {
      resources[resource] = NodePoolSummary.Usage(
        used: provisioned[resource] ?? .zero, limit: pool.limits[resource])
    }
    var requested: [String: NodePoolSummary.Usage] = [:]
    var podCount: Int? = nil
    if let nodes, let podsByNode {
      let pods = nodes.flatMap { podsByNode[$0.metadata.name] ?? [] }
      podCount = pods.count
      for resource in ["cpu", "memory"] {
        let used = pods.compactMap { $0.resourceRequests[resource] }.sum()
        let allocatable = nodes.compactMap { $0.status?.allocatable?[resource] }.sum()
        requested[resource] = NodePoolSummary.Usage(used: used, limit: allocatable)
      }
    }
    let nodeCount: NodePoolSummary.NodeCount
    if let nodes {
      // A NodeClaim without a node yet is a node on its way: it counts in the total, not as ready.
      nodeCount = NodePoolSummary.NodeCount(
        ready: nodes.filter(\.isReady).count, total: max(nodes.count, claims?.count ?? 0))
    } else {
      // Without the nodes, the claims' own Ready condition (launched, registered and initialized) stands in.
      let total = Int(provisioned["nodes"]?.value ?? Int64(claims?.count ?? 0))
      let ready = claims.map { $0.filter { $0.conditions.condition("Ready")?.isTrue == true }.count }
      nodeCount = NodePoolSummary.NodeCount(ready: ready, total: total)
    }
    return NodePoolSummary(
      name: pool.metadata.name, nodeClass: nodeClass(pool, classes: classes),
      nodes: nodeCount,
      resources: resources, requested: requested, pods: podCount, weight: pool.spec?.weight,
      disruption: pool.spec?.disruption,
      ready: pool.conditions.condition("Ready").map(NodePoolSummary.ConditionInfo.init) ?? .unknown,
      created: pool.metadata.creationTimestamp, allowed: allowed(pool))
  }

  /// The referenced class; `found` and `ready` stay nil when its kind is not served or not readable.
  static func nodeClass(_ pool: NodePool, classes: NodeClassCatalog?) -> NodePoolSummary.NodeClassInfo? {
    guard let reference = pool.spec?.template?.spec?.nodeClassRef else { return nil }
    let (found, ready): (Bool?, Bool?)
    switch classes?.standing(of: reference) ?? .unknown {
    case .unknown: (found, ready) = (nil, nil)
    case .missing: (found, ready) = (false, nil)
    case .notReady: (found, ready) = (true, false)
    case .ready: (found, ready) = (true, true)
    }
    return NodePoolSummary.NodeClassInfo(
      group: reference.resolvedGroup, kind: reference.resolvedKind, name: reference.name, found: found, ready: ready)
  }

  static func allowed(_ pool: NodePool) -> NodePoolSummary.Allowed {
    NodePoolSummary.Allowed(
      capacityTypes: values(pool, keys: ["karpenter.sh/capacity-type"]),
      zones: values(pool, keys: ["topology.kubernetes.io/zone"]),
      architectures: values(pool, keys: ["kubernetes.io/arch"]),
      instanceFamilies: values(
        pool,
        keys: [
          "karpenter.k8s.aws/instance-family", "eks.amazonaws.com/instance-family", "karpenter.azure.com/sku-family",
          "karpenter.k8s.aws/instance-category", "eks.amazonaws.com/instance-category",
        ]))
  }

  /// The values the first constrained key allows (`NodePoolFit.allowedValues`), else `any`.
  static func values(_ pool: NodePool, keys: [String]) -> [String] {
    keys.lazy.compactMap { NodePoolFit.allowedValues(of: $0, in: pool) }.first ?? ["any"]
  }
}
