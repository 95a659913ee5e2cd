import CurlHTTP
import Foundation
import Testing

@Suite(.enabled(if: ExternalTools.available, "needs python3 and openssl"))
struct CurlTransportTLSTests {
  @Test func trustsTheCAFromMemory() async throws {
    let server = try TransportFixture.server
    let response = try await TransportFixture.transport().send(HTTPRequest(url: server.url("/ok")))
    #expect(response.status == 200)
    #expect(response.body == Data("ok\n".utf8))
    #expect(response.header("content-type") == "text/plain")
  }

  @Test func refusesAServerSignedByAnotherCA() async throws {
    let server = try TransportFixture.server
    let rogueCA = try TransportFixture.pki.rogueCAPEM
    let transport = try TransportFixture.transport { $0.caPEM = rogueCA }
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    guard case .untrustedCertificate(let host, _) = error else {
      Issue.record("expected untrustedCertificate, got \(String(describing: error))")
      return
    }
    #expect(host == "localhost:\(server.port)")
  }

  @Test func doesNotTrustTheSystemStoreAlone() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport { $0.caPEM = nil }
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    guard case .untrustedCertificate = error else {
      Issue.record("expected untrustedCertificate, got \(String(describing: error))")
      return
    }
  }

  @Test func refusesACertificateForAnotherName() async throws {
    let server = try TransportFixture.server
    // 127.0.0.1 is in the certificate, so only the TLS server name can be at fault.
    let transport = try TransportFixture.transport { $0.tlsServerName = "elsewhere.lamp.test" }
    let error = await TransportFixture.failure {
      try await transport.send(HTTPRequest(url: server.url("/ok", host: "127.0.0.1")))
    }
    guard case .certificateNameMismatch(let host, _) = error else {
      Issue.record("expected certificateNameMismatch, got \(String(describing: error))")
      return
    }
    #expect(host == "127.0.0.1:\(server.port)")
  }

  @Test func verifiesAndSendsTheTLSServerName() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport { $0.tlsServerName = TestPKI.clusterName }
    let response = try await transport.send(HTTPRequest(url: server.url("/echo-headers", host: "127.0.0.1")))
    let echo = try TransportFixture.echo(response)
    #expect(echo.sni == TestPKI.clusterName)
    #expect(echo.headers["host"] == "127.0.0.1:\(server.port)")
  }

  @Test func skipsVerificationOnlyWhenAskedTo() async throws {
    let server = try TransportFixture.server
    let transport = try TransportFixture.transport {
      $0.caPEM = nil
      $0.insecureSkipTLSVerify = true
      $0.tlsServerName = "elsewhere.lamp.test"
    }
    let response = try await transport.send(HTTPRequest(url: server.url("/ok")))
    #expect(response.status == 200)
  }

  @Test func presentsAClientCertificate() async throws {
    let server = try TransportFixture.mutualTLSServer
    let transport = try TransportFixture.clientCertificateTransport()
    let response = try await transport.send(HTTPRequest(url: server.url("/ok")))
    #expect(response.status == 200)
  }

  @Test func reportsAMissingClientCertificateAsRejected() async throws {
    let server = try TransportFixture.mutualTLSServer
    let transport = try TransportFixture.transport()
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    #expect(error == .clientCertificateRejected(host: "localhost:\(server.port)"))
  }

  @Test func keepsNamingARejectedClientCertificateOnLaterRequests() async throws {
    // A refused handshake does not count as the host having answered: the next request is traced too.
    let server = try TransportFixture.mutualTLSServer
    let transport = try TransportFixture.transport()
    for _ in 0..<2 {
      let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
      #expect(error == .clientCertificateRejected(host: "localhost:\(server.port)"))
    }
  }

  @Test func reportsAnUntrustedClientCertificateAsRejected() async throws {
    let server = try TransportFixture.mutualTLSServer
    let pki = try TransportFixture.pki
    let transport = try TransportFixture.transport {
      $0.clientCertificatePEM = pki.rogueClientCertificatePEM
      $0.clientKeyPEM = pki.rogueClientKeyPEM
    }
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    #expect(error == .clientCertificateRejected(host: "localhost:\(server.port)"))
  }

  @Test func rejectsAnUnusableClientKeyUpFront() throws {
    let pki = try TransportFixture.pki
    #expect {
      _ = try TransportFixture.transport {
        $0.clientCertificatePEM = pki.clientCertificatePEM
        $0.clientKeyPEM = Data("not a key".utf8)
      }
    } throws: { error in
      guard case .badClientCertificate = error as? HTTPError else { return false }
      return true
    }
  }

  @Test func reportsAKeyThatDoesNotFitTheCertificate() async throws {
    let server = try TransportFixture.mutualTLSServer
    let pki = try TransportFixture.pki
    let transport = try TransportFixture.transport {
      $0.clientCertificatePEM = pki.clientCertificatePEM
      $0.clientKeyPEM = pki.rogueClientKeyPEM
    }
    let error = await TransportFixture.failure { try await transport.send(HTTPRequest(url: server.url("/ok"))) }
    guard case .badClientCertificate = error else {
      Issue.record("expected badClientCertificate, got \(String(describing: error))")
      return
    }
  }
}
