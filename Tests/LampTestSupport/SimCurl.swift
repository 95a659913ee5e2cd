import Foundation

/// Drives a `TestCluster` with the real `curl` (HTTP/1.1 over TLS) and returns status, headers and body.
public struct SimCurl: Sendable {
  /// Who the request authenticates as.
  public enum Identity: Sendable {
    case admin
    case context(String)
    case token(String)
    case anonymous
  }

  /// A response as curl saw it.
  public struct Response: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: String

    /// The first value of a header (case-insensitive name).
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
  }

  public static let path = "/usr/bin/curl"
  public let cluster: TestCluster

  public init(_ cluster: TestCluster) {
    self.cluster = cluster
  }

  /// Throws when curl fails, unless `allowIncomplete` (tests of truncated bodies, dropped watches, timeouts).
  /// The default timeout only guards against hangs: a test process running dozens of simulators on a loaded
  /// 2-core machine can queue a request for tens of seconds.
  public func request(
    _ path: String, method: String = "GET", body: String? = nil, contentType: String = "application/json",
    headers: [String] = [], as identity: Identity = .admin, timeout: TimeInterval = 120,
    allowIncomplete: Bool = false
  ) async throws -> Response {
    var arguments = [
      "-sS", "--http1.1", "--cacert", cluster.caPath, "-D", "-", "-X", method, "-m", String(Int(timeout)),
    ]
    switch identity {
    case .admin:
      arguments += ["--cert", cluster.adminCertificatePath, "--key", cluster.adminKeyPath]
    case .context(let context):
      arguments += ["-H", "Authorization: Bearer \(cluster.sim.token(context: context) ?? "")"]
    case .token(let token):
      arguments += ["-H", "Authorization: Bearer \(token)"]
    case .anonymous:
      break
    }
    for header in headers { arguments += ["-H", header] }
    if body != nil {
      arguments += ["-H", "Content-Type: \(contentType)", "--data-binary", "@-"]
    }
    arguments.append(cluster.url.absoluteString + path)
    let result = try await ProcessRunner.run(
      Self.path, arguments, stdin: body.map { Data($0.utf8) }, timeout: timeout + 5)
    // A failed transfer (timeout, reset) must say so rather than surface later as an unparseable body.
    guard result.status == 0 || allowIncomplete else {
      throw SimCurlError(message: "curl \(method) \(path) exited \(result.status): \(result.stderr)")
    }
    return Self.parse(result.stdout)
  }

  static func parse(_ output: String) -> Response {
    var text = Substring(output)
    var status = 0
    var headers: [String: String] = [:]
    // Skip interim responses (100 Continue) and keep the final header block.
    while let end = text.range(of: "\r\n\r\n") {
      let block = text[..<end.lowerBound]
      let lines = block.components(separatedBy: "\r\n")
      guard let first = lines.first, first.hasPrefix("HTTP/") else { break }
      status = Int(first.split(separator: " ").dropFirst().first ?? "") ?? 0
      headers = [:]
      for line in lines.dropFirst() {
        guard let colon = line.firstIndex(of: ":") else { continue }
        let name = line[..<colon].lowercased()
        if headers[name] == nil {
          headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
      }
      text = text[end.upperBound...]
      if status != 100 { break }
    }
    return Response(status: status, headers: headers, body: String(text))
  }
}

/// curl could not complete a request.
public struct SimCurlError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
