import Foundation
import LampCommands
import LampTestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Writes the model asks for: refused without a terminal, refused with --read-only, sent with --yes, and
/// approved by typing `y` on a pseudo-terminal.
@Suite("lamp ask writes")
struct AskWriteTests {
  static func environment(_ server: FakeLLMServer, tty: String) -> [String: String] {
    ["OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.baseURL, "LAMP_TTY": tty]
  }

  static func replicas(_ cluster: TestCluster, _ name: String) async throws -> String {
    let result = try await ProcessRunner.run(
      "/usr/bin/kubectl",
      [
        "--kubeconfig", cluster.kubeconfigPath, "get", "deployment", name, "-n", "shop", "-o",
        "jsonpath={.spec.replicas}",
      ])
    return result.stdout
  }

  static let scaleCheckout = FakeLLMServer.Reply.toolCall(
    "scale", arguments: #"{"kind":"deployment","name":"checkout","namespace":"shop","replicas":"3"}"#)

  @Test("no terminal: refused, nothing sent; --read-only: refused even with --yes; --yes: sent and printed")
  func policy() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      Self.scaleCheckout, .answer("not scaled"), Self.scaleCheckout, .answer("still not"), Self.scaleCheckout,
      .answer("scaled"),
    ])
    defer { Task { await server.stop() } }
    let before = try await Self.replicas(cluster, "checkout")
    let environment = Self.environment(server, tty: "/nonexistent/tty")
    let arguments = ["ask", "scale checkout", "-n", "shop"]

    let noTerminal = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath, environment: environment)
    #expect(noTerminal.code == 0, "\(noTerminal.stderr)")
    #expect(server.requests[1].contains("refused: there is no terminal to confirm on"))
    #expect(noTerminal.stderr.contains("PATCH /apis/apps/v1/namespaces/shop/deployments/checkout: refused"))
    #expect(try await Self.replicas(cluster, "checkout") == before)

    let readOnly = await LampRunner.run(
      arguments + ["--read-only", "--yes"], kubeconfig: cluster.kubeconfigPath, environment: environment)
    #expect(readOnly.code == 0)
    #expect(server.requests[3].contains("refused: lamp ask runs with --read-only"))
    #expect(try await Self.replicas(cluster, "checkout") == before)

    let approved = await LampRunner.run(
      arguments + ["--yes"], kubeconfig: cluster.kubeconfigPath, environment: environment)
    #expect(approved.code == 0, "\(approved.stderr)")
    #expect(approved.stdout == "scaled\n")
    #expect(approved.stderr.contains("PATCH /apis/apps/v1/namespaces/shop/deployments/checkout"))
    #expect(approved.stderr.contains(#""replicas" : 3"#))
    #expect(server.requests[5].contains("done: HTTP 200"))
    #expect(try await Self.replicas(cluster, "checkout") == "3")
  }

  @Test("a write approved by typing y on a pseudo-terminal; the prompt shows the exact request")
  func pseudoTerminal() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("cordon", arguments: #"{"name":"ip-10-0-45-101.us-west-2.compute.internal"}"#), .answer("cordoned"),
    ])
    defer { Task { await server.stop() } }
    var master: Int32 = -1
    var slave: Int32 = -1
    try #require(openpty(&master, &slave, nil, nil, nil) == 0)
    defer {
      close(master)
      close(slave)
    }
    let name = try #require(ttyname(slave).map { String(cString: $0) })
    let answer = Array("y\n".utf8)
    #expect(answer.withUnsafeBytes { write(master, $0.baseAddress, $0.count) } == answer.count)
    let result = await LampRunner.run(
      ["ask", "node ip-10-0-45-101"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server, tty: name))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout == "cordoned\n")
    #expect(server.requests[1].contains("done: HTTP 200"))
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    let prompt = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    #expect(prompt.contains("PATCH /api/v1/nodes/ip-10-0-45-101.us-west-2.compute.internal"), "\(prompt)")
    #expect(prompt.contains(#""unschedulable" : true"#))
    #expect(prompt.contains("Send it? [y/N]"))
  }

  @Test("a name that a path would resolve away (`..`) is refused before anything is sent")
  func dotDotName() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("delete_pod", arguments: #"{"name":"..","namespace":"shop"}"#), .answer("nothing deleted"),
    ])
    defer { Task { await server.stop() } }
    let pods = { () async throws -> String in
      try await ProcessRunner.run(
        "/usr/bin/kubectl", ["--kubeconfig", cluster.kubeconfigPath, "get", "pods", "-n", "shop", "-o", "name"]
      ).stdout
    }
    let before = try await pods()
    let result = await LampRunner.run(
      ["ask", "delete the pods", "-n", "shop", "--yes"], kubeconfig: cluster.kubeconfigPath,
      environment: Self.environment(server, tty: "/nonexistent/tty"))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(server.requests[1].contains(#"error: invalid resource name \"..\": may not be '..'"#))
    #expect(!result.stderr.contains("DELETE"))
    #expect(try await pods() == before)
  }
}
