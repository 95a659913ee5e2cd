/// The metadata RBAC evaluation reads from Roles, ClusterRoles and their bindings.
public struct RBACMetadata: Sendable, Hashable, Codable {
  public var name: String
  public var namespace: String?
  public var labels: [String: String]?
  public var annotations: [String: String]?
  public var uid: String?
  public var resourceVersion: String?
  public var creationTimestamp: String?

  public init(
    name: String, namespace: String? = nil, labels: [String: String]? = nil, annotations: [String: String]? = nil,
    uid: String? = nil, resourceVersion: String? = nil, creationTimestamp: String? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.labels = labels
    self.annotations = annotations
    self.uid = uid
    self.resourceVersion = resourceVersion
    self.creationTimestamp = creationTimestamp
  }
}

/// One rule of a Role or ClusterRole (rbac.authorization.k8s.io/v1 `PolicyRule`).
public struct PolicyRule: Sendable, Hashable {
  /// `get`, `list`, ... or `*`.
  public var verbs: [String]
  /// API groups (`""` is core, `*` is any).
  public var apiGroups: [String]
  /// `pods`, `pods/log`, `*`, `*/scale`.
  public var resources: [String]
  /// Object names the rule is limited to; empty means all.
  public var resourceNames: [String]
  /// Paths such as `/healthz` or `/apis/*`; only meaningful in ClusterRoles.
  public var nonResourceURLs: [String]

  public init(
    verbs: [String], apiGroups: [String] = [], resources: [String] = [], resourceNames: [String] = [],
    nonResourceURLs: [String] = []
  ) {
    self.verbs = verbs
    self.apiGroups = apiGroups
    self.resources = resources
    self.resourceNames = resourceNames
    self.nonResourceURLs = nonResourceURLs
  }
}

extension PolicyRule: Codable {
  private enum CodingKeys: String, CodingKey {
    case verbs, apiGroups, resources, resourceNames, nonResourceURLs
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    verbs = try container.decodeIfPresent([String].self, forKey: .verbs) ?? []
    apiGroups = try container.decodeIfPresent([String].self, forKey: .apiGroups) ?? []
    resources = try container.decodeIfPresent([String].self, forKey: .resources) ?? []
    resourceNames = try container.decodeIfPresent([String].self, forKey: .resourceNames) ?? []
    nonResourceURLs = try container.decodeIfPresent([String].self, forKey: .nonResourceURLs) ?? []
  }

  /// Encodes as the API server does: `verbs` always, the other lists only when not empty.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(verbs, forKey: .verbs)
    if !apiGroups.isEmpty { try container.encode(apiGroups, forKey: .apiGroups) }
    if !resources.isEmpty { try container.encode(resources, forKey: .resources) }
    if !resourceNames.isEmpty { try container.encode(resourceNames, forKey: .resourceNames) }
    if !nonResourceURLs.isEmpty { try container.encode(nonResourceURLs, forKey: .nonResourceURLs) }
  }
}

/// Who a binding grants its role to: a `User`, `Group` or `ServiceAccount`.
public struct Subject: Sendable, Hashable, Codable {
  public static let userKind = "User"
  public static let groupKind = "Group"
  public static let serviceAccountKind = "ServiceAccount"

  public var kind: String
  /// `rbac.authorization.k8s.io` for users and groups, absent for service accounts.
  public var apiGroup: String?
  public var name: String
  /// The service account's namespace; in a RoleBinding it defaults to the binding's namespace.
  public var namespace: String?

  public init(kind: String, name: String, namespace: String? = nil, apiGroup: String? = nil) {
    self.kind = kind
    self.name = name
    self.namespace = namespace
    self.apiGroup = apiGroup
  }

  /// A `User` subject.
  public static func user(_ name: String) -> Subject {
    Subject(kind: userKind, name: name, apiGroup: RBACAPI.group)
  }

  /// A `Group` subject.
  public static func group(_ name: String) -> Subject {
    Subject(kind: groupKind, name: name, apiGroup: RBACAPI.group)
  }

  /// A `ServiceAccount` subject.
  public static func serviceAccount(_ name: String, namespace: String) -> Subject {
    Subject(kind: serviceAccountKind, name: name, namespace: namespace)
  }
}

/// The role a binding grants: a `Role` in the binding's namespace or a `ClusterRole`.
public struct RoleRef: Sendable, Hashable, Codable {
  public var apiGroup: String
  public var kind: String
  public var name: String

  public init(kind: String, name: String, apiGroup: String = RBACAPI.group) {
    self.apiGroup = apiGroup
    self.kind = kind
    self.name = name
  }

  /// A reference to the ClusterRole `name`.
  public static func clusterRole(_ name: String) -> RoleRef { RoleRef(kind: "ClusterRole", name: name) }

  /// A reference to the Role `name` in the binding's namespace.
  public static func role(_ name: String) -> RoleRef { RoleRef(kind: "Role", name: name) }
}

/// How an aggregated ClusterRole finds the ClusterRoles whose rules it collects.
public struct AggregationRule: Sendable, Hashable, Codable {
  public var clusterRoleSelectors: [LabelSelector]

  public init(clusterRoleSelectors: [LabelSelector]) {
    self.clusterRoleSelectors = clusterRoleSelectors
  }

  private enum CodingKeys: String, CodingKey { case clusterRoleSelectors }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    clusterRoleSelectors = try container.decodeIfPresent([LabelSelector].self, forKey: .clusterRoleSelectors) ?? []
  }
}

/// Names of the RBAC API.
public enum RBACAPI {
  public static let group = "rbac.authorization.k8s.io"
  public static let apiVersion = "rbac.authorization.k8s.io/v1"
}
