import Foundation
import LampCommands
import LampTestSupport
import Testing

/// The `relation_graph` tool: lamp map's neighbourhood of one object, as text for the model.
@Suite("lamp ask relation_graph")
struct AskGraphToolTests {
  @Test("the recommender Deployment's owners, pods and node relations; unknown kinds and names are errors")
  func graph() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("relation_graph", arguments: #"{"kind":"deployment","name":"recommender","namespace":"shop"}"#),
      .toolCall("relation_graph", arguments: #"{"kind":"gizmo","name":"x"}"#),
      .toolCall("relation_graph", arguments: #"{"kind":"svc","name":"no-such-service","namespace":"shop"}"#),
      .answer("mapped"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "why is recommender pending?", "-n", "shop"], kubeconfig: cluster.kubeconfigPath,
      environment: AskModelTests.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "mapped\n")
    let requests = server.requests
    try #require(requests.count == 4)
    #expect(requests[0].contains(#""name":"relation_graph""#))
    #expect(requests[1].contains("around Deployment shop/recommender: "))
    #expect(requests[1].contains("Deployment/recommender owns ReplicaSet/recommender-"))
    #expect(requests[1].contains("Pod shop/recommender-"))
    #expect(requests[2].contains(#"error: lamp map has no kind \"gizmo\""#))
    #expect(requests[3].contains("error: "))
    #expect(requests[3].contains("no-such-service"))
  }
}
