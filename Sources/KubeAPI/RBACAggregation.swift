extension ClusterRole {
  /// The ClusterRoles with aggregation applied as Kubernetes' aggregation controller applies it:
  /// a role with an `aggregationRule` gets, in place of its own rules, the distinct rules of every other
  /// ClusterRole matching one of its selectors (selectors in order, roles by name). Aggregated roles
  /// can feed each other (`view` → `edit` → `admin`), so this repeats until nothing changes.
  /// The result is sorted by name; of two roles with one name, the later wins.
  public static func applyingAggregation(to clusterRoles: [ClusterRole]) -> [ClusterRole] {
    var byName: [String: ClusterRole] = [:]
    for role in clusterRoles { byName[role.name] = role }
    var roles = byName.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    let aggregated = roles.indices.filter { roles[$0].aggregationRule != nil }
    guard !aggregated.isEmpty else { return roles }

    // Each round settles at least one more level of nesting; cycles converge because rules only accumulate.
    for _ in 0...aggregated.count {
      var changed = false
      for index in aggregated {
        let rules = collectedRules(for: roles[index], from: roles)
        if rules != roles[index].rules {
          roles[index].rules = rules
          changed = true
        }
      }
      if !changed { break }
    }
    return roles
  }

  private static func collectedRules(for role: ClusterRole, from roles: [ClusterRole]) -> [PolicyRule] {
    var rules: [PolicyRule] = []
    var seen = Set<PolicyRule>()
    for selector in role.aggregationRule?.clusterRoleSelectors ?? [] {
      for source in roles where source.name != role.name && selector.matches(source.labels) {
        for rule in source.rules where seen.insert(rule).inserted {
          rules.append(rule)
        }
      }
    }
    return rules
  }
}
