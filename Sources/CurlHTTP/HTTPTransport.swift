#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One HTTP header; names compare case-insensitively.
public struct HTTPHeader: Sendable, Equatable {
  public var name: String
  public var value: String
  public init(_ name: String, _ value: String) {
    self.name = name
    self.value = value
  }

  /// Whether this header is called `other`: names compare without regard to ASCII case.
  public func hasName(_ other: String) -> Bool {
    name.utf8.elementsEqual(other.utf8) { Self.lowercased($0) == Self.lowercased($1) }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
  }
}

/// A request the transport sends. The body is replayable, so reads can be retried.
public struct HTTPRequest: Sendable {
  public var method: String
  public var url: String
  public var headers: [HTTPHeader]
  public var body: Data?
  /// Overrides the transport's request timeout for this request (nil: the transport's default).
  public var timeout: Duration?
  /// Shown the body received so far each time more of a successful (2xx) response's body arrives, until it
  /// returns true: a caller can act on a body's first bytes (a list page's next-page token) while the rest is
  /// still on its way. It runs on the transfer thread, so it must be quick, and the bytes are valid only during
  /// the call.
  public var watchBodyStart: (@Sendable (UnsafeRawBufferPointer) -> Bool)?

  public init(
    method: String = "GET", url: String, headers: [HTTPHeader] = [], body: Data? = nil, timeout: Duration? = nil,
    watchBodyStart: (@Sendable (UnsafeRawBufferPointer) -> Bool)? = nil
  ) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
    self.timeout = timeout
    self.watchBodyStart = watchBodyStart
  }
}

/// A complete response.
public struct HTTPResponse: Sendable {
  public var status: Int
  public var headers: [HTTPHeader]
  public var body: Data

  public init(status: Int, headers: [HTTPHeader], body: Data) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  /// The first header with this name, compared case-insensitively.
  public func header(_ name: String) -> String? {
    headers.first { $0.hasName(name) }?.value
  }
}

/// A streamed response: the head arrives first, then the body line by line (watches, followed logs).
public struct HTTPLineStream: Sendable {
  public var status: Int
  public var headers: [HTTPHeader]
  /// Lines without their trailing newline. Ends when the server closes the stream; throws on transport errors.
  /// Cancelling the consuming task aborts the transfer.
  public var lines: AsyncThrowingStream<Data, Error>

  public init(status: Int, headers: [HTTPHeader], lines: AsyncThrowingStream<Data, Error>) {
    self.status = status
    self.headers = headers
    self.lines = lines
  }

  public func header(_ name: String) -> String? {
    headers.first { $0.hasName(name) }?.value
  }
}

/// Why a request did not get an HTTP response. Messages never contain credentials.
public enum HTTPError: Error, Sendable, Equatable {
  /// The server refused the connection.
  case connectionRefused(host: String)
  /// The host name did not resolve.
  case hostNotFound(host: String)
  /// Connecting or the whole request took longer than allowed.
  case timedOut(host: String, after: Duration)
  /// The server's certificate is not signed by a trusted CA.
  case untrustedCertificate(host: String, detail: String)
  /// The server's certificate does not cover the host name (or tls-server-name).
  case certificateNameMismatch(host: String, detail: String)
  /// The server rejected our client certificate (often surfaces after the TLS 1.3 handshake).
  case clientCertificateRejected(host: String)
  /// Our client certificate or key could not be loaded.
  case badClientCertificate(detail: String)
  /// Another TLS failure.
  case tls(host: String, detail: String)
  /// The proxy could not be reached or refused the tunnel.
  case proxy(url: String, detail: String)
  /// The connection broke before the response was complete.
  case truncated(host: String, detail: String)
  /// The request was cancelled.
  case cancelled
  /// Anything else libcurl reports.
  case other(host: String, detail: String)
}

/// TLS and connection settings of one cluster, all from memory (no temp files).
public struct TransportConfiguration: Sendable {
  /// PEM bytes of the CAs to trust; nil uses the system trust store.
  public var caPEM: Data?
  /// PEM client certificate and key (both or neither).
  public var clientCertificatePEM: Data?
  public var clientKeyPEM: Data?
  /// Skip server certificate verification. Only ever true when the kubeconfig or `--insecure-skip-tls-verify` asks.
  public var insecureSkipTLSVerify: Bool
  /// The name to send as SNI and verify in the server certificate, instead of the URL's host.
  public var tlsServerName: String?
  /// http, https or socks5 proxy; nil leaves libcurl's environment handling (HTTPS_PROXY, NO_PROXY).
  public var proxyURL: String?
  /// Ask for gzip responses (the default, unless the kubeconfig disables compression).
  public var compression: Bool
  public var connectTimeout: Duration
  /// Default whole-request timeout; nil means none (watches run forever).
  public var requestTimeout: Duration?
  /// User-Agent header value.
  public var userAgent: String

  public init(
    caPEM: Data? = nil, clientCertificatePEM: Data? = nil, clientKeyPEM: Data? = nil,
    insecureSkipTLSVerify: Bool = false, tlsServerName: String? = nil, proxyURL: String? = nil,
    compression: Bool = true, connectTimeout: Duration = .seconds(10), requestTimeout: Duration? = nil,
    userAgent: String = "lamp"
  ) {
    self.caPEM = caPEM
    self.clientCertificatePEM = clientCertificatePEM
    self.clientKeyPEM = clientKeyPEM
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.tlsServerName = tlsServerName
    self.proxyURL = proxyURL
    self.compression = compression
    self.connectTimeout = connectTimeout
    self.requestTimeout = requestTimeout
    self.userAgent = userAgent
  }
}

/// Where `-v` request logging goes. Level 6: method, URL, status, duration; level 8 adds headers.
public struct HTTPLog: Sendable {
  public var verbosity: Int
  /// Takes one record: a request's or a response's lines, joined by new lines, to be written at once so that
  /// the records of concurrent requests do not interleave.
  public var sink: @Sendable (String) -> Void

  public init(verbosity: Int, sink: @escaping @Sendable (String) -> Void) {
    self.verbosity = verbosity
    self.sink = sink
  }

  public static let off = HTTPLog(verbosity: 0) { _ in }
}

/// The one network seam: everything lamp sends goes through a transport.
public protocol HTTPTransport: Sendable {
  /// Sends a request and returns the whole response (any status code).
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
  /// Sends a request and streams the body as lines once the head has arrived.
  func streamLines(_ request: HTTPRequest) async throws -> HTTPLineStream
}
