#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `-o json|yaml` document of `lamp karpenter nodepools`:
///
/// ```
/// apiVersion: lamp/v1
/// kind: NodePoolList
/// karpenterVersion: karpenter.sh/v1
/// items: [NodePoolSummary]   # sorted by name
/// warnings: [ … ]            # what could not be read
/// ```
public struct NodePoolList: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "NodePoolList"
  public var karpenterVersion: String
  public var items: [NodePoolSummary]
  public var warnings: [String]

  public init(karpenterVersion: String, items: [NodePoolSummary], warnings: [String]) {
    self.karpenterVersion = karpenterVersion
    self.items = items
    self.warnings = warnings
  }
}
