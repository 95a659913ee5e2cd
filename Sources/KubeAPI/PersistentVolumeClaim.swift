#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 PersistentVolumeClaim: its volume, class and phase.
public struct PersistentVolumeClaim: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var volumeName: String?
    public var storageClassName: String?

    public init(volumeName: String? = nil, storageClassName: String? = nil) {
      self.volumeName = volumeName
      self.storageClassName = storageClassName
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// `Pending`, `Bound` or `Lost`.
    public var phase: String?
    public init(phase: String? = nil) { self.phase = phase }
  }
}
