import KubeAPI

/// The least RBAC that grants one denied permission: a Role and RoleBinding in its namespace, or a ClusterRole
/// and ClusterRoleBinding for a cluster-wide check. Never wildcards: exactly the verb, group and resource asked.
public struct RoleSuggestion: Sendable, Hashable {
  public var role: Role?
  public var roleBinding: RoleBinding?
  public var clusterRole: ClusterRole?
  public var clusterRoleBinding: ClusterRoleBinding?

  public init(for spec: PermissionSpec, subject: Subject, name: String) {
    let attributes = spec.attributes
    let resource =
      attributes.subresource.isEmpty ? attributes.resource : "\(attributes.resource)/\(attributes.subresource)"
    let rule = PolicyRule(
      verbs: [attributes.verb], apiGroups: [attributes.group], resources: [resource],
      resourceNames: attributes.name.isEmpty ? [] : [attributes.name])
    let roleName = Self.name(for: spec, base: name, subject: subject)
    if attributes.namespace.isEmpty {
      clusterRole = ClusterRole(metadata: RBACMetadata(name: roleName), rules: [rule])
      clusterRoleBinding = ClusterRoleBinding(
        metadata: RBACMetadata(name: roleName), subjects: [subject],
        roleRef: RoleRef(kind: "ClusterRole", name: roleName))
    } else {
      let metadata = RBACMetadata(name: roleName, namespace: attributes.namespace)
      role = Role(metadata: metadata, rules: [rule])
      roleBinding = RoleBinding(metadata: metadata, subjects: [subject], roleRef: RoleRef(kind: "Role", name: roleName))
    }
  }

  /// `lamp-get-pods-proxy-for-jane`: the permission (with its resource name) and the subject (`SuggestionName`).
  static func name(for spec: PermissionSpec, base: String, subject: Subject) -> String {
    let attributes = spec.attributes
    let words = [base, attributes.verb, attributes.resource, attributes.subresource, attributes.group, attributes.name]
    return SuggestionName.make(words, for: subject)
  }

  /// The subject a user name stands for: service accounts by their `system:serviceaccount:NS:NAME` name.
  public static func subject(forUser user: String) -> Subject {
    let parts = user.split(separator: ":", omittingEmptySubsequences: false)
    if parts.count == 4, parts[0] == "system", parts[1] == "serviceaccount" {
      return Subject(kind: "ServiceAccount", name: String(parts[3]), namespace: String(parts[2]))
    }
    return Subject(kind: "User", name: user, apiGroup: RBACAPI.group)
  }
}
