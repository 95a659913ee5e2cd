/// A namespaced set of rules (rbac.authorization.k8s.io/v1 `Role`).
public struct Role: Sendable, Hashable {
  public static let kind = "Role"

  public var metadata: RBACMetadata
  public var rules: [PolicyRule]

  public init(metadata: RBACMetadata, rules: [PolicyRule]) {
    self.metadata = metadata
    self.rules = rules
  }

  public var name: String { metadata.name }
  public var namespace: String { metadata.namespace ?? "" }
}

/// A cluster-wide set of rules (rbac.authorization.k8s.io/v1 `ClusterRole`), possibly aggregated
/// from other ClusterRoles chosen by label.
public struct ClusterRole: Sendable, Hashable {
  public static let kind = "ClusterRole"

  public var metadata: RBACMetadata
  public var rules: [PolicyRule]
  public var aggregationRule: AggregationRule?

  public init(metadata: RBACMetadata, rules: [PolicyRule], aggregationRule: AggregationRule? = nil) {
    self.metadata = metadata
    self.rules = rules
    self.aggregationRule = aggregationRule
  }

  public var name: String { metadata.name }
  public var labels: [String: String] { metadata.labels ?? [:] }
}

private enum RoleCodingKeys: String, CodingKey {
  case apiVersion, kind, metadata, rules, aggregationRule
}

extension Role: Codable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: RoleCodingKeys.self)
    metadata = try container.decode(RBACMetadata.self, forKey: .metadata)
    rules = try container.decodeIfPresent([PolicyRule].self, forKey: .rules) ?? []
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: RoleCodingKeys.self)
    try container.encode(RBACAPI.apiVersion, forKey: .apiVersion)
    try container.encode(Self.kind, forKey: .kind)
    try container.encode(metadata, forKey: .metadata)
    try container.encode(rules, forKey: .rules)
  }
}

extension ClusterRole: Codable {
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: RoleCodingKeys.self)
    metadata = try container.decode(RBACMetadata.self, forKey: .metadata)
    rules = try container.decodeIfPresent([PolicyRule].self, forKey: .rules) ?? []
    aggregationRule = try container.decodeIfPresent(AggregationRule.self, forKey: .aggregationRule)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: RoleCodingKeys.self)
    try container.encode(RBACAPI.apiVersion, forKey: .apiVersion)
    try container.encode(Self.kind, forKey: .kind)
    try container.encode(metadata, forKey: .metadata)
    try container.encode(rules, forKey: .rules)
    try container.encodeIfPresent(aggregationRule, forKey: .aggregationRule)
  }
}
