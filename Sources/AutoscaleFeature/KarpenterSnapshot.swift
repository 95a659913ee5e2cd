import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What the `lamp karpenter` views are built from. A nil list was not readable (see `warnings`).
public struct KarpenterSnapshot: Sendable {
  /// `karpenter.sh/v1` or `karpenter.sh/v1beta1`, as discovery chose.
  public var apiVersion: String
  /// nil when not asked for or not readable.
  public var nodePools: [NodePool]?
  public var nodeClaims: [NodeClaim]?
  public var nodes: [Node]?
  public var pods: [Pod]?
  /// Node classes of every served provider kind that could be read; nil when not asked for.
  public var nodeClasses: NodeClassCatalog?
  public var warnings: [String]

  public init(
    apiVersion: String, nodePools: [NodePool]?, nodeClaims: [NodeClaim]? = nil, nodes: [Node]? = nil,
    pods: [Pod]? = nil, nodeClasses: NodeClassCatalog? = nil, warnings: [String] = []
  ) {
    self.apiVersion = apiVersion
    self.nodePools = nodePools
    self.nodeClaims = nodeClaims
    self.nodes = nodes
    self.pods = pods
    self.nodeClasses = nodeClasses
    self.warnings = warnings
  }
}
