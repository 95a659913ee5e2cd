import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What the classifier looks at: pods, events, and when known nodes, Karpenter NodePools and their node classes,
/// and workload controllers. `nil` means "not known" (not allowed or not served), which is different from "none".
public struct ClusterSnapshot: Sendable {
  public var pods: [Pod] { didSet { eventIndex = nil } }
  public var events: [ClusterEvent] { didSet { eventIndex = nil } }
  public var nodes: [Node]?
  public var nodePools: [NodePool]?
  /// The node classes the NodePools name, when any do and their kinds could be read.
  public var nodeClasses: NodeClassCatalog?
  /// NodeClaims that Karpenter nominated pods to and that are gone or being deleted: their node is not on the way.
  public var goneNodeClaims: Set<String> = []
  /// ReplicaSets, Jobs, ... with `kind` set: used to name the owning Deployment of a failing ReplicaSet.
  public var workloads: [Workload]
  /// The time of the snapshot (the command's clock): a container running between two crashes of a crash loop is
  /// told from one that recovered by how long ago it started. nil: that rule is off.
  public var now: Date?
  /// The events indexed by object ahead of time (by `EventsQuery`, while it still fetched pods), covering every
  /// pod of `pods` that may be stuck; dropped when the pods or events change.
  var eventIndex: EventIndex?

  public init(
    pods: [Pod], events: [ClusterEvent], nodes: [Node]? = nil, nodePools: [NodePool]? = nil,
    workloads: [Workload] = []
  ) {
    self.pods = pods
    self.events = events
    self.nodes = nodes
    self.nodePools = nodePools
    self.workloads = workloads
  }
}
