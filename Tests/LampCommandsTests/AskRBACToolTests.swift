import Foundation
import LampCommands
import LampTestSupport
import Testing

/// The `rbac_check` tool: SelfSubjectAccessReviews for one permission or a feature bundle.
@Suite("lamp ask rbac_check")
struct AskRBACToolTests {
  @Test("denied and allowed permissions, a feature bundle, and a bad verb go back to the model")
  func checks() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("rbac_check", arguments: #"{"verb":"get","resource":"pods/proxy","namespace":"monitoring"}"#),
      .toolCall("rbac_check", arguments: #"{"verb":"list","resource":"pods","namespace":"monitoring"}"#),
      .toolCall("rbac_check", arguments: #"{"feature":"ask","namespace":"shop"}"#),
      .toolCall("rbac_check", arguments: #"{"verb":"GET","resource":"pods"}"#),
      .toolCall("rbac_check", arguments: #"{"feature":"nonsense"}"#),
      .toolCall("rbac_check", arguments: #"{"verb":"list","resource":"deploy","namespace":"shop"}"#),
      .answer("checked"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "can I read the prometheus proxy?", "-n", "monitoring", "--context", "no-pods-proxy"],
      kubeconfig: cluster.kubeconfigPath, environment: AskModelTests.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "checked\n")
    let requests = server.requests
    try #require(requests.count == 7)
    #expect(requests[0].contains(#""name":"rbac_check""#))
    #expect(
      requests[1].contains("denied: get pods/proxy (namespace monitoring)")
        || requests[1].contains(
          "not allowed: get pods/proxy (namespace monitoring)")
    )
    #expect(requests[2].contains("allowed: list pods (namespace monitoring)"))
    #expect(requests[3].contains("ask: "))
    #expect(requests[3].contains("(namespace shop)"))
    #expect(requests[4].contains("error: "))
    #expect(requests[4].contains("GET"))
    #expect(requests[5].contains("error: "))
    #expect(requests[5].contains("nonsense"))
    // Resolved through discovery as lamp rbac check does: a short name is asked as its resource and group.
    #expect(requests[6].contains("list deployments.apps (namespace shop)"), "\(requests[6].suffix(300))")
  }
}
