#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Everything the transfer thread needs to know about one request, worked out on the caller's side
/// as plain values: the URL libcurl is given, the header lines, the timeout and what logs may show.
struct RequestPlan: Sendable {
  /// Upper-cased HTTP method.
  var method: String
  /// The URL handed to libcurl; its host is the TLS server name when one is configured.
  var url: String
  /// A `CURLOPT_CONNECT_TO` entry when the TLS server name differs from the host we connect to.
  var connectTo: String?
  /// `host:port` of the server we connect to, for errors and logs.
  var hostLabel: String
  /// Whether the server is this machine (`localhost`, 127.0.0.0/8, `::1`): Go's environment proxy settings, and so
  /// kubectl's, never apply to it, so a kind or minikube cluster works with a corporate `HTTPS_PROXY` set.
  var isLoopback: Bool
  /// Header lines for `CURLOPT_HTTPHEADER`.
  var headerLines: [String]
  /// The request headers as given, for logging.
  var headers: [HTTPHeader]
  var body: Data?
  /// Whether a body goes out (an empty one for POST, PUT and PATCH without one).
  var sendsBody: Bool { Self.sendsBody(method: method, body: body) }
  /// Whole-transfer limit in milliseconds; nil means none.
  var timeoutMilliseconds: Int?
  /// The limit as a duration, reported by `HTTPError.timedOut`.
  var timeout: Duration?
  /// The URL as the request gave it: `url` may name the TLS server name instead.
  private var requestURL: String
  /// The request URL with credentials masked, worked out only when a log line needs it.
  var logURL: String { RequestRedaction.url(requestURL) }
  /// True when the body must never be logged.
  var mayContainSecret: Bool { RequestRedaction.mayContainSecret(path: requestURL, body: body) }
  /// `HTTPRequest.watchBodyStart`.
  var watchBodyStart: (@Sendable (UnsafeRawBufferPointer) -> Bool)?

  /// Plans `request`. Streams get no whole-transfer timeout unless the request sets one.
  init(request: HTTPRequest, configuration: TransportConfiguration, streaming: Bool) throws(HTTPError) {
    let method = request.method.uppercased()
    guard !method.isEmpty, method.allSatisfy({ $0.isLetter || $0 == "-" }) else {
      throw .other(host: "", detail: "invalid HTTP method \(request.method)")
    }
    self.method = method
    requestURL = request.url
    headers = request.headers
    body = request.body
    watchBodyStart = request.watchBodyStart

    let parsed = try CurlURL(request.url)
    let realHost = parsed.host
    let realPort = parsed.port
    hostLabel = "\(realHost):\(realPort)"
    isLoopback = Self.isLoopback(realHost)

    var lines = try Self.headerLines(request.headers, host: hostLabel)
    if let serverName = configuration.tlsServerName, !serverName.isEmpty,
      serverName.lowercased() != realHost.lowercased()
    {
      // libcurl 7.88 has no option to set the SNI name or the name verified in the server certificate
      // apart from the URL's host. So the URL names the TLS server name, making libcurl send it as SNI
      // and check the certificate against it, and CURLOPT_CONNECT_TO ("name:port:realhost:realport")
      // routes the connection to the real server. The Host header keeps naming the real server, as
      // kubectl (Go's tls.Config.ServerName) does.
      try parsed.setHost(serverName)
      connectTo = "\(parsed.host):\(realPort):\(realHost):\(realPort)"
      if !request.headers.contains(where: { $0.hasName("Host") }) {
        let authority = parsed.explicitPort.map { "\(realHost):\($0)" } ?? realHost
        lines.append("Host: \(authority)")
      }
    } else {
      connectTo = nil
    }
    url = parsed.string

    if Self.sendsBody(method: method, body: request.body)
      && !request.headers.contains(where: { $0.hasName("Content-Type") })
    {
      // Without this libcurl would label the body application/x-www-form-urlencoded.
      lines.append("Content-Type:")
    }
    // No "Expect: 100-continue" round trip before bodies.
    lines.append("Expect:")
    headerLines = lines

    timeout = request.timeout ?? (streaming ? nil : configuration.requestTimeout)
    timeoutMilliseconds = timeout?.curlMilliseconds
  }

  private static func sendsBody(method: String, body: Data?) -> Bool {
    body != nil || ["POST", "PUT", "PATCH"].contains(method)
  }

  /// `Name: value` lines; an empty value uses libcurl's `Name;` spelling so the header is still sent.
  private static func headerLines(_ headers: [HTTPHeader], host: String) throws(HTTPError) -> [String] {
    var lines: [String] = []
    for header in headers {
      let validName =
        !header.name.isEmpty
        && header.name.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 32 && $0.value < 127 && $0 != ":" }
      guard validName else {
        throw .other(host: host, detail: "invalid HTTP header name \(header.name.debugDescription)")
      }
      guard !header.value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" || $0 == "\0" }) else {
        throw .other(host: host, detail: "the value of HTTP header \(header.name) contains a line break")
      }
      // Trimmed without Foundation, which bridges each value to UTF-16 first.
      var value = Substring(header.value)
      while value.first?.isWhitespace == true { value.removeFirst() }
      while value.last?.isWhitespace == true { value.removeLast() }
      lines.append(value.isEmpty ? "\(header.name);" : "\(header.name): \(value)")
    }
    return lines
  }

  /// `localhost`, `127.x.y.z` or `::1`, as Go's `httpproxy` recognises them.
  static func isLoopback(_ host: String) -> Bool {
    let name = host.lowercased().filter { $0 != "[" && $0 != "]" }
    if name == "localhost" || name == "localhost." || name == "::1" { return true }
    let octets = name.split(separator: ".", omittingEmptySubsequences: false)
    return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
  }
}
