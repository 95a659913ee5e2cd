#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The value of an `Authorization` header. Its descriptions never show the secret.
public enum Authorization: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
  case bearer(String)
  case basic(username: String, password: String)

  /// The header value: `Bearer <token>` or `Basic <base64(user:password)>`.
  public var headerValue: String {
    switch self {
    case .bearer(let token):
      return "Bearer \(token)"
    case .basic(let username, let password):
      return "Basic " + Data("\(username):\(password)".utf8).base64EncodedString()
    }
  }

  public var description: String {
    switch self {
    case .bearer: return "Bearer <redacted>"
    case .basic(let username, _): return "Basic <\(username):redacted>"
    }
  }

  public var debugDescription: String { description }
}
