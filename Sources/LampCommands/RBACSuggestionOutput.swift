import Formatters
import RBACFeature

/// The YAML documents of `lamp rbac check --suggest`.
enum RBACSuggestionOutput {
  /// A single permission's Role (or ClusterRole) named after it, or a feature's roles named after the feature.
  static func documents(granting missing: [PermissionSpec], to user: String, feature: String?) throws -> [String] {
    let subject = RoleSuggestion.subject(forUser: user)
    if let spec = missing.first, feature == nil {
      let single = RoleSuggestion(for: spec, subject: subject, name: "lamp")
      return try [
        single.role.map { try YAMLRenderer.render($0) }, single.roleBinding.map { try YAMLRenderer.render($0) },
        single.clusterRole.map { try YAMLRenderer.render($0) },
        single.clusterRoleBinding.map { try YAMLRenderer.render($0) },
      ].compactMap { $0 }
    }
    let bundle = BundleSuggestion(granting: missing, subject: subject, name: feature ?? "lamp")
    let roles = try bundle.roles.map { try YAMLRenderer.render($0) }
    let bindings = try bundle.roleBindings.map { try YAMLRenderer.render($0) }
    let cluster = try [
      bundle.clusterRole.map { try YAMLRenderer.render($0) },
      bundle.clusterRoleBinding.map { try YAMLRenderer.render($0) },
    ].compactMap { $0 }
    return roles + bindings + cluster
  }
}
