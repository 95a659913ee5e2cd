#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 ServiceAccount: metadata and its image pull Secrets.
public struct ServiceAccount: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var imagePullSecrets: [LocalObjectReference]?

  public init(metadata: ObjectMeta, imagePullSecrets: [LocalObjectReference]? = nil) {
    self.metadata = metadata
    self.imagePullSecrets = imagePullSecrets
  }
}
