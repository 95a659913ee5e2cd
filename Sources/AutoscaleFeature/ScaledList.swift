#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `-o json|yaml` document of `lamp keda scaled`:
///
/// ```
/// apiVersion: lamp/v1
/// kind: ScaledList
/// namespace: shop          # absent for all namespaces
/// items: [ScaledSummary]   # sorted by namespace, name, kind
/// warnings: [ … ]
/// ```
public struct ScaledList: Sendable, Encodable {
  public var apiVersion = "lamp/v1"
  public var kind = "ScaledList"
  public var namespace: String?
  public var items: [ScaledSummary]
  public var warnings: [String]

  public init(namespace: String?, items: [ScaledSummary], warnings: [String]) {
    self.namespace = namespace
    self.items = items
    self.warnings = warnings
  }
}
