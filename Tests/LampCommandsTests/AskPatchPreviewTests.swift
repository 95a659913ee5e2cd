import Foundation
import LampCommands
import LampTestSupport
import Testing

/// A `patch` tool call shows the live object against the patched one, as a YAML diff, before it is sent.
@Suite("lamp ask patch preview")
struct AskPatchPreviewTests {
  static let checkoutPatch =
    #"{"kind":"deployment","name":"checkout","namespace":"shop","#
    + #""patch":"{\"metadata\":{\"labels\":{\"tier\":\"gold\"}},\"spec\":{\"replicas\":4}}"}"#
  static let secretPatch =
    #"{"kind":"secret","name":"payments-tls","namespace":"shop","patch":"{\"type\":\"Opaque\"}"}"#

  @Test("the diff shows the added label and the changed replicas; a Secret's values stay redacted in it")
  func preview() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("patch", arguments: Self.checkoutPatch), .toolCall("patch", arguments: Self.secretPatch),
      .answer("patched"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "patch checkout", "-n", "shop", "--yes"], kubeconfig: cluster.kubeconfigPath,
      environment: AskWriteTests.environment(server, tty: "/nonexistent/tty"))
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.contains("--- live\n+++ patched"), "\(result.stderr)")
    #expect(result.stderr.contains("+     tier: gold"), "\(result.stderr)")
    #expect(result.stderr.contains("+   replicas: 4"), "\(result.stderr)")
    #expect(result.stderr.contains("-   replicas: "), "\(result.stderr)")
    #expect(result.stderr.contains("+ type: Opaque"), "\(result.stderr)")
    #expect(!result.stderr.contains("LS0tLS1CRUdJTi"), "Secret data shown in the diff")
  }

  static let labelPatch =
    #"{"kind":"secret","name":"api-db","namespace":"shop","patch":"{\"metadata\":{\"labels\":{\"audit\":\"x\"}}}"}"#
  static let valuePatch =
    #"{"kind":"secret","name":"api-db","namespace":"shop","patch":"{\"data\":{\"username\":\"YWJj\"}}"}"#

  @Test("a Secret's values show as changed only when the patch changes them, whatever their size")
  func secretValues() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = try await FakeLLMServer.start([
      .toolCall("patch", arguments: Self.labelPatch), .toolCall("patch", arguments: Self.valuePatch),
      .answer("patched"),
    ])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["ask", "label api-db", "-n", "shop", "--yes"], kubeconfig: cluster.kubeconfigPath,
      environment: AskWriteTests.environment(server, tty: "/nonexistent/tty"))
    #expect(result.code == 0, "\(result.stderr)")
    let previews = result.stderr.components(separatedBy: "--- live\n+++ patched").dropFirst().map { $0 }
    try #require(previews.count == 2, "\(result.stderr)")
    #expect(previews[0].contains("+     audit: x"), "\(previews[0])")
    let changed = { (preview: String) in
      preview.split(separator: "\n").filter { $0.hasPrefix("- ") || $0.hasPrefix("+ ") }.joined(separator: "\n")
    }
    #expect(!changed(previews[0]).contains("password:") && !changed(previews[0]).contains("username:"))
    #expect(previews[1].contains("-   username: '<redacted: 4 characters>'"), "\(previews[1])")
    #expect(previews[1].contains("+   username: '<redacted: 4 characters> (changed)'"), "\(previews[1])")
    #expect(!changed(previews[1]).contains("password:"), "\(previews[1])")
  }
}
