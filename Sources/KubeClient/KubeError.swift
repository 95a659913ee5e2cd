import ByteScanning
import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a request to the cluster failed. Every message is one line and never contains credentials.
public enum KubeError: Error, Sendable, CustomStringConvertible {
  /// The server answered with an error `Status` (or a non-JSON error body, turned into one).
  case api(Status, server: String)
  /// No HTTP response: connection, DNS, TLS, timeout.
  case transport(HTTPError, server: String)
  /// A 2xx response whose body was not what the API promises (not JSON, cut short, wrong shape).
  case malformedResponse(path: String, detail: String, server: String)
  /// The credential plugin or file failed.
  case credentials(String)
  /// A resource the command needs is not served by this cluster (a missing CRD).
  case resourceNotServed(String, server: String)

  /// The HTTP status code, when the server answered.
  public var statusCode: Int? {
    if case .api(let status, _) = self { return status.code }
    return nil
  }

  /// The `Status.reason` word, when the server answered.
  public var reason: String? {
    if case .api(let status, _) = self { return status.reason }
    return nil
  }

  public var isNotFound: Bool { statusCode == 404 }
  /// A 403 for what the request asked: the caller may lack that one permission, and may carry on without it.
  /// Not a refused impersonation, which no request gets past (`isImpersonationRefused`).
  public var isForbidden: Bool { statusCode == 403 && !isImpersonationRefused }

  /// `--as`/`--as-group`/`--as-uid` refused: kube-apiserver's impersonation filter answers every request with a 403
  /// whose details name the impersonated kind (`users`, `groups`, `serviceaccounts`, `uids`, `userextras`). Seen as
  /// missing permissions, it would turn every list into a warning and every check into a pass.
  public var isImpersonationRefused: Bool {
    guard case .api(let status, _) = self, status.code == 403, let kind = status.details?.kind else { return false }
    let kinds: Set = ["users", "groups", "serviceaccounts", "uids", "userextras"]
    return kinds.contains(kind) && status.message?.contains("cannot impersonate") == true
  }
  public var isUnauthorized: Bool { statusCode == 401 }
  /// 410 Gone/Expired: a continue token or a watch resourceVersion is too old.
  public var isExpired: Bool { statusCode == 410 }

  public var description: String {
    switch self {
    case .api(let status, let server):
      let code = status.code ?? 0
      let reason = status.reason.flatMap { $0.isEmpty ? nil : $0 } ?? Self.reasonPhrase(code)
      var message = status.message.flatMap { $0.isEmpty ? nil : $0 } ?? Self.reasonPhrase(code)
      if code == 401 {
        message = "You must be logged in to the server (Unauthorized)"
        return "\(message) (\(server))"
      }
      return "\(Self.singleLine(message)) (\(reason) from \(server))"
    case .transport(let error, let server):
      return error.namesServer ? "\(error)" : "\(error) (\(server))"
    case .malformedResponse(let path, let detail, let server):
      return "malformed response to \(path): \(detail) (\(server))"
    case .credentials(let message):
      return message
    case .resourceNotServed(let what, let server):
      return "the server does not serve \(what) (\(server))"
    }
  }

  static func singleLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }

  static func reasonPhrase(_ code: Int) -> String {
    switch code {
    case 400: "BadRequest"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "NotFound"
    case 405: "MethodNotAllowed"
    case 406: "NotAcceptable"
    case 409: "Conflict"
    case 410: "Gone"
    case 413: "RequestEntityTooLarge"
    case 415: "UnsupportedMediaType"
    case 422: "Invalid"
    case 429: "TooManyRequests"
    case 500: "InternalError"
    case 503: "ServiceUnavailable"
    case 504: "Timeout"
    default: "HTTP \(code)"
    }
  }

  /// Builds the error for a non-2xx response: the `Status` when the body is one, else the code and the text.
  static func from(response: HTTPResponse, server: String) -> KubeError {
    if let status = try? JSONDecoder().decode(Status.self, from: response.body), status.kind == "Status" {
      var status = status
      if status.code == nil { status.code = response.status }
      return .api(status, server: server)
    }
    let text = String(decoding: response.body.prefix(300), as: UTF8.self).trimmingWhitespace()
    var message = text.isEmpty ? "the server responded with HTTP \(response.status)" : text
    if text.hasPrefix("<") {
      // A web server's or load balancer's error page, not a Kubernetes API server: its markup helps no one.
      message =
        "the server answered HTTP \(response.status) with a web page, not the Kubernetes API (is the server URL right?)"
    }
    return .api(Status(message: message, reason: reasonPhrase(response.status), code: response.status), server: server)
  }
}
