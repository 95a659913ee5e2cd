import KubeAPI
import KubeClient

/// A permission whose resource was looked up in discovery, and what the user should be told about the lookup.
public struct ResolvedPermission: Sendable, Hashable {
  public var spec: PermissionSpec
  /// From discovery; nil when the resource was not found there (or discovery failed).
  public var namespaced: Bool?
  /// One line for stderr when the resource is asked about as typed.
  public var warning: String?
}

extension PermissionSpec {
  /// kubectl auth can-i's resource lookup: a short name, singular, kind, `resource.group` or
  /// `resource.version.group` becomes the served `resource.group` (the core group first when a word names several,
  /// as kubectl's RESTMapper prefers it).
  /// The subresource and name are kept as typed. An unknown resource, or discovery failing, keeps the spec as
  /// typed with a warning, because a review can still be asked about a resource the server does not serve.
  /// The permission is asked in `namespace` (empty: all namespaces), except that a cluster-scoped resource is
  /// always asked cluster-wide: real requests for it carry no namespace, so a namespace's RoleBindings, which a
  /// review in that namespace would count, never grant it. One namespace by name is the exception: the API server
  /// authorizes `GET /api/v1/namespaces/shop` in namespace shop, so shop's RoleBindings do grant it.
  public func resolved(with discovery: Discovery, namespace: String) async -> ResolvedPermission {
    var resolved = await resolved(with: discovery)
    let attributes = resolved.spec.attributes
    if attributes.group.isEmpty, attributes.resource == "namespaces", !attributes.name.isEmpty {
      resolved.spec.attributes.namespace = attributes.name
    } else {
      resolved.spec.attributes.namespace = resolved.namespaced == false ? "" : namespace
    }
    return resolved
  }

  func resolved(with discovery: Discovery) async -> ResolvedPermission {
    let resource = attributes.resource
    let group = attributes.group
    if resource == "*" { return ResolvedPermission(spec: self) }
    let typed = group.isEmpty ? resource : "\(resource).\(group)"
    let matches: [APIResourceInfo]
    do {
      // `resource.version.group` as kubectl reads it; an unknown version falls back to the group `v9.apps`, and the
      // warning names it as kubectl's does.
      matches = try await discovery.resolve(typed)
    } catch {
      let reason = String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
      return ResolvedPermission(
        spec: self, warning: "cannot look up \"\(typed)\" in discovery, asking for it as typed: \(reason)")
    }
    guard let match = matches.first(where: { $0.group.isEmpty }) ?? matches.first else {
      // kubectl does not warn about these: they exist only for the impersonate verb, not in discovery.
      if group.isEmpty && ["users", "groups"].contains(resource) { return ResolvedPermission(spec: self) }
      let inGroup = group.isEmpty ? "" : " in group \"\(group)\""
      return ResolvedPermission(
        spec: self, warning: "the server doesn't have a resource type \"\(resource)\"\(inGroup)")
    }
    var spec = self
    spec.attributes.resource = match.resource
    spec.attributes.group = match.group
    return ResolvedPermission(spec: spec, namespaced: match.namespaced)
  }
}
