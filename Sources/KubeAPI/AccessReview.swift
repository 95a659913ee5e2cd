/// An authorization.k8s.io/v1 SelfSubjectAccessReview: "may the caller do this?". The server fills `status`.
public struct SelfSubjectAccessReview: Codable, Sendable, Hashable {
  public var apiVersion = "authorization.k8s.io/v1"
  public var kind = "SelfSubjectAccessReview"
  public var spec: AccessReviewSpec
  public var status: AccessReviewStatus?

  public init(_ attributes: ResourceAttributes) {
    spec = AccessReviewSpec(resourceAttributes: attributes)
  }

  /// Where to POST it.
  public static let path = "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews"
}

/// The question of an access review: one of the two attribute blocks.
public struct AccessReviewSpec: Codable, Sendable, Hashable {
  public var resourceAttributes: ResourceAttributes?
  public var nonResourceAttributes: NonResourceAttributes?

  public init(resourceAttributes: ResourceAttributes? = nil, nonResourceAttributes: NonResourceAttributes? = nil) {
    self.resourceAttributes = resourceAttributes
    self.nonResourceAttributes = nonResourceAttributes
  }
}

/// The server's answer. `allowed: false, denied: false` means no authorizer had an opinion.
public struct AccessReviewStatus: Codable, Sendable, Hashable {
  public var allowed: Bool
  public var denied: Bool?
  public var reason: String?
  public var evaluationError: String?
}
