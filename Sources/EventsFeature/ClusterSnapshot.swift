import Foundation
import KubeAPI

/// What the classifier looks at: pods, events, and when known nodes, Karpenter NodePools and workload
/// controllers. `nil` means "not known" (not allowed or not served), which is different from "none".
public struct ClusterSnapshot: Sendable {
  public var pods: [Pod]
  public var events: [ClusterEvent]
  public var nodes: [Node]?
  public var nodePools: [NodePool]?
  /// ReplicaSets, Jobs, ... with `kind` set: used to name the owning Deployment of a failing ReplicaSet.
  public var workloads: [Workload]

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
