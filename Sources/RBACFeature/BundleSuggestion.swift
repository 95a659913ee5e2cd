import KubeAPI

/// The least RBAC granting several denied permissions at once (`lamp rbac check FEATURE --suggest`): one Role and
/// RoleBinding per namespace, one ClusterRole and ClusterRoleBinding for cluster-wide needs, all named after the
/// feature and the subject (`SuggestionName`). Rules list exactly the verbs, groups and resources asked, never
/// wildcards.
public struct BundleSuggestion: Sendable, Hashable {
  public var roles: [Role] = []
  public var roleBindings: [RoleBinding] = []
  public var clusterRole: ClusterRole?
  public var clusterRoleBinding: ClusterRoleBinding?

  public init(granting specs: [PermissionSpec], subject: Subject, name: String) {
    let roleName = SuggestionName.make([name], for: subject)
    let byNamespace = Dictionary(grouping: specs, by: \.attributes.namespace)
    for namespace in byNamespace.keys.sorted() where !namespace.isEmpty {
      let metadata = RBACMetadata(name: roleName, namespace: namespace)
      roles.append(Role(metadata: metadata, rules: Self.rules(byNamespace[namespace] ?? [])))
      roleBindings.append(
        RoleBinding(metadata: metadata, subjects: [subject], roleRef: RoleRef(kind: "Role", name: roleName)))
    }
    if let clusterWide = byNamespace[""] {
      clusterRole = ClusterRole(metadata: RBACMetadata(name: roleName), rules: Self.rules(clusterWide))
      clusterRoleBinding = ClusterRoleBinding(
        metadata: RBACMetadata(name: roleName), subjects: [subject],
        roleRef: RoleRef(kind: "ClusterRole", name: roleName))
    }
  }

  /// One rule per API group and verb set, resources and verbs sorted, so the YAML is short and stable.
  static func rules(_ specs: [PermissionSpec]) -> [PolicyRule] {
    var verbs: [String: [String: Set<String>]] = [:]  // group → resource[/sub] → verbs
    for spec in specs {
      let attributes = spec.attributes
      let resource =
        attributes.subresource.isEmpty ? attributes.resource : attributes.resource + "/" + attributes.subresource
      verbs[attributes.group, default: [:]][resource, default: []].insert(attributes.verb)
    }
    var rules: [PolicyRule] = []
    for group in verbs.keys.sorted() {
      let resources = verbs[group] ?? [:]
      var byVerbs: [[String]: [String]] = [:]
      for (resource, set) in resources { byVerbs[set.sorted(), default: []].append(resource) }
      for verbList in byVerbs.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
        rules.append(
          PolicyRule(verbs: verbList, apiGroups: [group], resources: (byVerbs[verbList] ?? []).sorted()))
      }
    }
    return rules
  }
}
