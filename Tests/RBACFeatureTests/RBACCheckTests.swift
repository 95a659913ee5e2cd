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

  @Test("one namespace by name is asked in that namespace, as the API server authorizes GET /namespaces/NAME")
  func oneNamespace() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // jane@example.com may view shop through a RoleBinding there, which covers `get namespaces` for shop alone.
    let one = await LampRunner.run(
      ["rbac", "check", "get", "namespaces", "shop", "--as", "jane@example.com", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(one.code == 0, "\(one.stdout)\(one.stderr)")
    #expect(one.stdout.contains("\"namespace\": \"shop\""), "\(one.stdout)")
    let all = await LampRunner.run(
      ["rbac", "check", "list", "namespaces", "--as", "jane@example.com"], kubeconfig: cluster.kubeconfigPath)
    #expect(all.code == 3, "\(all.stdout)")
    // The server agrees: the GET itself is allowed, the list is not.
    let curl = SimCurl(cluster)
    #expect(
      try await curl.request("/api/v1/namespaces/shop", headers: ["Impersonate-User: jane@example.com"]).status == 200)
    #expect(try await curl.request("/api/v1/namespaces", headers: ["Impersonate-User: jane@example.com"]).status == 403)
    #expect(
      try await curl.request("/api/v1/namespaces/batch", headers: ["Impersonate-User: jane@example.com"]).status == 403)
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
    #expect(bad.stderr.contains("--serviceaccount takes NS:NAME, not \"nocolon\""), "\(bad.stderr)")
    let both = await LampRunner.run(
      ["rbac", "check", "get", "pods", "--serviceaccount", "a:b", "--as", "x"], kubeconfig: cluster.kubeconfigPath)
    #expect(both.code == 2)
    #expect(both.stderr.contains("--serviceaccount cannot be combined with --as"), "\(both.stderr)")
  }

  @Test("-A asks across all namespaces, as kubectl auth can-i -A does, and says <cluster> as feature checks do")
  func allNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let jane = ["rbac", "check", "list", "pods", "-n", "shop", "--as", "jane@example.com"]
    let inShop = await LampRunner.run(jane, kubeconfig: cluster.kubeconfigPath)
    #expect(inShop.code == 0, "jane may list pods in shop: \(inShop.stderr)")
    let everywhere = await LampRunner.run(jane + ["-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(everywhere.code == 3, "\(everywhere.stdout)\(everywhere.stderr)")
    #expect(everywhere.stdout.contains("DENIED   list pods    <cluster>"))
    let kubectl = try await RBACBundleTests.kubectl(
      cluster, ["auth", "can-i", "list", "pods", "-A", "--as", "jane@example.com"])
    #expect(kubectl.status != 0 && kubectl.stdout.hasPrefix("no"))
    let feature = await LampRunner.run(
      ["rbac", "check", "prometheus", "-A", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(feature.stdout.contains("list pods            <cluster>"), "\(feature.stdout)")
    let json = await LampRunner.run(jane + ["-A", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"namespace\": \"\""))
  }

  @Test("a single word that is no feature says which features exist (exit 2)")
  func unknownSingleWord() async {
    let result = await LampRunner.run(["rbac", "check", "nosuchfeature"], kubeconfig: "/nonexistent")
    #expect(result.code == 2)
    #expect(result.stderr.hasPrefix("error: unknown feature \"nosuchfeature\" (known: events, map,"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test("-o wide prints the server's reason in full; the table cuts it")
  func wide() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let arguments = ["rbac", "check", "get", "pods", "-n", "shop", "--context", "viewer"]
    let table = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0)
    #expect(table.stdout.contains("…") && !table.stdout.contains("to User \"viewer\""))
    let wide = await LampRunner.run(arguments + ["-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(wide.code == 0, "\(wide.stderr)")
    #expect(wide.stdout.contains("of ClusterRole \"view\" to User \"viewer\"\n") && !wide.stdout.contains("…"))
    let feature = await LampRunner.run(
      ["rbac", "check", "prometheus", "-n", "monitoring", "--context", "no-pods-proxy", "-o", "wide", "--suggest"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(feature.code == 3, "\(feature.stderr)")
    #expect(feature.stderr.contains("to User \"no-pods-proxy\"\n") && !feature.stderr.contains("…"))
    let whoCan = await LampRunner.run(
      ["rbac", "who-can", "get", "secrets", "-n", "keda", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(whoCan.code == 0, "\(whoCan.stderr)")
    #expect(whoCan.stdout.contains("ServiceAccount   keda/keda-operator"))
  }

  @Test("--suggest refuses wildcards (exit 2) rather than suggesting a role that grants everything")
  func wildcardSuggest() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for words in [["*", "*"], ["get", "*"], ["*", "pods"], ["get", "pods/*"], ["list", "*.apps"]] {
      let result = await LampRunner.run(
        ["rbac", "check"] + words + ["--suggest", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 2, "\(words): \(result.stdout)\(result.stderr)")
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.hasPrefix("error: --suggest never grants wildcards"), "\(result.stderr)")
    }
    let check = await LampRunner.run(
      ["rbac", "check", "*", "*", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(check.code == 3, "checking a wildcard without --suggest still works: \(check.stderr)")
  }
}

@Suite("lamp rbac help")
struct RBACHelpTests {
  /// The EXAMPLES section of a help page, printed 80 columns wide as on a plain terminal.
  static func examples(_ executable: String, _ arguments: [String]) async throws -> [Substring] {
    let result = try await ProcessRunner.run(
      executable, arguments + ["--help"], environment: ["COLUMNS": "80", "PATH": "/usr/bin:/bin"])
    #expect(result.status == 0, "\(result.stderr)")
    let section = result.stdout.components(separatedBy: "EXAMPLES:\n").dropFirst().first ?? ""
    return section.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
  }

  @Test("every example is one line that can be copied whole, also as kubectl lamp")
  func examplesAreNotWrapped() async throws {
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lamp-help-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let plugin = directory.appendingPathComponent("kubectl-lamp").path
    try FileManager.default.createSymbolicLink(atPath: plugin, withDestinationPath: lamp)
    for (executable, name) in [(lamp, "lamp"), (plugin, "kubectl lamp")] {
      for command in [["rbac"], ["rbac", "check"], ["rbac", "who-can"]] {
        let lines = try await Self.examples(executable, command)
        #expect(lines.count >= 3, "\(command)")
        for line in lines {
          #expect(line.hasPrefix("  \(name) rbac "), "\(name) \(command): \"\(line)\" is a wrapped line")
        }
      }
    }
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
