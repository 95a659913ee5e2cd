import RBACFeature

/// The VERB RESOURCE [NAME] of `lamp rbac check` and `lamp rbac who-can`.
enum RBACPermissionArgument {
  /// Parses the words before connecting, so that a malformed permission is a usage error (exit 2).
  static func parse(verb: String, resource: String, name: String?) throws -> PermissionSpec {
    do {
      return try PermissionSpec(verb: verb, resource: resource, name: name)
    } catch {
      throw CommandError.usage(error.description)
    }
  }

  /// The permission with its resource resolved through discovery, asked in `namespace` (empty: all namespaces),
  /// except that a cluster-scoped resource is always asked cluster-wide: real requests for it carry no namespace,
  /// so a namespace's RoleBindings, which a review in that namespace would count, never grant it.
  static func resolve(_ spec: PermissionSpec, namespace: String, session: ClusterSession) async -> ResolvedPermission {
    var resolved = await spec.resolved(with: session.discovery)
    resolved.spec.attributes.namespace = resolved.namespaced == false ? "" : namespace
    return resolved
  }
}
