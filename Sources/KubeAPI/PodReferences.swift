#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Pod {
  /// `volumes[].secret`.
  public struct SecretVolumeSource: Codable, Sendable, Hashable {
    public var secretName: String?
    public var optional: Bool?
    public init(secretName: String?, optional: Bool? = nil) {
      self.secretName = secretName
      self.optional = optional
    }
  }

  /// A ConfigMap or Secret named by a `configMap` volume, `envFrom` or a projected volume, which the pod can do
  /// without when `optional`.
  public struct OptionalReference: Codable, Sendable, Hashable {
    public var name: String?
    public var optional: Bool?
    public init(name: String?, optional: Bool? = nil) {
      self.name = name
      self.optional = optional
    }
  }

  /// `volumes[].projected`: only its ConfigMap and Secret sources.
  public struct ProjectedVolumeSource: Codable, Sendable, Hashable {
    public var sources: [Projection]?
    public init(sources: [Projection]?) { self.sources = sources }

    /// One projected source.
    public struct Projection: Codable, Sendable, Hashable {
      public var configMap: OptionalReference?
      public var secret: OptionalReference?
      public init(configMap: OptionalReference? = nil, secret: OptionalReference? = nil) {
        self.configMap = configMap
        self.secret = secret
      }
    }
  }

  /// `containers[].env[]`: only `valueFrom` key references are modelled (values are not read).
  public struct EnvVar: Codable, Sendable, Hashable {
    public var name: String
    public var valueFrom: Source?
    public init(name: String, valueFrom: Source? = nil) {
      self.name = name
      self.valueFrom = valueFrom
    }

    /// `valueFrom`.
    public struct Source: Codable, Sendable, Hashable {
      public var configMapKeyRef: KeyReference?
      public var secretKeyRef: KeyReference?
      public init(configMapKeyRef: KeyReference? = nil, secretKeyRef: KeyReference? = nil) {
        self.configMapKeyRef = configMapKeyRef
        self.secretKeyRef = secretKeyRef
      }
    }

    /// `configMapKeyRef` / `secretKeyRef`.
    public struct KeyReference: Codable, Sendable, Hashable {
      public var name: String?
      public var key: String?
      public var optional: Bool?
      public init(name: String?, key: String? = nil, optional: Bool? = nil) {
        self.name = name
        self.key = key
        self.optional = optional
      }
    }
  }

  /// `containers[].envFrom[]`.
  public struct EnvFromSource: Codable, Sendable, Hashable {
    public var configMapRef: OptionalReference?
    public var secretRef: OptionalReference?
    public init(configMapRef: OptionalReference? = nil, secretRef: OptionalReference? = nil) {
      self.configMapRef = configMapRef
      self.secretRef = secretRef
    }
  }
}
