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
}
