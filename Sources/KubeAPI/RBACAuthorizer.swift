/// Kubernetes' RBAC authorizer over a fixed set of Roles, ClusterRoles and bindings.
///
/// Evaluation follows kube-apiserver: ClusterRoleBindings first, then the RoleBindings of the request's
/// namespace, each binding's first subject that applies to the user, the role's rules in order; the first
/// rule that allows the request decides, and the reason names it. ClusterRole aggregation is applied once,
/// at construction. Bindings are evaluated sorted by (namespace and) name, so answers are deterministic.
/// No group is special: `system:masters` is only as powerful as its bindings.
public struct RBACAuthorizer: Sendable {
  /// The Roles, sorted by namespace and name.
  public let roles: [Role]
  /// The ClusterRoles with aggregation applied, sorted by name.
  public let clusterRoles: [ClusterRole]
  /// The RoleBindings, sorted by namespace and name.
  public let roleBindings: [RoleBinding]
  /// The ClusterRoleBindings, sorted by name.
  public let clusterRoleBindings: [ClusterRoleBinding]

  private let clusterIndex: RBACBindingIndex
  private let namespaceIndexes: [String: RBACBindingIndex]

  public init(
    roles: [Role] = [], roleBindings: [RoleBinding] = [], clusterRoles: [ClusterRole] = [],
    clusterRoleBindings: [ClusterRoleBinding] = []
  ) {
    self.roles = roles.sorted { Self.precedes(($0.namespace, $0.name), ($1.namespace, $1.name)) }
    self.clusterRoles = ClusterRole.applyingAggregation(to: clusterRoles)
    self.roleBindings = roleBindings.sorted { Self.precedes(($0.namespace, $0.name), ($1.namespace, $1.name)) }
    self.clusterRoleBindings = clusterRoleBindings.sorted { Self.precedes(("", $0.name), ("", $1.name)) }

    var roleRules: [String: [PolicyRule]] = [:]
    for role in self.roles { roleRules[role.namespace + "/" + role.name] = role.rules }
    var clusterRoleRules: [String: [PolicyRule]] = [:]
    for role in self.clusterRoles { clusterRoleRules[role.name] = role.rules }

    func resolve(_ ref: RoleRef, namespace: String?) -> Result<[PolicyRule], RBACResolutionError> {
      switch ref.kind {
      case Role.kind:
        // A Role can only be bound by a RoleBinding in its own namespace.
        guard let namespace, let rules = roleRules[namespace + "/" + ref.name] else {
          return .failure(
            RBACResolutionError(message: "role.rbac.authorization.k8s.io \(GoText.quoted(ref.name)) not found"))
        }
        return .success(rules)
      case ClusterRole.kind:
        guard let rules = clusterRoleRules[ref.name] else {
          return .failure(
            RBACResolutionError(message: "clusterrole.rbac.authorization.k8s.io \(GoText.quoted(ref.name)) not found"))
        }
        return .success(rules)
      default:
        return .failure(RBACResolutionError(message: "unsupported role reference kind: \(GoText.quoted(ref.kind))"))
      }
    }

    var clusterIndex = RBACBindingIndex()
    for binding in self.clusterRoleBindings {
      clusterIndex.append(
        .init(
          kind: ClusterRoleBinding.kind, name: binding.name, namespace: nil, subjects: binding.subjects,
          roleRef: binding.roleRef, rules: resolve(binding.roleRef, namespace: nil)))
    }
    var namespaceIndexes: [String: RBACBindingIndex] = [:]
    for binding in self.roleBindings {
      namespaceIndexes[binding.namespace, default: RBACBindingIndex()].append(
        .init(
          kind: RoleBinding.kind, name: binding.name, namespace: binding.namespace, subjects: binding.subjects,
          roleRef: binding.roleRef, rules: resolve(binding.roleRef, namespace: binding.namespace)))
    }
    self.clusterIndex = clusterIndex
    self.namespaceIndexes = namespaceIndexes
  }

  // MARK: - Decisions

  /// Whether `user` may make the resource request.
  public func authorize(_ user: UserInfo, _ attributes: ResourceAttributes) -> RBACDecision {
    decide(user, namespace: attributes.namespace) { $0.allows(attributes) }
  }

  /// Whether `user` may make the non-resource request (only ClusterRoleBindings can grant these).
  public func authorize(_ user: UserInfo, _ attributes: NonResourceAttributes) -> RBACDecision {
    decide(user, namespace: "") { $0.allows(attributes) }
  }

  private func decide(_ user: UserInfo, namespace: String, allows: (PolicyRule) -> Bool) -> RBACDecision {
    var errors: [String] = []
    for (entry, subject) in applicableBindings(for: user, namespace: namespace) {
      switch entry.rules {
      case .failure(let error):
        errors.append(error.message)
      case .success(let rules):
        if rules.contains(where: allows) {
          let grant = Self.grant(entry, subject)
          return RBACDecision(allowed: true, reason: "RBAC: allowed by " + grant.sourceDescription, grant: grant)
        }
      }
    }
    return RBACDecision(allowed: false, reason: errors.isEmpty ? "" : "RBAC: " + GoText.aggregate(errors))
  }

  // MARK: - Rules review

  /// Every rule that applies to `user` in `namespace`, split as a SelfSubjectRulesReview splits them.
  public func rules(for user: UserInfo, namespace: String) -> (
    resourceRules: [PolicyRule], nonResourceRules: [PolicyRule]
  ) {
    let review = rulesReview(for: user, namespace: namespace)
    return (review.resourceRules, review.nonResourceRules)
  }

  /// Every rule that applies to `user` in `namespace`, with the error that made the list incomplete.
  public func rulesReview(for user: UserInfo, namespace: String) -> RBACRulesReview {
    var resourceRules: [PolicyRule] = []
    var nonResourceRules: [PolicyRule] = []
    var errors: [String] = []
    for (entry, _) in applicableBindings(for: user, namespace: namespace) {
      switch entry.rules {
      case .failure(let error):
        errors.append(error.message)
      case .success(let rules):
        for rule in rules {
          if !rule.resources.isEmpty {
            resourceRules.append(
              PolicyRule(
                verbs: rule.verbs, apiGroups: rule.apiGroups, resources: rule.resources,
                resourceNames: rule.resourceNames))
          }
          if !rule.nonResourceURLs.isEmpty {
            nonResourceRules.append(PolicyRule(verbs: rule.verbs, nonResourceURLs: rule.nonResourceURLs))
          }
        }
      }
    }
    return RBACRulesReview(
      resourceRules: resourceRules, nonResourceRules: nonResourceRules,
      evaluationError: errors.isEmpty ? nil : GoText.aggregate(errors))
  }

  // MARK: - Who can

  /// Every subject of every binding whose role allows the request (RoleBindings of the request's
  /// namespace, and all ClusterRoleBindings), sorted.
  public func subjects(allowedTo attributes: ResourceAttributes) -> [RBACGrant] {
    grants(namespace: attributes.namespace) { $0.allows(attributes) }
  }

  /// Every subject of every ClusterRoleBinding whose role allows the non-resource request, sorted.
  public func subjects(allowedTo attributes: NonResourceAttributes) -> [RBACGrant] {
    grants(namespace: "") { $0.allows(attributes) }
  }

  private func grants(namespace: String, allows: (PolicyRule) -> Bool) -> [RBACGrant] {
    var entries = clusterIndex.entries
    if !namespace.isEmpty { entries += namespaceIndexes[namespace]?.entries ?? [] }
    var grants = Set<RBACGrant>()
    for entry in entries {
      guard case .success(let rules) = entry.rules, rules.contains(where: allows) else { continue }
      for subject in entry.subjects {
        grants.insert(Self.grant(entry, subject))
      }
    }
    return grants.sorted()
  }

  // MARK: - Helpers

  private func applicableBindings(for user: UserInfo, namespace: String) -> [(
    entry: RBACBindingIndex.Entry, subject: Subject
  )] {
    var result = clusterIndex.applicable(to: user)
    if !namespace.isEmpty, let index = namespaceIndexes[namespace] {
      result += index.applicable(to: user)
    }
    return result
  }

  private static func grant(_ entry: RBACBindingIndex.Entry, _ subject: Subject) -> RBACGrant {
    var subject = subject
    if subject.kind == Subject.serviceAccountKind, subject.namespace?.isEmpty ?? true, let namespace = entry.namespace {
      subject.namespace = namespace
    }
    return RBACGrant(
      subject: subject, bindingKind: entry.kind, bindingName: entry.name, bindingNamespace: entry.namespace,
      roleKind: entry.roleRef.kind, roleName: entry.roleRef.name)
  }

  private static func precedes(_ lhs: (String, String), _ rhs: (String, String)) -> Bool {
    if lhs.0 != rhs.0 { return lhs.0.utf8.lexicographicallyPrecedes(rhs.0.utf8) }
    return lhs.1.utf8.lexicographicallyPrecedes(rhs.1.utf8)
  }
}
