import CurlHTTP
import Foundation
import Testing

@Suite(.enabled(if: ExternalTools.available, "needs python3 and openssl"))
struct CurlTransportLoggingTests {
  @Test func logsOneLinePerRequestAtLevelSix() async throws {
    let server = try TransportFixture.server
    let capture = LogCapture()
    let transport = try TransportFixture.transport(log: capture.log(verbosity: 6))
    _ = try await transport.send(HTTPRequest(url: server.url("/ok?limit=500")))
    let lines = capture.lines
    #expect(lines.count == 1)
    let prefix = "GET https://localhost:\(server.port)/ok?limit=500 200 OK in "
    #expect(lines.first?.hasPrefix(prefix) == true)
    #expect(lines.first?.hasSuffix(" milliseconds") == true)
  }

  @Test func masksCredentialsInHeadersAndURLs() async throws {
    let server = try TransportFixture.server
    let capture = LogCapture()
    // Level 8: headers but no bodies (the echo body repeats the request headers by design).
    let transport = try TransportFixture.transport(log: capture.log(verbosity: 8))
    let request = HTTPRequest(
      url: server.url("/echo-headers?token=query-token-789&watch=1"),
      headers: [HTTPHeader("Authorization", "Bearer bearer-token-abc"), HTTPHeader("X-Api-Token", "header-token-def")])
    let response = try await transport.send(request)
    #expect(response.status == 200)
    let log = capture.lines.joined(separator: "\n")
    for secret in ["bearer-token-abc", "header-token-def", "query-token-789", "cookie-value-123", "token-value-456"] {
      #expect(!log.contains(secret), "\(secret) leaked into the log")
    }
    #expect(log.contains("    Authorization: Bearer <masked>"))
    #expect(log.contains("    Set-Cookie: <masked>"))
    #expect(log.contains("token=<masked>&watch=1 200 OK in "))
    #expect(log.contains("Response Headers:"))
    // Two records, the request's and the response's, each written at once: the headers of concurrent requests
    // cannot interleave with them.
    #expect(capture.recordCount == 2)
  }

  @Test func neverLogsSecretBodies() async throws {
    let server = try TransportFixture.server
    let capture = LogCapture()
    let transport = try TransportFixture.transport(log: capture.log(verbosity: 9))
    _ = try await transport.send(HTTPRequest(url: server.url("/secrets/db")))
    _ = try await transport.send(HTTPRequest(url: server.url("/ok")))
    _ = try await transport.send(
      HTTPRequest(method: "POST", url: server.url("/ok"), body: Data("line one\r\nline two\n".utf8)))
    let log = capture.lines.joined(separator: "\n")
    #expect(!log.contains("c3VwZXItc2VjcmV0"))
    #expect(log.contains("Response Body: [body redacted]"))
    #expect(log.contains("Response Body: ok\\n"))
    #expect(log.contains("Request Body: line one\\r\\nline two\\n"), "a body is logged as one line")
  }

  @Test func logsFailures() async throws {
    let port = try ClosedPort.make()
    let capture = LogCapture()
    let transport = try TransportFixture.transport(log: capture.log(verbosity: 6))
    _ = await TransportFixture.failure { try await transport.send(HTTPRequest(url: "https://127.0.0.1:\(port)/")) }
    #expect(capture.lines.count == 1)
    #expect(capture.lines.first?.contains("failed in") == true)
    #expect(capture.lines.first?.hasSuffix("connection refused by 127.0.0.1:\(port)") == true)
  }
}
