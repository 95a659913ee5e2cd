import KubeAPI
import KubeClient

/// One permission a feature needs: a verb on a resource (and subresource) in the command's namespace or
/// cluster-wide, and what the feature uses it for.
public struct PermissionNeed: Sendable, Hashable, Codable {
  /// Where a need applies.
  public enum Scope: String, Sendable, Hashable, Codable {
    /// The namespace of the command (`-n`), or every namespace with `-A`.
    case namespace
    /// Cluster-scoped resources, or namespaced ones read across all namespaces.
    case cluster
  }

  public var verb: String
  public var group: String
  public var resource: String
  public var subresource: String
  public var scope: Scope
  /// What the feature does with it, for the NEEDED FOR column.
  public var purpose: String
  /// Needs sharing a label are alternatives: any one of them allowed is enough.
  public var alternatives: String?

  public init(
    _ verb: String, _ resource: String, group: String = "", subresource: String = "", scope: Scope = .namespace,
    purpose: String, alternatives: String? = nil
  ) {
    self.verb = verb
    self.group = group
    self.resource = resource
    self.subresource = subresource
    self.scope = scope
    self.purpose = purpose
    self.alternatives = alternatives
  }

  /// Groups whose resources lamp reads from another group on a server without them: events come from
  /// `events.k8s.io` where it is served and from the core group elsewhere, as `lamp events` reads them.
  static let fallbackGroups = ["events.k8s.io": ""]

  /// This need as it applies to a server: itself when the server serves the resource, the same resource in its
  /// fallback group when only that is served, nil when neither is (no command reads it there).
  func served(by discovery: Discovery) async throws -> PermissionNeed? {
    if try await discovery.find(group: group, resource: resource) != nil { return self }
    guard let fallback = Self.fallbackGroups[group],
      try await discovery.find(group: fallback, resource: resource) != nil
    else { return nil }
    var need = self
    need.group = fallback
    return need
  }

  /// The permission to ask about: in `namespace` for namespace-scoped needs (empty means all namespaces).
  public func spec(namespace: String) -> PermissionSpec {
    var spec = PermissionSpec(
      attributes: ResourceAttributes(verb: verb, group: group, resource: resource, subresource: subresource))
    spec.attributes.namespace = scope == .namespace ? namespace : ""
    return spec
  }
}
