import Foundation
import Testing

@testable import CurlHTTP

@Suite(.enabled(if: ExternalTools.available, "needs python3 and openssl"))
struct CurlTransportRequestTests {
  @Test func reportsARefusedConnection() async throws {
    let port = try ClosedPort.make()
    let transport = try TransportFixture.transport()
    let error = await TransportFixture.failure {
      try await transport.send(HTTPRequest(url: "https://127.0.0.1:\(port)/ok"))
    }
    #expect(error == .connectionRefused(host: "127.0.0.1:\(port)"))
    #expect(error.map { "\($0)" } == "connection refused by 127.0.0.1:\(port)")
  }

  @Test func timesOut() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let request = HTTPRequest(url: server.url("/slow?ms=3000"), timeout: .milliseconds(300))
    let error = await TransportFixture.failure { try await transport.send(request) }
    #expect(error == .timedOut(host: "localhost:\(server.port)", after: .milliseconds(300)))
  }

  @Test func namesTheConnectTimeoutWhenTheTLSHandshakeStalls() async throws {
    let silent = try SilentListener()
    let transport = try TransportFixture.transport {
      $0.connectTimeout = .milliseconds(300)
      $0.requestTimeout = nil
    }
    let error = await TransportFixture.failure {
      try await transport.send(HTTPRequest(url: "https://127.0.0.1:\(silent.port)/ok"))
    }
    #expect(error == .timedOut(host: "127.0.0.1:\(silent.port)", after: .milliseconds(300)))
    #expect(error.map { "\($0)" } == "request to 127.0.0.1:\(silent.port) timed out after 300ms")
  }

  @Test func cancelsASlowRequestPromptly() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let started = ContinuousClock.now
    let task = Task { try await transport.send(HTTPRequest(url: server.url("/slow?ms=10000"))) }
    try await Task.sleep(for: .milliseconds(300))
    task.cancel()
    let error = await TransportFixture.failure { try await task.value }
    #expect(error == .cancelled)
    #expect(ContinuousClock.now - started < .seconds(3))
  }

  @Test func aCancelledTaskSendsNothing() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await transport.send(HTTPRequest(url: server.url("/ok")))
    }
    let error = await TransportFixture.failure { try await task.value }
    #expect(error == .cancelled)
  }

  @Test func decodesGzip() async throws {
    let server = try TransportFixture.server
    let expected = Data(String(repeating: "hello gzip\n", count: 100).utf8)
    let response = try await TransportFixture.transport().send(HTTPRequest(url: server.url("/gzip")))
    #expect(response.body == expected)
    let raw = try await TransportFixture.transport { $0.compression = false }
      .send(HTTPRequest(url: server.url("/gzip")))
    #expect(raw.body.prefix(2) == Data([0x1f, 0x8b]))
  }

  @Test func reportsATruncatedBody() async throws {
    let server = try TransportFixture.server
    let error = await TransportFixture.failure {
      try await TransportFixture.transport().send(HTTPRequest(url: server.url("/cut")))
    }
    guard case .truncated(let host, _) = error else {
      Issue.record("expected truncated, got \(String(describing: error))")
      return
    }
    #expect(host == "localhost:\(server.port)")
  }

  @Test func runsRequestsConcurrently() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let started = ContinuousClock.now
    let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
      for _ in 0..<10 {
        group.addTask { try await transport.send(HTTPRequest(url: server.url("/slow?ms=300"))).status }
      }
      return try await group.reduce(into: []) { $0.append($1) }
    }
    #expect(statuses == Array(repeating: 200, count: 10))
    // Ten sequential requests would take over 3 s.
    #expect(ContinuousClock.now - started < .milliseconds(2500))
  }

  @Test func opensAtMostSixConnectionsToAHostOverHTTP1() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let ports = try await withThrowingTaskGroup(of: String.self) { group in
      for _ in 0..<12 {
        group.addTask {
          let response = try await transport.send(HTTPRequest(url: server.url("/connection?ms=200")))
          return String(decoding: response.body, as: UTF8.self)
        }
      }
      return try await group.reduce(into: Set<String>()) { $0.insert($1) }
    }
    // All twelve were served; those beyond six waited for a connection and reused it.
    #expect(ports.count > 1 && ports.count <= 6)
  }

  /// libcurl's default cache holds four idle connections per transfer still in progress: as a burst ended it closed
  /// some of the six, and the next burst paid for new handshakes.
  @Test func keepsItsConnectionsFromOneBurstOfRequestsToTheNext() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    func burst() async throws -> Set<String> {
      try await withThrowingTaskGroup(of: String.self) { group in
        for _ in 0..<6 {
          group.addTask {
            let response = try await transport.send(HTTPRequest(url: server.url("/connection?ms=200")))
            return String(decoding: response.body, as: UTF8.self)
          }
        }
        return try await group.reduce(into: Set<String>()) { $0.insert($1) }
      }
    }
    let first = try await burst()
    let second = try await burst()
    #expect(first.count == 6)
    #expect(second.isSubset(of: first), "new connections: \(second.subtracting(first).sorted())")
  }

  @Test func receivesBodiesOfEverySizeByteForByteWithAndWithoutALength() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    for size in [0, 1000, 700_000, 3_000_000] {
      for chunked in [false, true] {
        let url = server.url("/bytes?n=\(size)&chunked=\(chunked ? 1 : 0)")
        let body = try await transport.send(HTTPRequest(url: url)).body
        #expect(body == Data((0..<size).map { UInt8($0 % 251) }), "\(size) bytes, chunked: \(chunked)")
      }
    }
  }

  /// The server holds the rest of `/held` until `/release` is asked for: the body completes as "head:released" only
  /// if the watcher saw its start while the rest was still on its way.
  @Test func showsTheStartOfABodyBeforeTheRestArrives() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let id = UUID().uuidString
    let seen = LockedCalls()
    let request = HTTPRequest(url: server.url("/held?id=\(id)")) { bytes in
      seen.record(String(decoding: bytes, as: UTF8.self))
      guard bytes.starts(with: Array("head:".utf8)) else { return false }
      Task { _ = try? await transport.send(HTTPRequest(url: server.url("/release?id=\(id)"))) }
      return true
    }
    let response = try await transport.send(request)
    #expect(String(decoding: response.body, as: UTF8.self) == "head:released")
    #expect(seen.calls.last == "head:")
    #expect(!seen.calls.contains { $0.contains("released") }, "no more calls once the watcher is done")

    let errors = LockedCalls()
    let failed = try await transport.send(
      HTTPRequest(url: server.url("/status/404")) { bytes in
        errors.record(String(decoding: bytes, as: UTF8.self))
        return false
      })
    #expect(failed.status == 404)
    #expect(errors.calls.isEmpty, "an error's body is not shown")
  }

  @Test func returnsErrorStatusesAndDoesNotFollowRedirects() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let missing = try await transport.send(HTTPRequest(url: server.url("/status/404")))
    #expect(missing.status == 404)
    #expect(missing.body == Data("status 404\n".utf8))
    let redirect = try await transport.send(HTTPRequest(url: server.url("/status/302")))
    #expect(redirect.status == 302)
    #expect(redirect.header("Location") == "/ok")
  }

  @Test func sendsMethodsHeadersAndBodies() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport { $0.userAgent = "lamp-test/1" }
    let body = Data(#"{"spec":{"replicas":2}}"#.utf8)
    let patch = HTTPRequest(
      method: "PATCH", url: server.url("/echo-headers?x=1"),
      headers: [HTTPHeader("Content-Type", "application/merge-patch+json"), HTTPHeader("X-Lamp", "yes")], body: body)
    let echoed = try TransportFixture.echo(try await transport.send(patch))
    #expect(echoed.method == "PATCH")
    #expect(echoed.body == #"{"spec":{"replicas":2}}"#)
    #expect(echoed.headers["content-type"] == "application/merge-patch+json")
    #expect(echoed.headers["x-lamp"] == "yes")
    #expect(echoed.headers["user-agent"] == "lamp-test/1")
    #expect(echoed.headers["expect"] == nil)

    let post = try TransportFixture.echo(
      try await transport.send(HTTPRequest(method: "POST", url: server.url("/echo-headers"))))
    #expect(post.method == "POST")
    #expect(post.headers["content-length"] == "0")
    #expect(post.headers["content-type"] == nil)

    let delete = try TransportFixture.echo(
      try await transport.send(HTTPRequest(method: "DELETE", url: server.url("/echo-headers"))))
    #expect(delete.method == "DELETE")

    let head = try await transport.send(HTTPRequest(method: "HEAD", url: server.url("/ok")))
    #expect(head.status == 200)
    #expect(head.body.isEmpty)
  }

  @Test func closeCancelsRunningRequestsAndRefusesNewOnes() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    let task = Task { try await transport.send(HTTPRequest(url: server.url("/slow?ms=10000"))) }
    try await Task.sleep(for: .milliseconds(300))
    transport.close()
    #expect(await TransportFixture.failure { try await task.value } == .cancelled)
    let later = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    guard case .other(_, let detail) = later else {
      Issue.record("expected a closed-transport error, got \(String(describing: later))")
      return
    }
    #expect(detail.contains("closed"))
  }

  @Test func reusesTheTransportForManyRequests() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport()
    for _ in 0..<20 {
      #expect(try await transport.send(HTTPRequest(url: server.url("/ok"))).status == 200)
    }
  }

  @Test func tracesTheHandshakeOnlyUntilTheHostHasAnswered() async throws {
    let server = try TransportFixture.mutualTLSServer
    let transport = try TransportFixture.clientCertificateTransport()
    for _ in 0..<3 {
      #expect(try await transport.send(HTTPRequest(url: server.url("/ok"))).status == 200)
    }
    #expect(transport.loop.tracedTransfers == 1)
  }
}

/// Calls recorded from the transfer thread.
final class LockedCalls: @unchecked Sendable {
  private let lock = NSLock()
  private var recorded: [String] = []

  func record(_ call: String) { lock.withLock { recorded.append(call) } }
  var calls: [String] { lock.withLock { recorded } }
}
