#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A storage.k8s.io/v1 StorageClass: name and provisioner.
public struct StorageClass: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var provisioner: String?

  public init(metadata: ObjectMeta, provisioner: String? = nil) {
    self.metadata = metadata
    self.provisioner = provisioner
  }
}
