import ByteScanning
import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Supplies the Authorization header for each request and forgets it after a 401.
public protocol CredentialSupplier: Sendable {
  /// The full header value (`Bearer …`, `Basic …`), or nil for none.
  func authorizationHeader() async throws -> String?
  /// Drops cached credentials so the next request re-runs the exec plugin or re-reads the token file.
  func invalidate() async
  /// Whether `invalidate()` can lead to another credential, so that a request refused with 401 is worth sending
  /// again.
  var refreshes: Bool { get }
}

/// A typed Kubernetes API client over one `HTTPTransport`. Safe to share across tasks; requests run concurrently.
public final class KubeClient: Sendable {
  /// The API server, e.g. `https://127.0.0.1:6443` (possibly with a path prefix).
  public let server: URL
  /// The namespace of the context (or `-n`), used when a command is namespaced and none is given.
  public let namespace: String
  /// Items per list page. Larger than kubectl's 500: fewer round trips for the same data.
  public let listPageSize: Int
  public let retryPolicy: RetryPolicy
  let transport: any HTTPTransport
  let credentials: (any CredentialSupplier)?
  let extraHeaders: [HTTPHeader]
  let baseURL: String

  public init(
    server: URL, namespace: String, transport: any HTTPTransport, credentials: (any CredentialSupplier)?,
    extraHeaders: [HTTPHeader] = [], listPageSize: Int = 5000, retryPolicy: RetryPolicy = .default
  ) {
    self.server = server
    self.namespace = namespace
    self.transport = transport
    self.credentials = credentials
    self.extraHeaders = extraHeaders
    self.listPageSize = listPageSize
    self.retryPolicy = retryPolicy
    var base = server.absoluteString
    while base.hasSuffix("/") { base.removeLast() }
    self.baseURL = base
  }

  /// `host:port` of the server, for error messages.
  public var serverName: String {
    guard let host = server.host else { return server.absoluteString }
    let shownHost = host.contains(":") ? "[\(host)]" : host
    if let port = server.port { return "\(shownHost):\(port)" }
    return shownHost
  }

  /// A handle on one kind of resource, decoding items as `Item` (a per-feature minimal model is fastest).
  /// `namespace` nil means all namespaces (or cluster scope).
  public func resource<Item: KubeObject>(
    _ kind: ResourceKind, as type: Item.Type = Item.self, namespace: String?
  ) -> ResourceHandle<Item> {
    ResourceHandle(client: self, kind: kind, namespace: kind.namespaced ? namespace : nil)
  }

  /// The server's `/version`.
  public func serverVersion() async throws -> VersionInfo {
    try await getJSON(VersionInfo.self, path: "/version")
  }

  /// GETs a path and decodes the JSON body.
  public func getJSON<T: Decodable>(_ type: T.Type, path: String, query: [(String, String)] = []) async throws -> T {
    let response = try await send(method: "GET", path: path, query: query)
    return try decode(type, from: response.body, path: path)
  }

  /// POSTs a JSON body to a path (creates, access reviews) and decodes the answer.
  public func postJSON<Body: Encodable, T: Decodable>(_ type: T.Type, path: String, body: Body) async throws -> T {
    let data: Data
    do {
      data = try KubeJSON.encoder().encode(body)
    } catch {
      throw KubeError.malformedResponse(path: path, detail: "cannot encode request: \(error)", server: serverName)
    }
    let response = try await send(method: "POST", path: path, body: data, contentType: "application/json")
    return try decode(type, from: response.body, path: path)
  }

  /// Decodes a 2xx body: scanned (`JSONSlice.decode`), or with `JSONDecoder` when that fails, so that a failure
  /// becomes a one-line error saying what and where.
  func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
    if let value = try? JSONSlice.decode(type, from: data) { return value }
    do {
      return try KubeJSON.decoder().decode(type, from: data)
    } catch let error as DecodingError {
      throw KubeError.malformedResponse(path: path, detail: Self.describe(error, data: data), server: serverName)
    } catch {
      throw KubeError.malformedResponse(path: path, detail: "\(error)", server: serverName)
    }
  }

  static func describe(_ error: DecodingError, data: Data) -> String {
    func at(_ path: [CodingKey]) -> String {
      path.isEmpty ? "" : " at " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case .dataCorrupted(let context):
      if context.codingPath.isEmpty {
        return data.isEmpty ? "empty body" : "not valid JSON (\(data.count) bytes, possibly cut short)"
      }
      return "\(context.debugDescription)\(at(context.codingPath))"
    case .keyNotFound(let key, let context):
      return "missing field \"\(key.stringValue)\"\(at(context.codingPath))"
    case .typeMismatch(let type, let context):
      return "expected \(type)\(at(context.codingPath))"
    case .valueNotFound(let type, let context):
      return "missing \(type)\(at(context.codingPath))"
    @unknown default:
      return "\(error)"
    }
  }

  // MARK: - Requests

  /// Sends one API request with credentials, impersonation, retries on 429/5xx for reads,
  /// and one credential refresh on 401. Non-2xx answers throw `KubeError.api`. `watchBodyStart` is
  /// `HTTPRequest.watchBodyStart`, shown each attempt's body.
  public func send(
    method: String, path: String, query: [(String, String)] = [], body: Data? = nil, contentType: String? = nil,
    accept: String = "application/json", timeout: Duration? = nil,
    watchBodyStart: (@Sendable (UnsafeRawBufferPointer) -> Bool)? = nil
  ) async throws -> HTTPResponse {
    var request = try await buildRequest(
      method: method, path: path, query: query, body: body, contentType: contentType, accept: accept,
      timeout: timeout)
    request.watchBodyStart = watchBodyStart
    var attempt = 0
    var refreshed = false
    var current = request
    while true {
      attempt += 1
      let response: HTTPResponse
      do {
        response = try await transport.send(current)
      } catch let error as HTTPError {
        if case .cancelled = error { throw CancellationError() }
        if method == "GET", case .truncated = error, attempt < retryPolicy.maxAttempts {
          try await retryPolicy.sleep(attempt: attempt, retryAfter: nil)
          continue
        }
        throw KubeError.transport(error, server: serverName)
      }
      switch response.status {
      case 200..<300:
        return response
      case 401 where !refreshed && credentials?.refreshes == true:
        refreshed = true
        await credentials?.invalidate()
        current = try await buildRequest(
          method: method, path: path, query: query, body: body, contentType: contentType, accept: accept,
          timeout: timeout)
        current.watchBodyStart = watchBodyStart
        continue
      case 429, 500, 502, 503, 504:
        let retryAfter = Self.retryAfter(response)
        let retriable = method == "GET" || (response.status == 429 && retryAfter != nil)
        if retriable && attempt < retryPolicy.maxAttempts {
          try await retryPolicy.sleep(attempt: attempt, retryAfter: retryAfter)
          continue
        }
        throw KubeError.from(response: response, server: serverName)
      default:
        throw KubeError.from(response: response, server: serverName)
      }
    }
  }

  /// Opens a streaming request (watch, followed logs). Errors before the stream starts throw `KubeError`.
  public func stream(path: String, query: [(String, String)] = [], accept: String = "application/json") async throws
    -> HTTPLineStream
  {
    var refreshed = false
    while true {
      let request = try await buildRequest(
        method: "GET", path: path, query: query, body: nil, contentType: nil, accept: accept, timeout: nil)
      let stream: HTTPLineStream
      do {
        stream = try await transport.streamLines(request)
      } catch let error as HTTPError {
        if case .cancelled = error { throw CancellationError() }
        throw KubeError.transport(error, server: serverName)
      }
      if (200..<300).contains(stream.status) { return stream }
      var body = Data()
      for try await line in stream.lines {
        body.append(line)
        body.append(0x0A)
        if body.count > 64 * 1024 { break }
      }
      let response = HTTPResponse(status: stream.status, headers: stream.headers, body: body)
      if stream.status == 401 && !refreshed && credentials?.refreshes == true {
        refreshed = true
        await credentials?.invalidate()
        continue
      }
      throw KubeError.from(response: response, server: serverName)
    }
  }

  func buildRequest(
    method: String, path: String, query: [(String, String)], body: Data?, contentType: String?, accept: String,
    timeout: Duration?
  ) async throws -> HTTPRequest {
    var url = baseURL + path
    if !query.isEmpty {
      url += "?" + query.map { "\($0.0)=\(PathEscaping.query($0.1))" }.joined(separator: "&")
    }
    var headers = [HTTPHeader("Accept", accept)]
    if let contentType { headers.append(HTTPHeader("Content-Type", contentType)) }
    if let credentials {
      let value: String?
      do {
        value = try await credentials.authorizationHeader()
      } catch let error as KubeError {
        throw error
      } catch {
        throw KubeError.credentials("\(error)")
      }
      if let value { headers.append(HTTPHeader("Authorization", value)) }
    }
    headers += extraHeaders
    return HTTPRequest(method: method, url: url, headers: headers, body: body, timeout: timeout)
  }

  static func retryAfter(_ response: HTTPResponse) -> Int? {
    if let header = response.header("Retry-After"), let seconds = Int(header.trimmingSpaces()) {
      return seconds
    }
    if let status = try? JSONDecoder().decode(Status.self, from: response.body) {
      return status.details?.retryAfterSeconds
    }
    return nil
  }
}

/// How often and how long to wait when the server says 429 or 5xx.
public struct RetryPolicy: Sendable {
  public var maxAttempts: Int
  /// Cap on any single wait, so a hostile Retry-After cannot stall lamp.
  public var maxDelay: Duration
  public var baseDelay: Duration

  public init(maxAttempts: Int, baseDelay: Duration, maxDelay: Duration) {
    self.maxAttempts = maxAttempts
    self.baseDelay = baseDelay
    self.maxDelay = maxDelay
  }

  public static let `default` = RetryPolicy(maxAttempts: 6, baseDelay: .milliseconds(250), maxDelay: .seconds(10))

  func sleep(attempt: Int, retryAfter: Int?) async throws {
    var delay: Duration
    if let retryAfter {
      delay = .seconds(max(0, retryAfter))
    } else {
      delay = baseDelay * (1 << min(attempt - 1, 6))
    }
    if delay > maxDelay { delay = maxDelay }
    try await Task.sleep(for: delay)
  }
}
