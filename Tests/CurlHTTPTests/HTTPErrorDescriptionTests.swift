import Testing

@testable import CurlHTTP

@Suite struct HTTPErrorDescriptionTests {
  @Test func describesErrorsInOneLine() {
    let host = "127.0.0.1:6443"
    #expect("\(HTTPError.connectionRefused(host: host))" == "connection refused by 127.0.0.1:6443")
    #expect(
      "\(HTTPError.untrustedCertificate(host: host, detail: "unable to get local issuer certificate"))"
        == "x509: certificate signed by unknown authority (server 127.0.0.1:6443)")
    #expect(
      "\(HTTPError.clientCertificateRejected(host: host))"
        == "the server rejected the client certificate (127.0.0.1:6443)")
    #expect(
      "\(HTTPError.timedOut(host: host, after: .milliseconds(300)))"
        == "request to 127.0.0.1:6443 timed out after 300ms")
    #expect(
      "\(HTTPError.timedOut(host: host, after: .seconds(90)))" == "request to 127.0.0.1:6443 timed out after 1m30s")
    #expect("\(HTTPError.cancelled)" == "the request was cancelled")
    let all: [HTTPError] = [
      .hostNotFound(host: host), .certificateNameMismatch(host: host, detail: "d"), .badClientCertificate(detail: "d"),
      .tls(host: host, detail: "d"), .proxy(url: "http://p:1", detail: "d"), .truncated(host: host, detail: "d"),
      .other(host: host, detail: "d"), .other(host: "", detail: "d"),
    ]
    for error in all {
      #expect(!"\(error)".contains("\n"))
      #expect(!"\(error)".isEmpty)
    }
  }
}
