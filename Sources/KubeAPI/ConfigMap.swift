#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 ConfigMap, metadata only: the graph needs to know it exists, not what it holds.
public struct ConfigMap: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public init(metadata: ObjectMeta) { self.metadata = metadata }
}
