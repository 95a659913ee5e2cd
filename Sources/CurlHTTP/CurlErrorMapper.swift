import CCurl

/// Translates libcurl failures into `HTTPError`s that say what went wrong in the user's terms.
enum CurlErrorMapper {
  /// TLS alerts a server sends when it does not accept the client certificate (or got none).
  /// OpenSSL prefixes them with the protocol ("tlsv13 alert certificate required",
  /// "sslv3 alert bad certificate", "tlsv1 alert unknown ca").
  private static let clientCertificateAlerts = [
    "alert certificate required", "alert bad certificate", "alert unknown ca", "alert certificate unknown",
    "alert unsupported certificate", "alert certificate expired", "alert certificate revoked",
  ]

  static func map(_ failure: CurlFailure) -> HTTPError {
    let host = failure.host
    let message = failure.message
    let lowered = message.lowercased()
    let proxy = failure.proxyURL.map { RequestRedaction.url($0) }

    // Our callbacks only abort a transfer when its consumer went away or it was cancelled.
    if failure.cancelRequested && (failure.code == CURLE_ABORTED_BY_CALLBACK || failure.code == CURLE_WRITE_ERROR) {
      return .cancelled
    }
    switch failure.code {
    case CURLE_COULDNT_RESOLVE_PROXY, CURLE_PROXY:
      return .proxy(url: proxy ?? "(from the environment)", detail: message)
    case CURLE_COULDNT_RESOLVE_HOST:
      return .hostNotFound(host: host)
    case CURLE_COULDNT_CONNECT:
      // With a proxy configured libcurl only ever connects to the proxy itself.
      if let proxy { return .proxy(url: proxy, detail: message) }
      return .connectionRefused(host: host)
    case CURLE_OPERATION_TIMEDOUT:
      return .timedOut(host: host, after: timeLimit(failure))
    case CURLE_PEER_FAILED_VERIFICATION:
      if lowered.contains("subject name") || lowered.contains("hostname") || lowered.contains("host name") {
        return .certificateNameMismatch(host: host, detail: message)
      }
      return .untrustedCertificate(host: host, detail: message)
    case CURLE_SSL_CERTPROBLEM:
      return .badClientCertificate(detail: message)
    case CURLE_SSL_CACERT_BADFILE:
      return .tls(host: host, detail: "the CA certificates could not be loaded: \(message)")
    case CURLE_SSL_CONNECT_ERROR, CURLE_SEND_ERROR, CURLE_RECV_ERROR:
      if refusesClientCertificate(failure) { return .clientCertificateRejected(host: host) }
      if lowered.contains("connect tunnel failed") || lowered.contains("proxy") {
        return .proxy(url: proxy ?? "(from the environment)", detail: message)
      }
      if failure.code == CURLE_SSL_CONNECT_ERROR { return .tls(host: host, detail: message) }
      if failure.receivedHead { return .truncated(host: host, detail: message) }
      return .other(host: host, detail: message)
    case CURLE_PARTIAL_FILE, CURLE_GOT_NOTHING, CURLE_HTTP2_STREAM:
      return .truncated(host: host, detail: message)
    case CURLE_HTTP2:
      // libcurl 7.88 (Debian 12) fails one of many parallel HTTP/2 requests this way now and then when a server
      // ends responses with an empty DATA frame (lamp-sim did, with SwiftNIO's codec: 29 runs of 30, each 286
      // GETs), while the same connection serves the others. Lost like a truncated response; a GET is retried.
      return .truncated(host: host, detail: message)
    default:
      return .other(host: host, detail: message)
    }
  }

  /// Whether a TLS send/receive/handshake failure is the server refusing our client certificate
  /// (or the absence of one).
  private static func refusesClientCertificate(_ failure: CurlFailure) -> Bool {
    let texts = [failure.message.lowercased()] + failure.handshake.receivedAlerts.map { "alert \($0)" }
    if texts.contains(where: { text in clientCertificateAlerts.contains { text.contains($0) } }) { return true }
    let asked = failure.clientCertificatePresented || failure.handshake.serverRequestedCertificate
    if asked && texts.contains(where: { $0.contains("alert handshake failure") }) { return true }
    // Under TLS 1.3 the server judges the certificate after the handshake and often just hangs up,
    // so its alert is lost behind a reset or broken pipe. A server that asked for a certificate on
    // this transfer's new connection and hung up before answering is refusing it.
    return failure.handshake.serverRequestedCertificate && !failure.receivedHead
      && failure.code != CURLE_SSL_CONNECT_ERROR
  }

  /// The limit that was hit: the connect timeout when libcurl never got connected (the TLS handshake is part of
  /// connecting: a server that accepts and never answers it stalls there), else the request's own limit, else (a
  /// stream without one) how long it ran.
  private static func timeLimit(_ failure: CurlFailure) -> Duration {
    let lowered = failure.message.lowercased()
    let whileConnecting =
      lowered.hasPrefix("connection timed out") || lowered.hasPrefix("resolving timed out")
      || lowered.hasPrefix("ssl connection timeout") || lowered.contains("failed to connect")
    if whileConnecting {
      guard let request = failure.requestTimeout else { return failure.connectTimeout }
      return min(request, failure.connectTimeout)
    }
    return failure.requestTimeout ?? failure.elapsed
  }
}
