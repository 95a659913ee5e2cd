import Foundation
import LampCommands
import LampTestSupport
import Testing

/// `lamp ask` streaming: both providers' server-sent events, sent chunked with lines split across chunks.
@Suite("lamp ask streaming")
struct AskStreamTests {
  static let fragments = [#"{"kind":"se"#, #"cret","name":"payments-"#, #"tls","namespace":"shop"}"#]

  @Test("OpenAI: stream true, text deltas printed, tool-call argument fragments joined, result redacted")
  func openAI() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .openAIStreamToolCall("get_resource", fragments: Self.fragments),
      .openAIStream(["payments-tls ", "の鍵が", "一致しません。"]),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "shopのpayments-tlsはなぜ壊れている？"], kubeconfig: cluster.kubeconfigPath,
      environment: AskModelTests.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "payments-tls の鍵が一致しません。\n")
    #expect(result.stderr.contains(#"lamp: get_resource {"kind":"secret","name":"payments-tls","namespace":"shop"}"#))
    let requests = server.requests
    try #require(requests.count == 2)
    #expect(requests[0].contains(#""stream":true"#))
    #expect(requests[1].contains(#""id":"call_s""#))
    #expect(requests[1].contains("<redacted"))
    #expect(!requests[1].contains("LS0tLS1CRUdJTi"))
  }

  @Test("Anthropic: stream true, text_delta printed, input_json_delta fragments joined into the tool_use input")
  func anthropic() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .anthropicStream(["Let me ", "look."], toolUse: ("get_resource", "toolu_s", Self.fragments)),
      .anthropicStream(["鍵が", "一致しません。"]),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "shopのpayments-tlsはなぜ壊れている？"], kubeconfig: cluster.kubeconfigPath,
      environment: AskAnthropicTests.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "Let me look.\n鍵が一致しません。\n")
    let requests = server.requests
    try #require(requests.count == 2)
    #expect(requests[0].contains(#""stream":true"#))
    let messages = try #require(try AskAnthropicTests.object(requests[1])["messages"] as? [[String: Any]])
    #expect(messages.map { $0["role"] as? String } == ["user", "assistant", "user"])
    let blocks = try #require(messages[1]["content"] as? [[String: Any]])
    #expect(blocks.first?["text"] as? String == "Let me look.")
    #expect((blocks.last?["input"] as? [String: Any])?["namespace"] as? String == "shop")
    #expect(requests[1].contains("<redacted"))
  }

  @Test("an error event in the stream is the provider's error; the offline answer is still printed")
  func streamError() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .sse([
        "event: error\ndata: {\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"
      ])
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop"], kubeconfig: cluster.kubeconfigPath,
      environment: AskAnthropicTests.environment(server))
    #expect(result.code == 1)
    #expect(result.stderr == "error: the model provider answered HTTP 200: Overloaded\n")
    #expect(result.stdout.contains("Service selects no pods"))
  }
}
