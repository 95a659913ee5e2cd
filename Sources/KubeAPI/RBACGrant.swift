/// One subject holding a permission through one binding: a line of `lamp rbac who-can`.
public struct RBACGrant: Sendable, Hashable, Comparable, Codable {
  /// The subject; a ServiceAccount's namespace is filled in from its RoleBinding when omitted.
  public let subject: Subject
  /// `RoleBinding` or `ClusterRoleBinding`.
  public let bindingKind: String
  public let bindingName: String
  /// The RoleBinding's namespace; nil for a ClusterRoleBinding.
  public let bindingNamespace: String?
  /// `Role` or `ClusterRole`.
  public let roleKind: String
  public let roleName: String

  public init(
    subject: Subject, bindingKind: String, bindingName: String, bindingNamespace: String?, roleKind: String,
    roleName: String
  ) {
    self.subject = subject
    self.bindingKind = bindingKind
    self.bindingName = bindingName
    self.bindingNamespace = bindingNamespace
    self.roleKind = roleKind
    self.roleName = roleName
  }

  /// Kubernetes' description of the source, as used in an RBAC reason:
  /// `RoleBinding "NAME/NS" of Role "ROLE" to ServiceAccount "SA/NS"`.
  public var sourceDescription: String {
    let binding = bindingNamespace.map { bindingName + "/" + $0 } ?? bindingName
    var subjectName = subject.name
    if subject.kind == Subject.serviceAccountKind {
      subjectName += "/" + (subject.namespace ?? bindingNamespace ?? "")
    }
    return "\(bindingKind) \(GoText.quoted(binding)) of \(roleKind) \(GoText.quoted(roleName)) to "
      + "\(subject.kind) \(GoText.quoted(subjectName))"
  }

  /// Orders by subject (kind, namespace, name), then binding (kind, namespace, name).
  public static func < (lhs: RBACGrant, rhs: RBACGrant) -> Bool {
    lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
  }

  private var sortKey: [String] {
    [
      subject.kind, subject.namespace ?? "", subject.name, bindingKind, bindingNamespace ?? "", bindingName,
      roleKind, roleName,
    ]
  }
}
