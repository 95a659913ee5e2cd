import Foundation
import KubeAPI
import LampTestSupport
import Testing

@testable import KubeSim

@Suite("Faults", .enabled(if: SimTesting.curlAvailable))
struct FaultTests {
  @Test func throttledRequestsGetAPFStyle429() async throws {
    try await SimTesting.withCluster(faults: SimFaults(retryAfterSeconds: 3, throttleFirstN: 2)) { _, curl in
      for _ in 0..<2 {
        let response = try await curl.request("/api/v1/namespaces", allowIncomplete: true)
        #expect(response.status == 429)
        #expect(response.body == "Too many requests, please try again later.\n")
        #expect(response.header("retry-after") == "3")
        #expect(response.header("content-type") == "text/plain; charset=utf-8")
        #expect(response.header("x-kubernetes-pf-flowschema-uid") != nil)
      }
      #expect(try await curl.request("/api/v1/namespaces", allowIncomplete: true).status == 200)
    }
  }

  @Test func failuresHitReadsOnly() async throws {
    try await SimTesting.withCluster(faults: SimFaults(failFirstN: 1)) { cluster, curl in
      let body = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x"}}"#
      #expect(try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: body).status == 201)
      let failed = try await curl.request("/api/v1/namespaces/default/configmaps")
      #expect(failed.status == 503)
      #expect(try SimTesting.json(failed.body)["reason"]?.stringValue == "ServiceUnavailable")
      #expect(try await curl.request("/api/v1/namespaces/default/configmaps").status == 200)
      await cluster.sim.setFaults(SimFaults(latency: .milliseconds(300)))
      let started = Date()
      _ = try await curl.request("/version")
      #expect(Date().timeIntervalSince(started) >= 0.3)
    }
  }

  @Test func pausedBodiesArriveWholeAfterThePause() async throws {
    try await SimTesting.withCluster(faults: SimFaults(bodyPause: .milliseconds(300))) { _, curl in
      let started = Date()
      let response = try await curl.request("/api/v1/namespaces")
      #expect(Date().timeIntervalSince(started) >= 0.3)
      #expect(try SimTesting.json(response.body)["items"]?.arrayValue?.isEmpty == false)
    }
  }

  @Test func truncatedBodies() async throws {
    try await SimTesting.withCluster(faults: SimFaults(truncateRate: 1)) { _, curl in
      let response = try await curl.request("/api/v1/namespaces", allowIncomplete: true)
      #expect(throws: (any Error).self) { try SimTesting.json(response.body) }
    }
  }
}
