#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One KEDA trigger of a ScaledObject or ScaledJob (`prometheus`, `rabbitmq`, `cron`, ...).
public struct ScaleTrigger: Codable, Sendable, Hashable {
  public var type: String
  public var name: String?
  /// Scaler parameters; may hold connection strings, so shown redacted where they look secret.
  public var metadata: [String: String]?
  public var authenticationRef: AuthenticationReference?
  /// `AverageValue`, `Value` or `Utilization`.
  public var metricType: String?

  public init(
    type: String, name: String? = nil, metadata: [String: String]? = nil,
    authenticationRef: AuthenticationReference? = nil, metricType: String? = nil
  ) {
    self.type = type
    self.name = name
    self.metadata = metadata
    self.authenticationRef = authenticationRef
    self.metricType = metricType
  }

  /// `authenticationRef`: a TriggerAuthentication in the same namespace or a ClusterTriggerAuthentication.
  public struct AuthenticationReference: Codable, Sendable, Hashable {
    public var name: String
    /// `TriggerAuthentication` (the default) or `ClusterTriggerAuthentication`.
    public var kind: String?

    public init(name: String, kind: String? = nil) {
      self.name = name
      self.kind = kind
    }

    /// The kind, defaulted as KEDA does.
    public var resolvedKind: String { kind ?? "TriggerAuthentication" }

    /// Whether it names a ClusterTriggerAuthentication.
    public var isCluster: Bool { resolvedKind == "ClusterTriggerAuthentication" }
  }
}
