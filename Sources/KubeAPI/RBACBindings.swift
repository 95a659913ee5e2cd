/// Grants a Role or ClusterRole to subjects within one namespace (rbac.authorization.k8s.io/v1 `RoleBinding`).
public struct RoleBinding: Sendable, Hashable {
  public static let kind = "RoleBinding"

  public var metadata: RBACMetadata
  public var subjects: [Subject]
  public var roleRef: RoleRef

  public init(metadata: RBACMetadata, subjects: [Subject], roleRef: RoleRef) {
    self.metadata = metadata
    self.subjects = subjects
    self.roleRef = roleRef
  }

  public var name: String { metadata.name }
  public var namespace: String { metadata.namespace ?? "" }
}

/// Grants a ClusterRole to subjects across the cluster (rbac.authorization.k8s.io/v1 `ClusterRoleBinding`).
public struct ClusterRoleBinding: Sendable, Hashable {
  public static let kind = "ClusterRoleBinding"

  public var metadata: RBACMetadata
  public var subjects: [Subject]
  public var roleRef: RoleRef

  public init(metadata: RBACMetadata, subjects: [Subject], roleRef: RoleRef) {
    self.metadata = metadata
    self.subjects = subjects
    self.roleRef = roleRef
  }

  public var name: String { metadata.name }
}

private enum BindingCodingKeys: String, CodingKey {
  case apiVersion, kind, metadata, subjects, roleRef
}

/// What the two binding kinds share: their fields and their one wire form.
public protocol RBACBindingObject: Codable, Sendable, Hashable {
  static var kind: String { get }
  var metadata: RBACMetadata { get }
  var subjects: [Subject] { get }
  var roleRef: RoleRef { get }
  init(metadata: RBACMetadata, subjects: [Subject], roleRef: RoleRef)
}

extension RBACBindingObject {
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: BindingCodingKeys.self)
    self.init(
      metadata: try container.decode(RBACMetadata.self, forKey: .metadata),
      subjects: try container.decodeIfPresent([Subject].self, forKey: .subjects) ?? [],
      roleRef: try container.decode(RoleRef.self, forKey: .roleRef))
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: BindingCodingKeys.self)
    try container.encode(RBACAPI.apiVersion, forKey: .apiVersion)
    try container.encode(Self.kind, forKey: .kind)
    try container.encode(metadata, forKey: .metadata)
    if !subjects.isEmpty { try container.encode(subjects, forKey: .subjects) }
    try container.encode(roleRef, forKey: .roleRef)
  }
}

extension RoleBinding: RBACBindingObject {}
extension ClusterRoleBinding: RBACBindingObject {}
