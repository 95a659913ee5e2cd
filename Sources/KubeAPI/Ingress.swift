#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A networking.k8s.io/v1 Ingress: its backends (rules and default) and TLS Secrets.
public struct Ingress: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?

  public init(metadata: ObjectMeta, spec: Spec? = nil) {
    self.metadata = metadata
    self.spec = spec
  }

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var ingressClassName: String?
    public var defaultBackend: Backend?
    public var rules: [Rule]?
    public var tls: [TLS]?

    public init(
      ingressClassName: String? = nil, defaultBackend: Backend? = nil, rules: [Rule]? = nil, tls: [TLS]? = nil
    ) {
      self.ingressClassName = ingressClassName
      self.defaultBackend = defaultBackend
      self.rules = rules
      self.tls = tls
    }
  }

  /// One host's paths.
  public struct Rule: Codable, Sendable, Hashable {
    public var host: String?
    public var http: HTTP?

    public init(host: String? = nil, http: HTTP? = nil) {
      self.host = host
      self.http = http
    }
  }

  /// `rules[].http`.
  public struct HTTP: Codable, Sendable, Hashable {
    public var paths: [Path]
    public init(paths: [Path]) { self.paths = paths }
  }

  /// `rules[].http.paths[]`.
  public struct Path: Codable, Sendable, Hashable {
    public var path: String?
    public var backend: Backend
    public init(path: String? = nil, backend: Backend) {
      self.path = path
      self.backend = backend
    }
  }

  /// A Service backend (resource backends are not modelled).
  public struct Backend: Codable, Sendable, Hashable {
    public var service: ServiceBackend?
    public init(service: ServiceBackend?) { self.service = service }
  }

  /// `backend.service`.
  public struct ServiceBackend: Codable, Sendable, Hashable {
    public var name: String
    public init(name: String) { self.name = name }
  }

  /// `spec.tls[]`.
  public struct TLS: Codable, Sendable, Hashable {
    public var hosts: [String]?
    public var secretName: String?
    public init(hosts: [String]? = nil, secretName: String? = nil) {
      self.hosts = hosts
      self.secretName = secretName
    }
  }
}
