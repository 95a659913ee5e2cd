import Foundation
import KubeAPI
import LampTestSupport
import Testing

@Suite("Server basics", .enabled(if: SimTesting.curlAvailable))
struct ServerBasicsTests {
  @Test func versionAndHealth() async throws {
    try await SimTesting.withCluster { _, curl in
      let version = try SimTesting.json(try await curl.request("/version").body)
      #expect(version["gitVersion"]?.stringValue == "v1.32.0-lamp-sim")
      let health = try await curl.request("/healthz", as: .anonymous)
      #expect(health.status == 200)
      #expect(health.body == "ok")
    }
  }

  /// As an API server does, the simulator offers HTTP/2 and HTTP/1.1 and serves each client in the one it picks:
  /// lamp and kubectl pick HTTP/2, `SimCurl` HTTP/1.1.
  @Test func servesHTTP2AndHTTP1() async throws {
    try await SimTesting.withCluster { cluster, _ in
      for (flag, version) in [("--http2", "2"), ("--http1.1", "1.1")] {
        let result = try await ProcessRunner.run(
          SimCurl.path,
          [
            "-sS", flag, "--cacert", cluster.caPath, "--cert", cluster.adminCertificatePath, "--key",
            cluster.adminKeyPath, "-o", "/dev/null", "-w", "%{http_version} %{http_code}",
            cluster.url.absoluteString + "/api/v1/namespaces",
          ])
        #expect(result.stdout == "\(version) 200", "\(flag): \(result.stderr)")
      }
    }
  }

  @Test func anonymousAndBadTokensAreUnauthorized() async throws {
    try await SimTesting.withCluster { _, curl in
      for identity in [SimCurl.Identity.anonymous, .token("not-a-token")] {
        let response = try await curl.request("/api/v1/namespaces", as: identity)
        #expect(response.status == 401)
        #expect(
          response.body
            == (#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","#
              + #""reason":"Unauthorized","code":401}"#)
        )
      }
    }
  }

  @Test func unknownPathsAreNotFound() async throws {
    try await SimTesting.withCluster { _, curl in
      let response = try await curl.request("/apis/nope.example.com/v1/things")
      #expect(response.status == 404)
      #expect(
        response.body
          == ((#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","#
            + #""message":"the server could not find the requested resource","#)
            + #""reason":"NotFound","details":{},"code":404}"#)
      )
    }
  }

  @Test func legacyDiscovery() async throws {
    try await SimTesting.withCluster { _, curl in
      let core = try SimTesting.json(try await curl.request("/api/v1").body)
      let pods = core["resources"]?.arrayValue?.first { $0["name"]?.stringValue == "pods" }
      #expect(pods?["shortNames"] == .array([.string("po")]))
      #expect(pods?["categories"] == .array([.string("all")]))
      #expect(core["resources"]?.arrayValue?.contains { $0["name"]?.stringValue == "pods/log" } == true)
      let groups = try SimTesting.json(try await curl.request("/apis").body)
      let names = groups["groups"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
      #expect(names.contains("apps"))
      #expect(names.contains("karpenter.sh") == false)
      let apps = try SimTesting.json(try await curl.request("/apis/apps/v1").body)
      let scale = apps["resources"]?.arrayValue?.first { $0["name"]?.stringValue == "deployments/scale" }
      #expect(scale?["group"]?.stringValue == "autoscaling")
      #expect(scale?["kind"]?.stringValue == "Scale")
    }
  }

  @Test func aggregatedDiscoveryWhenAsked() async throws {
    try await SimTesting.withCluster(scenario: .demo) { _, curl in
      let accept =
        "Accept: application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,application/json"
      let response = try await curl.request("/apis", headers: [accept])
      #expect(response.header("content-type") == "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList")
      #expect(response.header("etag") != nil)
      let document = try SimTesting.json(response.body)
      #expect(document["kind"]?.stringValue == "APIGroupDiscoveryList")
      let karpenter = document["items"]?.arrayValue?.first {
        $0[path: ["metadata", "name"]]?.stringValue == "karpenter.sh"
      }
      let nodePools = karpenter?["versions"]?.arrayValue?.first?["resources"]?.arrayValue?.first {
        $0["resource"]?.stringValue == "nodepools"
      }
      #expect(nodePools?["scope"]?.stringValue == "Cluster")
      let core = try await curl.request("/api", headers: [accept])
      #expect(try SimTesting.json(core.body)["items"]?.arrayValue?.count == 1)
      let legacy = try await curl.request("/apis", headers: ["Accept: application/json"])
      #expect(try SimTesting.json(legacy.body)["kind"]?.stringValue == "APIGroupList")
    }
  }

  @Test func hiddenGroupsAreNotServed() async throws {
    try await SimTesting.withCluster(configure: { $0.hiddenGroups = ["events.k8s.io"] }) { _, curl in
      let hidden = try await curl.request("/apis/events.k8s.io/v1/events")
      #expect(hidden.status == 404)
      let core = try await curl.request("/api/v1/events")
      #expect(core.status == 200)
    }
  }
}
