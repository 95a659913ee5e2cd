#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Writes `-v` request logs in kubectl's round-tripper wording, with credentials masked:
/// level 6 one line per request, level 8 adds headers, level 9 adds bodies cut to 1 KiB
/// (never the body of a Secret).
struct RequestLogger: Sendable {
  let log: HTTPLog
  /// User-Agent libcurl sends on every request, shown with the request headers.
  let userAgent: String

  static let bodyLimit = 1024

  /// Logs what is about to be sent, as one record: requests run concurrently, and a header line must stay
  /// under the request it belongs to.
  func requestStarting(_ plan: RequestPlan) {
    guard log.verbosity >= 8 else { return }
    var lines = ["\(plan.method) \(plan.logURL)", "Request Headers:"]
    var headers = plan.headers
    if !headers.contains(where: { $0.hasName("User-Agent") }) {
      headers.append(HTTPHeader("User-Agent", userAgent))
    }
    for header in headers {
      lines.append("    \(header.name): \(RequestRedaction.headerValue(name: header.name, value: header.value))")
    }
    if log.verbosity >= 9, let body = plan.body {
      lines.append("Request Body: \(Self.bodyText(body, redacted: plan.mayContainSecret))")
    }
    log.sink(lines.joined(separator: "\n"))
  }

  /// Logs a response head, and its body when there is one to show (nil for streams), as one record.
  func responded(_ plan: RequestPlan, head: ResponseHeadParser, elapsed: Duration, body: Data?) {
    guard log.verbosity >= 6 else { return }
    let status = HTTPStatusText.status(head.status, serverReason: head.reason)
    var lines = ["\(plan.method) \(plan.logURL) \(status) in \(Self.milliseconds(elapsed)) milliseconds"]
    if log.verbosity >= 8 {
      lines.append("Response Headers:")
      for header in head.headers {
        lines.append("    \(header.name): \(RequestRedaction.headerValue(name: header.name, value: header.value))")
      }
    }
    if log.verbosity >= 9 {
      if let body {
        let redacted = plan.mayContainSecret || RequestRedaction.mayContainSecret(path: "", body: body)
        lines.append("Response Body: \(Self.bodyText(body, redacted: redacted))")
      } else {
        lines.append("Response Body: [streamed]")
      }
    }
    log.sink(lines.joined(separator: "\n"))
  }

  /// Logs a request that got no response.
  func failed(_ plan: RequestPlan, error: HTTPError, elapsed: Duration) {
    guard log.verbosity >= 6 else { return }
    log.sink("\(plan.method) \(plan.logURL) failed in \(Self.milliseconds(elapsed)) milliseconds: \(error)")
  }

  private static func milliseconds(_ duration: Duration) -> Int64 {
    let (seconds, attoseconds) = duration.components
    return seconds * 1000 + attoseconds / 1_000_000_000_000_000
  }

  /// The body as one line, cut to `bodyLimit` bytes.
  private static func bodyText(_ body: Data, redacted: Bool) -> String {
    if redacted { return "[body redacted]" }
    var shown = ""
    // By scalar: to `replacing(_:with:)`, "\r\n" is one character, neither "\r" nor "\n".
    for scalar in String(decoding: body.prefix(bodyLimit), as: UTF8.self).unicodeScalars {
      switch scalar {
      case "\r": shown += "\\r"
      case "\n": shown += "\\n"
      default: shown.unicodeScalars.append(scalar)
      }
    }
    return body.count > bodyLimit ? "\(shown) [truncated, \(body.count) bytes]" : shown
  }
}
