#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Gateway API `gateway.networking.k8s.io/v1` HTTPRoute: its backend references.
public struct HTTPRoute: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?

  public init(metadata: ObjectMeta, spec: Spec? = nil) {
    self.metadata = metadata
    self.spec = spec
  }

  /// The resource kind (`httproutes.gateway.networking.k8s.io`, version v1, namespaced).
  public static let resourceKind = ResourceKind(
    group: "gateway.networking.k8s.io", version: "v1", resource: "httproutes", kind: "HTTPRoute", namespaced: true)

  /// `spec`.
  public struct Spec: Codable, Sendable, Hashable {
    public var hostnames: [String]?
    public var rules: [Rule]?
    public init(hostnames: [String]? = nil, rules: [Rule]? = nil) {
      self.hostnames = hostnames
      self.rules = rules
    }
  }

  /// `spec.rules[]`.
  public struct Rule: Codable, Sendable, Hashable {
    public var backendRefs: [BackendReference]?
    public init(backendRefs: [BackendReference]? = nil) { self.backendRefs = backendRefs }
  }

  /// `backendRefs[]`: a Service unless `group`/`kind` say otherwise; `namespace` defaults to the route's.
  public struct BackendReference: Codable, Sendable, Hashable {
    public var group: String?
    public var kind: String?
    public var name: String
    public var namespace: String?
    public init(group: String? = nil, kind: String? = nil, name: String, namespace: String? = nil) {
      self.group = group
      self.kind = kind
      self.name = name
      self.namespace = namespace
    }
  }
}
