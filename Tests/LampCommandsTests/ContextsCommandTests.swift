import Foundation
import LampTestSupport
import Testing

@Suite("lamp contexts")
struct ContextsCommandTests {
  @Test("lists the merged kubeconfig's contexts with the current one marked")
  func table() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["contexts"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0)
    Golden.assert(result.stdout, named: "contexts.txt")

    let selected = await LampRunner.run(
      ["contexts", "--context", "viewer", "--no-headers"], kubeconfig: cluster.kubeconfigPath)
    #expect(selected.stdout.split(separator: "\n").first { $0.hasPrefix("*") }?.contains("viewer") == true)
    // A --context that is not there is an error, as for every other command; not a list with nothing marked.
    let unknown = await LampRunner.run(["contexts", "--context", "nope"], kubeconfig: cluster.kubeconfigPath)
    #expect(unknown.code == 1 && unknown.stdout.isEmpty)
    #expect(unknown.stderr.hasPrefix("error: context \"nope\" not found in kubeconfig (contexts: admin,"))
  }

  @Test("JSON output follows the documented schema")
  func json() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["contexts", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0)
    Golden.assert(
      result.stdout.replacingOccurrences(of: cluster.kubeconfigPath, with: "KUBECONFIG"), named: "contexts.json")
  }

  @Test("KUBECONFIG merging: the first file that defines a context wins")
  func merging() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let extra = cluster.directory.appendingPathComponent("extra").path
    try """
    apiVersion: v1
    kind: Config
    current-context: staging
    clusters: [{name: staging, cluster: {server: "https://staging.example:6443"}}]
    users: [{name: ci, user: {token: t}}]
    contexts:
    - {name: staging, context: {cluster: staging, user: ci, namespace: shop}}
    - {name: admin, context: {cluster: staging, user: ci}}
    """.write(toFile: extra, atomically: true, encoding: .utf8)
    let result = await LampRunner.run(["contexts", "--no-headers"], kubeconfig: "\(cluster.kubeconfigPath):\(extra)")
    let lines = result.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
    #expect(lines.contains("* admin lamp-sim admin default"))
    #expect(lines.contains("staging staging ci shop"))
  }
}
