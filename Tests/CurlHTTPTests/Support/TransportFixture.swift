import CurlHTTP
import Foundation

/// Shortcuts for tests that talk to the Python test server.
enum TransportFixture {
  static var pki: TestPKI {
    get throws { try TestPKI.shared.get() }
  }

  static var server: TestServer {
    get throws { try TestServer.standard.get() }
  }

  static var mutualTLSServer: TestServer {
    get throws { try TestServer.mutualTLS.get() }
  }

  /// A transport trusting the test CA (unless `configure` says otherwise).
  static func transport(
    log: HTTPLog = .off, _ configure: (inout TransportConfiguration) -> Void = { _ in }
  ) throws -> CurlTransport {
    var configuration = TransportConfiguration(caPEM: try pki.caPEM, requestTimeout: .seconds(20))
    configure(&configuration)
    return try CurlTransport(configuration: configuration, log: log)
  }

  /// A transport presenting the test CA's client certificate, for `mutualTLSServer`.
  static func clientCertificateTransport() throws -> CurlTransport {
    let pki = try pki
    return try transport {
      $0.clientCertificatePEM = pki.clientCertificatePEM
      $0.clientKeyPEM = pki.clientKeyPEM
    }
  }

  /// The `HTTPError` a call fails with, or nil when it succeeds (or fails otherwise).
  static func failure<T>(_ body: () async throws -> T) async -> HTTPError? {
    do {
      _ = try await body()
      return nil
    } catch {
      return error as? HTTPError
    }
  }

  /// `/echo-headers`' answer.
  struct Echo: Decodable {
    var method: String
    var path: String
    var headers: [String: String]
    var sni: String?
    var body: String
  }

  static func echo(_ response: HTTPResponse) throws -> Echo {
    try JSONDecoder().decode(Echo.self, from: response.body)
  }

  /// How many `/never-ends?id=` responses the server is still writing.
  static func activeStreams(_ id: String, on server: TestServer, using transport: CurlTransport) async throws -> Int {
    struct Stats: Decodable { var active: Int }
    let response = try await transport.send(HTTPRequest(url: server.url("/stats?id=\(id)")))
    return try JSONDecoder().decode(Stats.self, from: response.body).active
  }

  /// Waits until the server has no `/never-ends?id=` response running; false after `limit`.
  static func waitForStreamsToEnd(
    _ id: String, on server: TestServer, using transport: CurlTransport, limit: Duration = .seconds(5)
  ) async throws -> Bool {
    let deadline = ContinuousClock.now + limit
    while ContinuousClock.now < deadline {
      if try await activeStreams(id, on: server, using: transport) == 0 { return true }
      try await Task.sleep(for: .milliseconds(50))
    }
    return false
  }
}
