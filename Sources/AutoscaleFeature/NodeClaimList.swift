import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `-o json|yaml` document of `lamp karpenter nodeclaims`: `apiVersion: lamp/v1`, `kind: NodeClaimList`,
/// `karpenterVersion`, `items` (sorted by NodePool, then name) and `warnings`.
public struct NodeClaimList: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "NodeClaimList"
  public var karpenterVersion: String
  public var items: [NodeClaimSummary]
  public var warnings: [String]

  public init(karpenterVersion: String, items: [NodeClaimSummary], warnings: [String]) {
    self.karpenterVersion = karpenterVersion
    self.items = items
    self.warnings = warnings
  }

  /// Summaries of the claims, optionally of one pool, sorted by pool then name.
  public static func summaries(_ claims: [NodeClaim], nodePool: String? = nil) -> [NodeClaimSummary] {
    claims.filter { nodePool == nil || $0.nodePoolName == nodePool }.map(NodeClaimSummary.init).sorted {
      ($0.nodePool ?? "", $0.name) < ($1.nodePool ?? "", $1.name)
    }
  }
}
