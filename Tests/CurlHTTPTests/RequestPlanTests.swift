import Foundation
import Testing

@testable import CurlHTTP

@Suite struct RequestPlanTests {
  @Test func labelsTheHostWithItsDefaultPort() throws {
    let plan = try RequestPlan(
      request: HTTPRequest(url: "https://example.com/api"), configuration: TransportConfiguration(), streaming: false)
    #expect(plan.hostLabel == "example.com:443")
    #expect(plan.url == "https://example.com/api")
    #expect(plan.connectTo == nil)
    #expect(plan.headerLines == ["Expect:"])
  }

  @Test func routesTheTLSServerNameToTheRealHost() throws {
    let configuration = TransportConfiguration(tlsServerName: "kubernetes.default")
    let plan = try RequestPlan(
      request: HTTPRequest(url: "https://10.0.0.1:6443/api?limit=1"), configuration: configuration, streaming: false)
    #expect(plan.url == "https://kubernetes.default:6443/api?limit=1")
    #expect(plan.connectTo == "kubernetes.default:6443:10.0.0.1:6443")
    #expect(plan.hostLabel == "10.0.0.1:6443")
    #expect(plan.headerLines.contains("Host: 10.0.0.1:6443"))
    // Logs name the server as the request did.
    #expect(plan.logURL == "https://10.0.0.1:6443/api?limit=1")
  }

  @Test func routesIPv6HostsInBrackets() throws {
    let configuration = TransportConfiguration(tlsServerName: "api.example")
    let plan = try RequestPlan(
      request: HTTPRequest(url: "https://[::1]/healthz"), configuration: configuration, streaming: true)
    #expect(plan.connectTo == "api.example:443:[::1]:443")
    #expect(plan.headerLines.contains("Host: [::1]"))
  }

  @Test func picksTimeouts() throws {
    let configuration = TransportConfiguration(requestTimeout: .seconds(30))
    let send = try RequestPlan(request: HTTPRequest(url: "https://h/"), configuration: configuration, streaming: false)
    #expect(send.timeoutMilliseconds == 30_000)
    let stream = try RequestPlan(request: HTTPRequest(url: "https://h/"), configuration: configuration, streaming: true)
    #expect(stream.timeoutMilliseconds == nil)
    let own = try RequestPlan(
      request: HTTPRequest(url: "https://h/", timeout: .milliseconds(250)), configuration: configuration,
      streaming: true)
    #expect(own.timeoutMilliseconds == 250)
  }

  @Test func writesHeaderLines() throws {
    let request = HTTPRequest(
      method: "patch", url: "https://h/", headers: [HTTPHeader("X-Empty", ""), HTTPHeader("Accept", "\t a/b ")],
      body: Data("{}".utf8))
    let plan = try RequestPlan(request: request, configuration: TransportConfiguration(), streaming: false)
    #expect(plan.method == "PATCH")
    #expect(plan.headerLines == ["X-Empty;", "Accept: a/b", "Content-Type:", "Expect:"])
  }

  @Test func rejectsHeaderInjectionAndBadURLs() {
    let configuration = TransportConfiguration()
    #expect(throws: HTTPError.self) {
      try RequestPlan(
        request: HTTPRequest(url: "https://h/", headers: [HTTPHeader("X", "a\r\nEvil: 1")]),
        configuration: configuration, streaming: false)
    }
    #expect(throws: HTTPError.self) {
      try RequestPlan(
        request: HTTPRequest(url: "https://h/", headers: [HTTPHeader("Bad Name", "a")]),
        configuration: configuration, streaming: false)
    }
    #expect(throws: HTTPError.self) {
      try RequestPlan(request: HTTPRequest(url: "ftp://h/file"), configuration: configuration, streaming: false)
    }
    #expect(throws: HTTPError.self) {
      try RequestPlan(request: HTTPRequest(url: "not a url"), configuration: configuration, streaming: false)
    }
  }
}
