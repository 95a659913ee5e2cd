import Testing

@testable import CurlHTTP

@Suite struct HTTPErrorDescriptionTests {
  @Test func saysWhetherItNamesTheServer() {
    let host = "127.0.0.1:6443"
    let naming: [HTTPError] = [
      .connectionRefused(host: host), .hostNotFound(host: host), .timedOut(host: host, after: .seconds(1)),
      .untrustedCertificate(host: host, detail: ""), .certificateNameMismatch(host: host, detail: ""),
      .clientCertificateRejected(host: host), .tls(host: host, detail: ""), .truncated(host: host, detail: ""),
      .other(host: host, detail: "x"),
    ]
    for error in naming {
      #expect(error.namesServer && "\(error)".contains(host), "\(error)")
    }
    let silent: [HTTPError] = [
      .badClientCertificate(detail: "x"), .proxy(url: "http://proxy:3128", detail: "x"), .cancelled,
      .other(host: "", detail: "x"),
    ]
    for error in silent {
      #expect(!error.namesServer && !"\(error)".contains(host), "\(error)")
    }
  }

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
