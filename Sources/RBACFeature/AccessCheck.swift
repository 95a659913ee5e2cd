import KubeAPI
import KubeClient

/// The answer to one permission check (`-o json|yaml` item of kind AccessCheckList).
public struct AccessCheck: Codable, Sendable, Hashable {
  /// kubectl's notation, subresource spelled with `/`.
  public var permission: String
  public var namespace: String
  public var allowed: Bool
  /// True only when an authorizer explicitly denied (rather than having no opinion).
  public var denied: Bool
  public var reason: String?
  public var evaluationError: String?
  /// The features that need it (`lamp rbac check FEATURE`); absent for a single check.
  public var features: [String]?
  /// What those features use it for.
  public var purpose: String?
  /// Set on needs that are alternatives to each other (`prometheus:proxy`): one allowed is enough.
  public var alternatives: String?

  /// Asks the server with a SelfSubjectAccessReview; impersonation (`--as`) applies through the client.
  public static func ask(_ spec: PermissionSpec, client: KubeClient) async throws -> AccessCheck {
    let review = try await client.postJSON(
      SelfSubjectAccessReview.self, path: SelfSubjectAccessReview.path, body: SelfSubjectAccessReview(spec.attributes))
    let status = review.status
    return AccessCheck(
      permission: spec.description, namespace: spec.attributes.namespace, allowed: status?.allowed ?? false,
      denied: status?.denied ?? false, reason: status?.reason.flatMap { $0.isEmpty ? nil : $0 },
      evaluationError: status?.evaluationError.flatMap { $0.isEmpty ? nil : $0 })
  }
}
