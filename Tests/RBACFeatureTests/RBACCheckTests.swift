import Foundation
import LampTestSupport
import RBACFeature
import Testing

@Suite("lamp rbac check")
struct RBACCheckTests {
  @Test("RESOURCE/SUB is the subresource; groups after a dot")
  func parsing() throws {
    let proxy = try PermissionSpec(verb: "get", resource: "pods/proxy")
    #expect(proxy.attributes.resource == "pods" && proxy.attributes.subresource == "proxy")
    #expect(proxy.attributes.name.isEmpty)
    let pools = try PermissionSpec(verb: "list", resource: "nodepools.karpenter.sh")
    #expect(pools.attributes.group == "karpenter.sh")
    #expect(pools.description == "list nodepools.karpenter.sh")
    #expect(throws: PermissionSpecError.badResource("pods/")) { try PermissionSpec(verb: "get", resource: "pods/") }
    #expect(throws: PermissionSpecError.badVerb("GET")) { try PermissionSpec(verb: "GET", resource: "pods") }
  }

  @Test("the Prometheus story: no-pods-proxy is denied get pods/proxy, admin is allowed")
  func podsProxy() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let denied = await LampRunner.run(
      ["rbac", "check", "get", "pods/proxy", "-n", "monitoring", "--context", "no-pods-proxy"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(denied.code == 3, "\(denied.stderr)")
    #expect(denied.stdout.contains("DENIED"))
    #expect(denied.stdout.contains("get pods/proxy"))
    Golden.assert(denied.stdout, named: "check-denied.txt")

    let allowed = await LampRunner.run(
      ["rbac", "check", "get", "pods/proxy", "-n", "monitoring", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(allowed.code == 0, "\(allowed.stderr)")
    #expect(allowed.stdout.contains("\"allowed\": true"))
  }

  @Test("--as and --serviceaccount ask for another subject")
  func impersonation() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let nobody = await LampRunner.run(
      ["rbac", "check", "list", "pods", "-n", "shop", "--as", "nobody@example.com"], kubeconfig: cluster.kubeconfigPath)
    #expect(nobody.code == 3, "\(nobody.stderr)")
    let account = await LampRunner.run(
      ["rbac", "check", "delete", "nodes", "--cluster-wide", "--serviceaccount", "monitoring:prometheus"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(account.code == 3, "\(account.stderr)")
    let bad = await LampRunner.run(
      ["rbac", "check", "get", "pods", "--serviceaccount", "nocolon"], kubeconfig: cluster.kubeconfigPath)
    #expect(bad.code == 2)
  }
}

@Suite("lamp rbac check --suggest")
struct RBACSuggestTests {
  @Test("the suggested Role, applied with kubectl, turns DENIED into ALLOWED")
  func suggestThenApply() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let arguments = ["rbac", "check", "get", "pods/proxy", "-n", "monitoring", "--context", "no-pods-proxy"]
    let denied = await LampRunner.run(arguments + ["--suggest"], kubeconfig: cluster.kubeconfigPath)
    #expect(denied.code == 3, "\(denied.stderr)")
    #expect(denied.stdout.contains("kind: Role\n"))
    #expect(denied.stdout.contains("- pods/proxy"))
    #expect(!denied.stdout.contains("'*'") && !denied.stdout.contains("\"*\""), "never wildcards")
    Golden.assert(denied.stdout, named: "check-suggest.txt")

    let manifest = cluster.directory.appendingPathComponent("grant.yaml").path
    #expect(denied.stderr.contains("DENIED"), "the verdict goes to stderr, stdout is pure YAML")
    try denied.stdout.write(toFile: manifest, atomically: true, encoding: .utf8)
    let apply = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["--kubeconfig", cluster.kubeconfigPath, "--context", "admin", "apply", "-f", manifest],
      environment: ["HOME": cluster.directory.path, "PATH": "/usr/bin:/bin"])
    #expect(apply.status == 0, "\(apply.stderr)")

    let allowed = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
    #expect(allowed.code == 0, "\(allowed.stdout)\(allowed.stderr)")
    #expect(allowed.stdout.contains("ALLOWED"))
  }
}
