import Foundation
import KubeAPI
import LampCommands
import LampTestSupport
import Testing

/// `lamp ask` with a model: a scripted OpenAI-compatible server, the tool loop, redaction and provider errors.
@Suite("lamp ask with a model")
struct AskModelTests {
  static func environment(_ server: FakeLLMServer, _ extra: [String: String] = [:]) -> [String: String] {
    ["OPENAI_API_KEY": "sk-test-key", "OPENAI_BASE_URL": server.baseURL, "LAMP_LLM_MODEL": "test-model"]
      .merging(extra) { _, new in new }
  }

  @Test("tool loop: the model reads a Secret, gets it redacted, then answers")
  func toolLoopAndRedaction() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("get_resource", arguments: #"{"kind":"secret","name":"payments-tls","namespace":"shop"}"#),
      .answer("payments-tls の鍵が証明書と一致しません。"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "shopのpayments-tlsはなぜ壊れている？"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "payments-tls の鍵が証明書と一致しません。\n")
    #expect(result.stderr.contains("lamp: get_resource"))
    let requests = server.requests
    try #require(requests.count == 2)
    // The first request: model, the question, lamp's findings, the tools, and the key as a bearer token.
    #expect(requests[0].contains(#""model":"test-model""#))
    #expect(requests[0].contains("lamp's findings"))
    #expect(requests[0].contains(#""name":"pod_logs""#))
    let authorization = server.requestHeaders[0].first { $0.0.lowercased() == "authorization" }?.1
    #expect(authorization == "Bearer sk-test-key")
    // The tool result: the Secret arrived, its values did not.
    #expect(requests[1].contains("payments-tls"))
    #expect(requests[1].contains("<redacted"))
    #expect(!requests[1].contains("LS0tLS1CRUdJTi"), "PEM data (base64) reached the model")
    #expect(!requests[1].contains("BEGIN"))
  }

  @Test("a token quoted in an event reaches neither the model nor the saved session through lamp's findings")
  func findingsAreRedacted() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJlLW5vdC1yZWFs"
    let event = try JSONValue.parse(
      Data(
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"checkout.token","namespace":"shop"},
         "involvedObject":{"apiVersion":"v1","kind":"Pod","name":"checkout-7b9f5d6c4-l4xzp","namespace":"shop"},
         "reason":"Unhealthy","type":"Warning",
         "message":"Liveness probe failed: GET /healthz with Authorization: Bearer \(token) and sk \(token)",
         "count":40,"lastTimestamp":"2026-11-20T11:59:00Z","source":{"component":"kubelet"}}
        """.utf8))
    try await cluster.sim.apply([event])
    let server = try await FakeLLMServer.start([.answer("done")])
    defer { Task { await server.stop() } }
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-ask-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: state) }
    let result = await LampRunner.run(
      ["ask", "why is checkout crashing, my token is \(token)", "-n", "shop"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server, ["XDG_STATE_HOME": state.path]))
    #expect(result.code == 0, "\(result.stderr)")
    let first = try #require(server.requests.first)
    #expect(first.contains("Liveness probe failed"), "the event is among the findings: \(first)")
    #expect(first.contains("<redacted token>"))
    #expect(!first.contains("eyJzdWIiOiJhZG1pbiJ9"), "a token reached the model")
    let saved = try FileManager.default.subpathsOfDirectory(atPath: state.path).filter { $0.hasSuffix(".json") }
    try #require(!saved.isEmpty, "the session is saved under XDG_STATE_HOME")
    for path in saved {
      let text = try String(contentsOfFile: state.appendingPathComponent(path).path, encoding: .utf8)
      #expect(!text.contains("eyJzdWIiOiJhZG1pbiJ9"), "a token was saved in \(path)")
    }
  }

  @Test("malformed tool arguments go back to the model as an error, and the loop goes on")
  func malformedArguments() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("get_resource", arguments: #"{kind: pod"#), .answer("done"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "checkout", "-n", "shop"], kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "done\n")
    #expect(server.requests.last?.contains("the arguments are not valid JSON") == true)
  }

  @Test("provider errors: 401, 429 and a timeout are one clear line; the offline answer is still printed")
  func providerErrors() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      FakeLLMServer.Reply(status: 401, body: #"{"error":{"message":"Incorrect API key provided"}}"#),
      FakeLLMServer.Reply(
        status: 429, body: #"{"error":{"message":"Rate limit reached"}}"#, headers: [("Retry-After", "7")]),
      FakeLLMServer.Reply(body: "{}", delay: .seconds(4)),
    ])
    defer { Task { await server.stop() } }
    let arguments = ["ask", "legacy-gateway", "-n", "shop"]
    let unauthorized = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(unauthorized.code == 1)
    #expect(
      unauthorized.stderr
        == "error: the model provider refused the API key (HTTP 401): Incorrect API key provided;"
        + " check OPENAI_API_KEY\n")
    #expect(unauthorized.stdout.contains("Service selects no pods"))
    let limited = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server))
    #expect(limited.code == 1)
    #expect(limited.stderr.contains("rate limiting (HTTP 429, retry after 7 s): Rate limit reached"))
    let slow = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: Self.environment(server, ["LAMP_LLM_TIMEOUT": "1"]))
    #expect(slow.code == 1)
    #expect(slow.stderr.hasPrefix("error: the model provider could not be reached: "), "\(slow.stderr)")
    #expect(slow.stdout.contains("Service selects no pods"))
  }

  @Test("Azure OpenAI: deployment URL, api-version and the api-key header")
  func azure() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([.answer("azure answer")])
    defer { Task { await server.stop() } }
    let endpoint = server.baseURL.replacingOccurrences(of: "/v1", with: "")
    let result = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop"], kubeconfig: cluster.kubeconfigPath,
      environment: [
        "AZURE_OPENAI_ENDPOINT": endpoint + "/", "AZURE_OPENAI_DEPLOYMENT": "gpt4o", "AZURE_OPENAI_API_KEY": "az-key",
      ])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "azure answer\n")
    #expect(server.requestURIs == ["/openai/deployments/gpt4o/chat/completions?api-version=2024-10-21"])
    let headers = try #require(server.requestHeaders.first)
    #expect(headers.contains { $0.0.lowercased() == "api-key" && $0.1 == "az-key" })
    #expect(!headers.contains { $0.0.lowercased() == "authorization" })
  }

  @Test("config.yaml: used when private, refused when it holds a key others can read")
  func configFile() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([.answer("from the config file")])
    defer { Task { await server.stop() } }
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-config-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: config) }
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("lamp"), withIntermediateDirectories: true)
    let path = config.appendingPathComponent("lamp/config.yaml").path
    let yaml = "llm:\n  provider: openai\n  baseURL: \(server.baseURL)\n  apiKey: sk-file\n  model: local-model\n"
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
    let arguments = ["ask", "legacy-gateway", "-n", "shop"]
    let open = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: ["XDG_CONFIG_HOME": config.path])
    #expect(open.code == 2)
    #expect(open.stderr.contains("run chmod 600"))
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    let result = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: ["XDG_CONFIG_HOME": config.path])
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "from the config file\n")
    #expect(server.requests.first?.contains(#""model":"local-model""#) == true)

    try FileManager.default.removeItem(atPath: path)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
    let unreadable = await LampRunner.run(
      arguments, kubeconfig: cluster.kubeconfigPath, environment: ["XDG_CONFIG_HOME": config.path])
    #expect(unreadable.code == 2)
    #expect(unreadable.stderr.contains("cannot read \(path): is a directory"), "\(unreadable.stderr)")
  }

  @Test("--offline, -o json and LAMP_LLM_PROVIDER=none never call the model; bad settings are usage errors")
  func offline() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([])
    defer { Task { await server.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let environment = Self.environment(server)
    let flag = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop", "--offline"], kubeconfig: kubeconfig, environment: environment)
    #expect(flag.code == 0)
    let json = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop", "-o", "json"], kubeconfig: kubeconfig, environment: environment)
    #expect(json.code == 0)
    let none = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop"], kubeconfig: kubeconfig,
      environment: environment.merging(["LAMP_LLM_PROVIDER": "none"]) { _, new in new })
    #expect(none.code == 0)
    #expect(server.requests.isEmpty)
    let bad = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop"], kubeconfig: kubeconfig,
      environment: environment.merging(["LAMP_LLM_PROVIDER": "gemini"]) { _, new in new })
    #expect(bad.code == 2)
    #expect(bad.stderr.contains("unsupported LAMP_LLM_PROVIDER \"gemini\""))
  }

  @Test("config.yaml typos and non-positive timeouts, and OpenAI without a key, are usage errors; none reads nothing")
  func settingsErrors() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-config-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: config) }
    try FileManager.default.createDirectory(
      at: config.appendingPathComponent("lamp"), withIntermediateDirectories: true)
    let path = config.appendingPathComponent("lamp/config.yaml").path
    let arguments = ["ask", "legacy-gateway", "-n", "shop"]
    func run(_ yaml: String, mode: Int = 0o600, _ extra: [String: String] = [:]) async throws -> LampResult {
      try yaml.write(toFile: path, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
      return await LampRunner.run(
        arguments, kubeconfig: cluster.kubeconfigPath,
        environment: ["XDG_CONFIG_HOME": config.path].merging(extra) { _, new in new })
    }
    let typo = try await run("llm:\n  provdier: openai\n  baseURL: http://127.0.0.1:9/v1\n")
    #expect(typo.code == 2)
    #expect(
      typo.stderr
        == "error: \(path):2: unknown key \"provdier\" in llm (known: provider, model, baseURL, apiKey, "
        + "timeoutSeconds, azure); see 'lamp ask --help'\n")
    let timeout = try await run("llm:\n  provider: openai\n  baseURL: http://127.0.0.1:9/v1\n  timeoutSeconds: -5\n")
    #expect(timeout.code == 2)
    #expect(timeout.stderr.contains("llm.timeoutSeconds must be a positive whole number of seconds (got -5)"))
    let noKey = try await run("llm:\n  provider: openai\n")
    #expect(noKey.code == 2)
    #expect(
      noKey.stderr.hasPrefix("error: OPENAI_API_KEY is not set: api.openai.com needs an API key"), "\(noKey.stderr)")
    let none = try await run(
      "llm:\n  provider: openai\n  apiKey: sk-file\n", mode: 0o644, ["LAMP_LLM_PROVIDER": "none"])
    #expect(none.code == 0, "\(none.stderr)")
    #expect(none.stdout.contains("Service selects no pods"))
  }

  @Test("what lamp found before asking, a name found nowhere and a missing namespace, is printed on stderr")
  func lampsOwnFindingsArePrinted() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([.answer("done"), .answer("done")])
    defer { Task { await server.stop() } }
    let nameless = await LampRunner.run(
      ["ask", "why is pod ghost-7f9c6d4b5-zzzzz pending"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(nameless.code == 0, "\(nameless.stderr)")
    #expect(nameless.stdout == "done\n")
    #expect(nameless.stderr.contains("lamp: Nothing named \"ghost-7f9c6d4b5-zzzzz\" in any namespace.\n"))
    let nowhere = await LampRunner.run(
      ["ask", "what is wrong", "-n", "nosuch"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(nowhere.code == 0, "\(nowhere.stderr)")
    #expect(nowhere.stderr.contains("warning: namespace \"nosuch\" not found\n"), "\(nowhere.stderr)")
  }

  @Test("--explain counts the request bodies as sent, tool definitions included")
  func explainCountsRequests() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("events", arguments: #"{"kind":"service","name":"legacy-gateway","namespace":"shop"}"#),
      .answer("done"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "legacy-gateway", "-n", "shop", "--explain"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server))
    #expect(result.code == 0, "\(result.stderr)")
    let bytes = server.requests.reduce(0) { $0 + $1.utf8.count }
    #expect(server.requests.count == 2)
    #expect(
      result.stderr.contains("lamp: about \(bytes / 4) tokens sent (\(bytes) bytes in 2 request(s))\n"),
      "\(result.stderr)")
  }
}
