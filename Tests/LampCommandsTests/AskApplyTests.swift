import Foundation
import LampCommands
import LampTestSupport
import Testing

/// The `apply_manifest` write tool: server-side apply, shown exactly and gated like every write.
@Suite("lamp ask apply_manifest")
struct AskApplyTests {
  static let manifest = """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: lamp-applied
    data:
      mode: fixed
    """

  static func data(_ cluster: TestCluster) async throws -> String {
    let result = try await ProcessRunner.run(
      "/usr/bin/kubectl",
      [
        "--kubeconfig", cluster.kubeconfigPath, "get", "configmap", "lamp-applied", "-n", "shop", "-o",
        "jsonpath={.data.mode}",
      ])
    return result.stdout
  }

  static func applyCall(_ manifest: String) throws -> FakeLLMServer.Reply {
    let arguments = String(decoding: try JSONEncoder().encode(["manifest": manifest]), as: UTF8.self)
    return .toolCall("apply_manifest", arguments: arguments)
  }

  @Test("refused without a terminal; with --yes sent as PATCH ?fieldManager=lamp, apply-patch+yaml, and applied")
  func apply() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      try Self.applyCall(Self.manifest), .answer("not applied"), try Self.applyCall(Self.manifest), .answer("applied"),
    ])
    defer { Task { await server.stop() } }
    let environment = AskWriteTests.environment(server, tty: "/nonexistent/tty")
    let arguments = ["ask", "fix the config", "-n", "shop"]
    let refused = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath, environment: environment)
    #expect(refused.code == 0, "\(refused.stderr)")
    #expect(server.requests[1].contains("refused: there is no terminal to confirm on"))
    #expect(refused.stderr.contains("PATCH /api/v1/namespaces/shop/configmaps/lamp-applied: refused"))
    let approved = await LampRunner.run(
      arguments + ["--yes"], kubeconfig: cluster.kubeconfigPath, environment: environment)
    #expect(approved.code == 0, "\(approved.stderr)")
    #expect(approved.stdout == "applied\n")
    #expect(approved.stderr.contains("PATCH /api/v1/namespaces/shop/configmaps/lamp-applied?fieldManager=lamp"))
    #expect(approved.stderr.contains("Content-Type: application/apply-patch+yaml"))
    #expect(approved.stderr.contains(#""mode" : "fixed""#))
    #expect(server.requests[3].contains("done: HTTP 20"))
    #expect(try await Self.data(cluster) == "fixed")
  }

  @Test("a manifest without a name, with two objects or of an unknown kind goes back to the model as an error")
  func invalid() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      try Self.applyCall("apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n"),
      try Self.applyCall(Self.manifest + "\n---\n" + Self.manifest),
      try Self.applyCall("apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n"),
      .answer("gave up"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "fix the config", "-n", "shop", "--yes"], kubeconfig: cluster.kubeconfigPath,
      environment: AskWriteTests.environment(server, tty: "/nonexistent/tty"))
    #expect(result.code == 0, "\(result.stderr)")
    let requests = server.requests
    try #require(requests.count == 4)
    #expect(requests[1].contains("error: the manifest needs apiVersion, kind and metadata.name"))
    #expect(requests[2].contains("error: the manifest must hold exactly one object"))
    #expect(requests[3].contains("error: the server has no"))
    #expect(!result.stderr.contains("PATCH"))
  }
}
