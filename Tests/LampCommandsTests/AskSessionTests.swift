import Foundation
import LampCommands
import LampTestSupport
import Testing

/// Conversations saved per context: resumed with --continue after lamp exits, listed with --history, and a
/// question survives a provider failure.
@Suite("lamp ask sessions")
struct AskSessionTests {
  @Test("history is saved 0600, listed, resumed after a restart, and kept when the provider fails")
  func resume() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-state-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    let server = try await FakeLLMServer.start([
      .answer("The Service selects app=legacy-gateway and no pod has it."),
      .answer("Yes: deploy the gateway or fix the selector."),
      FakeLLMServer.Reply(status: 500, body: #"{"error":{"message":"overloaded"}}"#),
    ])
    defer { Task { await server.stop() } }
    let environment = [
      "OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.baseURL, "XDG_STATE_HOME": state,
      "LAMP_TTY": "/nonexistent/tty",
    ]
    let kubeconfig = cluster.kubeconfigPath
    let first = await LampRunner.run(
      ["ask", "why is legacy-gateway empty?", "-n", "shop"], kubeconfig: kubeconfig, environment: environment)
    #expect(first.code == 0, "\(first.stderr)")

    let directory = try #require(try FileManager.default.subpathsOfDirectory(atPath: state + "/lamp/ask").first)
    let files = try FileManager.default.contentsOfDirectory(atPath: "\(state)/lamp/ask/\(directory)")
    let file = try #require(files.first)
    let attributes = try FileManager.default.attributesOfItem(atPath: "\(state)/lamp/ask/\(directory)/\(file)")
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)

    let listed = await LampRunner.run(["ask", "--history"], kubeconfig: kubeconfig, environment: environment)
    #expect(listed.code == 0, "\(listed.stderr)")
    #expect(listed.stdout.hasPrefix("ID"))
    #expect(listed.stdout.contains("why is legacy-gateway empty?"))

    // A new process: the model sees the earlier question and answer.
    let second = await LampRunner.run(
      ["ask", "so should I fix the selector?", "-n", "shop", "--continue"], kubeconfig: kubeconfig,
      environment: environment)
    #expect(second.code == 0, "\(second.stderr)")
    #expect(second.stdout == "Yes: deploy the gateway or fix the selector.\n")
    let resumed = server.requests[1]
    #expect(resumed.contains("why is legacy-gateway empty?"))
    #expect(resumed.contains("no pod has it"))
    #expect(resumed.contains("so should I fix the selector?"))

    // The provider fails: the question asked is saved all the same.
    let failed = await LampRunner.run(
      ["ask", "and the ingress?", "-n", "shop", "--continue"], kubeconfig: kubeconfig, environment: environment)
    #expect(failed.code == 1)
    #expect(failed.stderr.contains("HTTP 500: overloaded"))
    let saved = try String(contentsOfFile: "\(state)/lamp/ask/\(directory)/\(file)", encoding: .utf8)
    #expect(saved.contains("and the ingress?"))
    #expect(saved.contains("deploy the gateway"))

    let both = await LampRunner.run(["ask", "--continue", "--new"], kubeconfig: kubeconfig, environment: environment)
    #expect(both.code == 2)
  }

  @Test("sessions started in one second are listed, resumed and pruned in the order they were started")
  func sameSecond() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-state-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: state) }
    let questions = ["first question", "second question", "third question", "fourth question"]
    let server = try await FakeLLMServer.start(questions.map { .answer("answer to \($0)") } + [.answer("resumed")])
    defer { Task { await server.stop() } }
    let environment = ["OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.baseURL, "XDG_STATE_HOME": state]
    let kubeconfig = cluster.kubeconfigPath

    let empty = await LampRunner.run(["ask", "--history"], kubeconfig: kubeconfig, environment: environment)
    #expect(empty.code == 0)
    #expect(empty.stdout.isEmpty)
    #expect(empty.stderr == "No saved conversations for context \"admin\".\n")

    // LampRunner pins the clock: every session starts at the same instant.
    for question in questions {
      let result = await LampRunner.run(
        ["ask", question, "-n", "shop"], kubeconfig: kubeconfig, environment: environment)
      #expect(result.code == 0, "\(result.stderr)")
    }
    let listed = await LampRunner.run(["ask", "--history"], kubeconfig: kubeconfig, environment: environment)
    let order = listed.stdout.split(separator: "\n").dropFirst().compactMap { line in
      questions.first { line.hasSuffix($0) }
    }
    #expect(order == questions.reversed())
    let resumed = await LampRunner.run(
      ["ask", "and now?", "-n", "shop", "--continue"], kubeconfig: kubeconfig, environment: environment)
    #expect(resumed.code == 0, "\(resumed.stderr)")
    #expect(server.requests.last?.contains("fourth question") == true)
    #expect(server.requests.last?.contains("third question") == false)
  }
}
