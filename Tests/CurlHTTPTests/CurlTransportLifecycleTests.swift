import Foundation
import Testing

@testable import CurlHTTP

@Suite(.enabled(if: ExternalTools.available, "needs python3 and openssl"))
struct CurlTransportLifecycleTests {
  @Test func theThreadEndsWhenTheTransportGoes() async throws {
    let server = try TransportFixture.server
    weak var loop: TransferLoop?
    do {
      let transport = try TransportFixture.transport()
      #expect(try await transport.send(HTTPRequest(url: server.url("/ok"))).status == 200)
      loop = transport.loop
    }
    // The thread holds its loop until it returns, so the loop going away means the thread ended.
    let deadline = ContinuousClock.now + .seconds(5)
    while loop != nil && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
    #expect(loop == nil)
  }

  @Test func reportsAnUnreachableProxy() async throws {
    let server = try TransportFixture.server
    let port = try ClosedPort.make()
    let transport = try TransportFixture.transport { $0.proxyURL = "http://user:password@127.0.0.1:\(port)" }
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    guard case .proxy(let url, _) = error else {
      Issue.record("expected proxy, got \(String(describing: error))")
      return
    }
    #expect(url == "http://127.0.0.1:\(port)")
    #expect(error.map { "\($0)" }?.contains("password") == false)
  }
}
