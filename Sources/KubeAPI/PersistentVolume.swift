#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 PersistentVolume: its class, its claim and its phase.
public struct PersistentVolume: KubeObject, Codable, Hashable {
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
    public var storageClassName: String?
    public var claimRef: ObjectReference?

    public init(storageClassName: String? = nil, claimRef: ObjectReference? = nil) {
      self.storageClassName = storageClassName
      self.claimRef = claimRef
    }
  }

  /// `status`.
  public struct Status: Codable, Sendable, Hashable {
    /// `Available`, `Bound`, `Released`, `Failed` or `Pending`.
    public var phase: String?
    public var reason: String?
    public init(phase: String? = nil, reason: String? = nil) {
      self.phase = phase
      self.reason = reason
    }
  }
}
