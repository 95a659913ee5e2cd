/// What a user may do in a namespace, as a SelfSubjectRulesReview reports it.
public struct RBACRulesReview: Sendable, Hashable {
  /// Rules that name resources, in the order the bindings grant them.
  public let resourceRules: [PolicyRule]
  /// Rules that name non-resource URLs.
  public let nonResourceRules: [PolicyRule]
  /// Set when some binding referred to a role that does not exist; the rules are then incomplete.
  public let evaluationError: String?

  public init(resourceRules: [PolicyRule], nonResourceRules: [PolicyRule], evaluationError: String? = nil) {
    self.resourceRules = resourceRules
    self.nonResourceRules = nonResourceRules
    self.evaluationError = evaluationError
  }
}
