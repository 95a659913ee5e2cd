#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The `Status` object kube-apiserver sends with every error (and some successful deletes).
public struct Status: Codable, Sendable, Hashable {
  public var kind: String?
  public var apiVersion: String?
  public var status: String?
  public var message: String?
  public var reason: String?
  public var code: Int?
  public var details: StatusDetails?
  public var metadata: ListMeta?

  public init(
    status: String? = "Failure", message: String? = nil, reason: String? = nil, code: Int? = nil,
    details: StatusDetails? = nil
  ) {
    self.kind = "Status"
    self.apiVersion = "v1"
    self.status = status
    self.message = message
    self.reason = reason
    self.code = code
    self.details = details
  }
}

/// `Status.details`: which object, and why (causes).
public struct StatusDetails: Codable, Sendable, Hashable {
  public var name: String?
  public var group: String?
  public var kind: String?
  public var uid: String?
  public var retryAfterSeconds: Int?
  public var causes: [StatusCause]?

  public init(name: String? = nil, group: String? = nil, kind: String? = nil, causes: [StatusCause]? = nil) {
    self.name = name
    self.group = group
    self.kind = kind
    self.causes = causes
  }
}

/// One cause of an `Invalid` or similar error.
public struct StatusCause: Codable, Sendable, Hashable {
  public var reason: String?
  public var message: String?
  public var field: String?

  public init(reason: String? = nil, message: String? = nil, field: String? = nil) {
    self.reason = reason
    self.message = message
    self.field = field
  }
}

/// `/version` of a server (and of lamp itself in `lamp version`).
public struct VersionInfo: Codable, Sendable, Hashable {
  public var major: String?
  public var minor: String?
  public var gitVersion: String
  public var gitCommit: String?
  public var buildDate: String?
  public var goVersion: String?
  public var platform: String?

  public init(gitVersion: String, major: String? = nil, minor: String? = nil, platform: String? = nil) {
    self.gitVersion = gitVersion
    self.major = major
    self.minor = minor
    self.platform = platform
  }
}
