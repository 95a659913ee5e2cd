#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Endpoints object (named like its Service): which addresses are ready and which are not.
public struct Endpoints: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var subsets: [Subset]?

  public init(metadata: ObjectMeta, subsets: [Subset]? = nil) {
    self.metadata = metadata
    self.subsets = subsets
  }

  /// One subset: ready and not-ready addresses sharing ports.
  public struct Subset: Codable, Sendable, Hashable {
    public var addresses: [Address]?
    public var notReadyAddresses: [Address]?

    public init(addresses: [Address]? = nil, notReadyAddresses: [Address]? = nil) {
      self.addresses = addresses
      self.notReadyAddresses = notReadyAddresses
    }
  }

  /// One address and the object behind it (usually a Pod).
  public struct Address: Codable, Sendable, Hashable {
    public var ip: String?
    public var targetRef: ObjectReference?

    public init(ip: String? = nil, targetRef: ObjectReference? = nil) {
      self.ip = ip
      self.targetRef = targetRef
    }
  }
}

extension Endpoints {
  /// How many addresses are ready.
  public var readyCount: Int { (subsets ?? []).reduce(0) { $0 + ($1.addresses?.count ?? 0) } }
  /// How many addresses are not ready.
  public var notReadyCount: Int { (subsets ?? []).reduce(0) { $0 + ($1.notReadyAddresses?.count ?? 0) } }
}
