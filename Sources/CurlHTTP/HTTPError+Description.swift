extension HTTPError: CustomStringConvertible {
  /// One line for the user, in the spirit of kubectl's messages, naming the server.
  public var description: String {
    switch self {
    case .connectionRefused(let host):
      return "connection refused by \(host)"
    case .hostNotFound(let host):
      return "no such host: \(host) could not be resolved"
    case .timedOut(let host, let after):
      return "request to \(host) timed out after \(Self.format(after))"
    case .untrustedCertificate(let host, let detail):
      let lowered = detail.lowercased()
      if lowered.contains("expired") || lowered.contains("not yet valid") {
        return "x509: certificate has expired or is not yet valid (server \(host))"
      }
      return "x509: certificate signed by unknown authority (server \(host))"
    case .certificateNameMismatch(let host, let detail):
      return "x509: certificate is not valid for the requested name (server \(host)): \(detail)"
    case .clientCertificateRejected(let host):
      return "the server rejected the client certificate (\(host))"
    case .badClientCertificate(let detail):
      return "invalid client certificate or key: \(detail)"
    case .tls(let host, let detail):
      return "TLS connection to \(host) failed: \(detail)"
    case .proxy(let url, let detail):
      return "proxy \(url) failed: \(detail)"
    case .truncated(let host, let detail):
      return "the connection to \(host) broke before the response was complete: \(detail)"
    case .cancelled:
      return "the request was cancelled"
    case .other(let host, let detail):
      return host.isEmpty ? detail : "request to \(host) failed: \(detail)"
    }
  }

  /// Whether the description names the server it was talking to, so that callers need not add it.
  public var namesServer: Bool {
    switch self {
    case .connectionRefused, .hostNotFound, .timedOut, .untrustedCertificate, .certificateNameMismatch,
      .clientCertificateRejected, .tls, .truncated:
      return true
    case .badClientCertificate, .proxy, .cancelled: return false
    case .other(let host, _): return !host.isEmpty
    }
  }

  /// "300ms", "1.5s", "10s", "2m", "1m30s": short, like Go's duration strings.
  private static func format(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
    if milliseconds < 1000 { return "\(milliseconds)ms" }
    if milliseconds % 1000 != 0 { return "\(Double(milliseconds) / 1000)s" }
    if seconds < 60 { return "\(seconds)s" }
    return seconds % 60 == 0 ? "\(seconds / 60)m" : "\(seconds / 60)m\(seconds % 60)s"
  }
}
