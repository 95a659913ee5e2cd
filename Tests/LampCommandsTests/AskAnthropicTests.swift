import Foundation
import LampCommands
import LampTestSupport
import Testing

/// `lamp ask` with Anthropic's Messages API: a scripted server speaking its wire format, the tool loop,
/// redaction and provider errors.
@Suite("lamp ask with Anthropic")
struct AskAnthropicTests {
  static func environment(_ server: FakeLLMServer, _ extra: [String: String] = [:]) -> [String: String] {
    ["ANTHROPIC_API_KEY": "sk-ant-test", "ANTHROPIC_BASE_URL": server.rootURL + "/", "LAMP_LLM_MODEL": "claude-test"]
      .merging(extra) { _, new in new }
  }

  static func object(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("tool loop: tool_use, a redacted tool_result, then the answer; headers, system and tools in its format")
  func toolLoop() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .anthropicToolUse("get_resource", input: #"{"kind":"secret","name":"payments-tls","namespace":"shop"}"#),
      .anthropicAnswer("payments-tls の鍵が証明書と一致しません。"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "shopのpayments-tlsはなぜ壊れている？"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    // The text of every round is printed as it arrives: "Checking." came with the tool call.
    #expect(result.stdout == "Checking.\npayments-tls の鍵が証明書と一致しません。\n")
    #expect(result.stderr.contains("lamp: get_resource"))
    #expect(server.requestURIs == ["/v1/messages", "/v1/messages"])
    let headers = try #require(server.requestHeaders.first)
    #expect(headers.contains { $0.0.lowercased() == "x-api-key" && $0.1 == "sk-ant-test" })
    #expect(headers.contains { $0.0.lowercased() == "anthropic-version" && $0.1 == "2023-06-01" })
    #expect(!headers.contains { $0.0.lowercased() == "authorization" })
    let requests = server.requests
    try #require(requests.count == 2)
    let first = try Self.object(requests[0])
    #expect(first["model"] as? String == "claude-test")
    #expect(first["max_tokens"] as? Int == 4096)
    #expect((first["system"] as? String)?.contains("lamp's Kubernetes assistant") == true)
    let messages = try #require(first["messages"] as? [[String: Any]])
    #expect(messages.map { $0["role"] as? String } == ["user"])
    let tools = try #require(first["tools"] as? [[String: Any]])
    let logs = try #require(tools.first { $0["name"] as? String == "pod_logs" })
    #expect(logs["input_schema"] is [String: Any])
    #expect(logs["type"] == nil)
    // The second request: the assistant's tool_use, then the tool_result in a user turn, redacted.
    let second = try #require(try Self.object(requests[1])["messages"] as? [[String: Any]])
    #expect(second.map { $0["role"] as? String } == ["user", "assistant", "user"])
    let use = try #require((second[1]["content"] as? [[String: Any]])?.last)
    #expect(use["type"] as? String == "tool_use")
    #expect(use["id"] as? String == "toolu_1")
    #expect((use["input"] as? [String: Any])?["name"] as? String == "payments-tls")
    let toolResult = try #require((second[2]["content"] as? [[String: Any]])?.first)
    #expect(toolResult["type"] as? String == "tool_result")
    #expect(toolResult["tool_use_id"] as? String == "toolu_1")
    let content = try #require(toolResult["content"] as? String)
    #expect(content.contains("payments-tls"))
    #expect(content.contains("<redacted"))
    #expect(!requests[1].contains("LS0tLS1CRUdJTi"), "PEM data (base64) reached the model")
    #expect(!requests[1].contains("BEGIN"))
  }

  @Test("the model may name a kind as kubectl does, resource.version.group included")
  func versionQualifiedKind() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .anthropicToolUse("get_resource", input: #"{"kind":"deployments.v1.apps","name":"api","namespace":"shop"}"#),
      .anthropicAnswer("Looked."),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "is the api deployment in shop ok"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    let requests = server.requests
    try #require(requests.count == 2)
    let second = try #require(try Self.object(requests[1])["messages"] as? [[String: Any]])
    let toolResult = try #require((second.last?["content"] as? [[String: Any]])?.first)
    let content = try #require(toolResult["content"] as? String)
    #expect(content.contains(#""kind":"Deployment""#), "\(content)")
    #expect(toolResult["is_error"] as? Bool != true, "\(content)")
  }

  @Test("provider errors: 401 names ANTHROPIC_API_KEY, 429 its retry-after; the offline answer is still printed")
  func providerErrors() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      FakeLLMServer.Reply(
        status: 401, body: #"{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}}"#),
      FakeLLMServer.Reply(
        status: 429, body: #"{"type":"error","error":{"type":"rate_limit_error","message":"Number of requests"}}"#,
        headers: [("Retry-After", "30")]),
      FakeLLMServer.Reply(body: #"{"type":"message","content":"not blocks"}"#),
    ])
    defer { Task { await server.stop() } }
    let arguments = ["ask", "legacy-gateway", "-n", "shop"]
    let unauthorized = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(unauthorized.code == 1)
    #expect(
      unauthorized.stderr
        == "error: the model provider refused the API key (HTTP 401): invalid x-api-key; check ANTHROPIC_API_KEY\n")
    #expect(unauthorized.stdout.contains("Service selects no pods"))
    let limited = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(limited.code == 1)
    #expect(limited.stderr.contains("rate limiting (HTTP 429, retry after 30 s): Number of requests"))
    #expect(limited.stdout.contains("Service selects no pods"))
    let malformed = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(malformed.code == 1)
    #expect(malformed.stderr == "error: the model provider's answer could not be read: no content blocks\n")
  }

  @Test("ANTHROPIC_API_KEY alone selects Anthropic; config.yaml provider anthropic works too")
  func selection() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([.anthropicAnswer("first"), .anthropicAnswer("second")])
    defer { Task { await server.stop() } }
    let arguments = ["ask", "legacy-gateway", "-n", "shop"]
    let detected = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath,
      environment: ["ANTHROPIC_API_KEY": "k", "ANTHROPIC_BASE_URL": server.rootURL])
    #expect(detected.code == 0, "\(detected.stderr)")
    #expect(detected.stdout == "first\n")
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-config-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: config) }
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("lamp"), withIntermediateDirectories: true)
    let path = config.appendingPathComponent("lamp/config.yaml").path
    let yaml = "llm:\n  provider: anthropic\n  baseURL: \(server.rootURL)\n  apiKey: sk-file\n  model: claude-file\n"
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let configured = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: ["XDG_CONFIG_HOME": config.path])
    #expect(configured.code == 0, "\(configured.stderr)")
    #expect(configured.stdout == "second\n")
    #expect(server.requests.last?.contains(#""model":"claude-file""#) == true)
    #expect(server.requestHeaders.last?.contains { $0.0.lowercased() == "x-api-key" && $0.1 == "sk-file" } == true)
  }
}
