/// The RBAC authorizer's answer to one request.
public struct RBACDecision: Sendable, Hashable {
  public let allowed: Bool
  /// Worded like Kubernetes: `RBAC: allowed by RoleBinding "NAME/NS" of ClusterRole "ROLE" to User "jane"`.
  /// Empty when denied, unless some binding referred to a role that does not exist
  /// (`RBAC: clusterrole.rbac.authorization.k8s.io "x" not found`).
  public let reason: String
  /// The binding and subject that allowed the request.
  public let grant: RBACGrant?

  public init(allowed: Bool, reason: String, grant: RBACGrant? = nil) {
    self.allowed = allowed
    self.reason = reason
    self.grant = grant
  }
}
