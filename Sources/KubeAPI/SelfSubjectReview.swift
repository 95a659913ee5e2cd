/// An authentication.k8s.io/v1 SelfSubjectReview: "who does the server think I am?".
public struct SelfSubjectReview: Codable, Sendable, Hashable {
  public var apiVersion = "authentication.k8s.io/v1"
  public var kind = "SelfSubjectReview"
  public var status: SelfSubjectReviewStatus?

  public init() {}

  /// Where to POST it.
  public static let path = "/apis/authentication.k8s.io/v1/selfsubjectreviews"
}

/// The server's answer: the authenticated user.
public struct SelfSubjectReviewStatus: Codable, Sendable, Hashable {
  public var userInfo: SelfSubjectUserInfo?
}

/// `status.userInfo` of a SelfSubjectReview.
public struct SelfSubjectUserInfo: Codable, Sendable, Hashable {
  public var username: String?
  public var groups: [String]?
}
