import Foundation
import KubeAPI
import LampTestSupport
import Testing

@Suite("Pod logs and proxies", .enabled(if: SimTesting.curlAvailable))
struct LogsAndProxyTests {
  static var objects: [JSONValue] {
    var annotated = SimTesting.pod("api")
    annotated["metadata"]?["annotations"] = .object([
      "lamp-sim.dev/logs": .string("one\ntwo\nthree\n"), "lamp-sim.dev/previous-logs": .string("panic: boom\n"),
    ])
    var prometheus = SimTesting.pod("prometheus-0", labels: ["app.kubernetes.io/name": "prometheus"])
    prometheus["spec"]?["containers"] = .array([
      .object([
        "name": .string("prometheus"), "image": .string("prom/prometheus:v2.54.1"),
        "ports": .array([.object(["containerPort": .int(9090)])]),
      ])
    ])
    return [annotated, prometheus, SimTesting.pod("two", containers: ["app", "sidecar"])]
  }

  @Test func logs() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let tail = try await curl.request("/api/v1/namespaces/default/pods/api/log?tailLines=2")
      #expect(tail.body == "two\nthree\n")
      #expect(tail.header("content-type") == "text/plain")
      #expect(try await curl.request("/api/v1/namespaces/default/pods/api/log?previous=true").body == "panic: boom\n")
      let stamped = try await curl.request("/api/v1/namespaces/default/pods/api/log?timestamps=true&tailLines=1").body
      #expect(stamped.hasSuffix("Z three\n"))
      let ambiguous = try await curl.request("/api/v1/namespaces/default/pods/two/log")
      #expect(ambiguous.status == 400)
      #expect(
        try SimTesting.json(ambiguous.body)["message"]?.stringValue
          == "a container name must be specified for pod two, choose one of: [app sidecar]")
      #expect(try await curl.request("/api/v1/namespaces/default/pods/two/log?container=sidecar").status == 200)
      // A followed log never ends: curl gives up after the timeout, which must also cover its start and handshake
      // on a machine busy with the rest of the suite (2 s once left the body empty in CI).
      let followed = try await curl.request(
        "/api/v1/namespaces/default/pods/api/log?follow=true", timeout: 5, allowIncomplete: true)
      #expect(followed.body == "one\ntwo\nthree\n")
    }
  }

  @Test func prometheusBehindProxies() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let ready = try await curl.request("/api/v1/namespaces/default/pods/prometheus-0:9090/proxy/-/ready")
      #expect(ready.body == "Prometheus Server is Ready.\n")
      let query = try SimTesting.json(
        try await curl.request("/api/v1/namespaces/default/pods/prometheus-0/proxy/api/v1/query?query=up").body)
      #expect(query["status"]?.stringValue == "success")
      #expect(query[path: ["data", "resultType"]]?.stringValue == "vector")
      let refused = try await curl.request("/api/v1/namespaces/default/pods/api/proxy/metrics")
      #expect(refused.status == 503)
      #expect(
        try SimTesting.json(refused.body)["message"]?.stringValue
          == "error trying to reach service: dial tcp 10.1.0.9:80: connect: connection refused")
    }
  }
}
