import CCurl
import Testing

@testable import CurlHTTP

@Suite struct CurlErrorMapperTests {
  private let host = "127.0.0.1:6443"

  private func map(
    _ code: CURLcode, _ message: String = "", proxy: String? = nil, clientCertificate: Bool = false,
    handshake: [String] = [], receivedHead: Bool = false, cancelled: Bool = false,
    requestTimeout: Duration? = .seconds(30)
  ) -> HTTPError {
    var notes = TLSHandshakeNotes()
    for line in handshake { notes.consume(line) }
    return CurlErrorMapper.map(
      CurlFailure(
        code: code, message: message, host: host, proxyURL: proxy, clientCertificatePresented: clientCertificate,
        handshake: notes, receivedHead: receivedHead, cancelRequested: cancelled, connectTimeout: .seconds(10),
        requestTimeout: requestTimeout, elapsed: .seconds(3)))
  }

  @Test func mapsConnectionFailures() {
    #expect(map(CURLE_COULDNT_CONNECT, "Failed to connect") == .connectionRefused(host: host))
    #expect(map(CURLE_COULDNT_RESOLVE_HOST) == .hostNotFound(host: host))
    #expect(
      map(CURLE_COULDNT_CONNECT, "Failed to connect", proxy: "http://u:p@proxy:3128")
        == .proxy(url: "http://proxy:3128", detail: "Failed to connect"))
    #expect(map(CURLE_COULDNT_RESOLVE_PROXY, "x", proxy: "http://p:1") == .proxy(url: "http://p:1", detail: "x"))
  }

  @Test func mapsTimeoutsToTheLimitThatWasHit() {
    #expect(
      map(CURLE_OPERATION_TIMEDOUT, "Operation timed out after 30001 ms") == .timedOut(host: host, after: .seconds(30)))
    #expect(
      map(CURLE_OPERATION_TIMEDOUT, "Connection timed out after 10001 milliseconds")
        == .timedOut(host: host, after: .seconds(10)))
    #expect(
      map(CURLE_OPERATION_TIMEDOUT, "Operation timed out", requestTimeout: nil)
        == .timedOut(host: host, after: .seconds(3)))
    // A server that accepts the connection and never answers the TLS handshake: the connect timeout, not how long
    // the transfer ran (10.001s).
    #expect(
      map(CURLE_OPERATION_TIMEDOUT, "SSL connection timeout", requestTimeout: nil)
        == .timedOut(host: host, after: .seconds(10)))
  }

  @Test func tellsUntrustedFromMismatchedCertificates() {
    let untrusted = "SSL certificate problem: unable to get local issuer certificate"
    #expect(map(CURLE_PEER_FAILED_VERIFICATION, untrusted) == .untrustedCertificate(host: host, detail: untrusted))
    let mismatch = "SSL: no alternative certificate subject name matches target host name 'x'"
    #expect(map(CURLE_PEER_FAILED_VERIFICATION, mismatch) == .certificateNameMismatch(host: host, detail: mismatch))
  }

  @Test func recognisesRefusedClientCertificates() {
    let required = "OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0"
    #expect(map(CURLE_RECV_ERROR, required) == .clientCertificateRejected(host: host))
    let unknownCA = "OpenSSL SSL_read: error:0A000418:SSL routines::tlsv1 alert unknown ca, errno 0"
    #expect(map(CURLE_RECV_ERROR, unknownCA, clientCertificate: true) == .clientCertificateRejected(host: host))
    #expect(map(CURLE_SEND_ERROR, "sslv3 alert bad certificate") == .clientCertificateRejected(host: host))
    // The alert only in the TLS trace, the error itself misleading.
    #expect(
      map(CURLE_RECV_ERROR, "Connection reset by peer", handshake: ["TLSv1.3 (IN), TLS alert, bad certificate (554):"])
        == .clientCertificateRejected(host: host))
    // The server asked for a certificate and hung up right after the handshake.
    let hungUp = "getpeername() failed with errno 107: Transport endpoint is not connected"
    #expect(
      map(CURLE_SEND_ERROR, hungUp, handshake: ["TLSv1.3 (IN), TLS handshake, Request CERT (13):"])
        == .clientCertificateRejected(host: host))
    #expect(map(CURLE_SEND_ERROR, hungUp) == .other(host: host, detail: hungUp))
    #expect(map(CURLE_SSL_CERTPROBLEM, "could not load PEM") == .badClientCertificate(detail: "could not load PEM"))
  }

  @Test func mapsBrokenResponsesAndCancellation() {
    #expect(map(CURLE_PARTIAL_FILE, "transfer closed") == .truncated(host: host, detail: "transfer closed"))
    #expect(map(CURLE_GOT_NOTHING, "Empty reply") == .truncated(host: host, detail: "Empty reply"))
    let framing = "Error in the HTTP2 framing layer"
    #expect(map(CURLE_HTTP2, framing) == .truncated(host: host, detail: framing))
    #expect(map(CURLE_HTTP2_STREAM, "stream 5 reset") == .truncated(host: host, detail: "stream 5 reset"))
    #expect(map(CURLE_RECV_ERROR, "reset", receivedHead: true) == .truncated(host: host, detail: "reset"))
    #expect(map(CURLE_WRITE_ERROR, "Failure writing", cancelled: true) == .cancelled)
    #expect(map(CURLE_WRITE_ERROR, "Failure writing") == .other(host: host, detail: "Failure writing"))
    #expect(map(CURLE_SSL_CONNECT_ERROR, "handshake") == .tls(host: host, detail: "handshake"))
    #expect(
      map(CURLE_RECV_ERROR, "CONNECT tunnel failed, response 403", proxy: "http://p:1")
        == .proxy(
          url: "http://p:1", detail: "CONNECT tunnel failed, response 403"))
  }
}
