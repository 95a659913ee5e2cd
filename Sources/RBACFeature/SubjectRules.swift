import KubeAPI
import KubeClient

/// Everything the subject may do in a namespace, from a SelfSubjectRulesReview (`lamp rbac check --rules`).
/// The server marks the list incomplete when an authorizer cannot enumerate its rules (webhooks usually cannot).
public struct SubjectRules: Codable, Sendable, Hashable {
  public var apiVersion = "lamp/v1"
  public var kind = "SubjectRules"
  public var namespace: String
  public var incomplete: Bool
  public var evaluationError: String?
  /// Sorted by API group, resources and verbs; duplicates removed.
  public var resourceRules: [PolicyRule]
  public var nonResourceRules: [PolicyRule]

  /// Asks the server (impersonation, when set on the client, applies).
  public static func ask(namespace: String, client: KubeClient) async throws -> SubjectRules {
    let review = try await client.postJSON(
      Review.self, path: try ResourceKind.selfSubjectRulesReviews.collectionPath(namespace: nil),
      body: Review(spec: Review.Spec(namespace: namespace)))
    let status = review.status
    return SubjectRules(
      namespace: namespace, incomplete: status?.incomplete ?? true,
      evaluationError: status?.evaluationError.flatMap { $0.isEmpty ? nil : $0 },
      resourceRules: sorted(status?.resourceRules ?? []), nonResourceRules: sorted(status?.nonResourceRules ?? []))
  }

  static func sorted(_ rules: [PolicyRule]) -> [PolicyRule] {
    func key(_ rule: PolicyRule) -> [String] {
      [
        rule.apiGroups.joined(separator: ","), rule.resources.joined(separator: ","),
        rule.nonResourceURLs.joined(separator: ","), rule.resourceNames.joined(separator: ","),
        rule.verbs.joined(separator: ","),
      ]
    }
    return Array(Set(rules)).sorted { key($0).lexicographicallyPrecedes(key($1)) }
  }

  /// authorization.k8s.io/v1 SelfSubjectRulesReview, only the fields lamp reads.
  struct Review: Codable, Sendable {
    var apiVersion = "authorization.k8s.io/v1"
    var kind = "SelfSubjectRulesReview"
    var spec: Spec
    var status: Status?

    struct Spec: Codable, Sendable { var namespace: String }
    struct Status: Codable, Sendable {
      var resourceRules: [PolicyRule]?
      var nonResourceRules: [PolicyRule]?
      var incomplete: Bool?
      var evaluationError: String?
    }
  }
}
