#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Service: only what the resource graph reads (type and selector).
public struct Service: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?

  public init(metadata: ObjectMeta, spec: Spec? = nil) {
    self.metadata = metadata
    self.spec = spec
  }

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    /// `ClusterIP` (default), `NodePort`, `LoadBalancer` or `ExternalName`.
    public var type: String?
    /// Pods receiving traffic; nil or empty for Services whose endpoints are managed by hand.
    public var selector: [String: String]?
    public var externalName: String?

    public init(type: String? = nil, selector: [String: String]? = nil, externalName: String? = nil) {
      self.type = type
      self.selector = selector
      self.externalName = externalName
    }
  }
}
