import Foundation
import LampTestSupport
import Testing

@Suite("lamp version")
struct VersionCommandTests {
  @Test("prints the client and the server version over every kind of credential")
  func serverVersion() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for context in ["admin", "viewer", "serviceaccount", "exec", "no-pods-proxy"] {
      let result = await LampRunner.run(["version", "--context", context], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(context): \(result.stderr)")
      #expect(result.stdout == "Client Version: v0.1.0\nServer Version: v1.32.0-lamp-sim\n")
    }
  }

  @Test("--client needs no cluster and no kubeconfig")
  func clientOnly() async {
    let result = await LampRunner.run(["version", "--client"], kubeconfig: "/nonexistent/kubeconfig")
    #expect(result.code == 0)
    #expect(result.stdout == "Client Version: v0.1.0\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("JSON and YAML follow the documented schema")
  func structured() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let json = await LampRunner.run(["version", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 0)
    Golden.assert(json.stdout, named: "version.json")
    let yaml = await LampRunner.run(["version", "--client", "-o", "yaml"])
    Golden.assert(yaml.stdout, named: "version-client.yaml")
  }

  @Test("bad input: one line on stderr and the documented exit code")
  func badInput() async throws {
    let badFormat = await LampRunner.run(["version", "--client", "-o", "xml"])
    #expect(badFormat.code == 2)
    #expect(
      badFormat.stderr == "error: unknown output format \"xml\" (one of: json, yaml); see 'lamp version --help'\n")

    let unknownFlag = await LampRunner.run(["version", "--bogus"])
    #expect(unknownFlag.code == 2)

    let missing = await LampRunner.run(["version"], kubeconfig: nil, environment: ["KUBECONFIG": "/nonexistent/kc"])
    #expect(missing.code == 1)
    #expect(missing.stderr.hasPrefix("error: "))
    #expect(missing.stderr.split(separator: "\n").count == 1)

    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let unknownContext = await LampRunner.run(["version", "--context", "nope"], kubeconfig: cluster.kubeconfigPath)
    #expect(unknownContext.code == 1)
    #expect(unknownContext.stderr.contains("context \"nope\" not found"))
    #expect(unknownContext.stderr.contains("admin"), "names the contexts that exist")

    let badTimeout = await LampRunner.run(["version", "--request-timeout", "soon"], kubeconfig: cluster.kubeconfigPath)
    #expect(badTimeout.code == 2)
    #expect(badTimeout.stdout.isEmpty, "a usage error comes before any output")
    let conflict = await LampRunner.run(
      ["version", "--insecure-skip-tls-verify", "--certificate-authority", "/x"], kubeconfig: cluster.kubeconfigPath)
    #expect(conflict.code == 2 && conflict.stdout.isEmpty)
  }

  @Test("an unreachable server and a broken kubeconfig are reported in one line with where")
  func unreachable() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let refused = directory.appendingPathComponent("refused").path
    try """
    apiVersion: v1
    kind: Config
    current-context: c
    clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
    users: [{name: u, user: {token: secret-token-value}}]
    contexts: [{name: c, context: {cluster: c, user: u}}]
    """.write(toFile: refused, atomically: true, encoding: .utf8)
    let result = await LampRunner.run(["version"], kubeconfig: refused)
    #expect(result.code == 1)
    #expect(result.stderr == "error: connection refused by 127.0.0.1:1\n", "names the server once")
    #expect(result.stdout == "Client Version: v0.1.0\n", "the client's version is told before the server is asked")
    #expect(!result.stderr.contains("secret-token-value"))
    // JSON too, as kubectl's: the client's version, then the error.
    let json = await LampRunner.run(["version", "-o", "json"], kubeconfig: refused)
    #expect(json.code == 1 && json.stderr == "error: connection refused by 127.0.0.1:1\n")
    #expect(json.stdout.contains("\"clientVersion\"") && !json.stdout.contains("\"serverVersion\""), "\(json.stdout)")

    let broken = directory.appendingPathComponent("broken").path
    try "apiVersion: v1\nclusters:\n  - name: [unclosed\n".write(toFile: broken, atomically: true, encoding: .utf8)
    let parse = await LampRunner.run(["version"], kubeconfig: broken)
    #expect(parse.code == 1)
    #expect(parse.stderr.contains("\(broken):"), "names the file with line and column: \(parse.stderr)")
  }

  @Test("401 from the server reads like kubectl's; a static token is not sent again")
  func unauthorized() async throws {
    let requests = RequestLog()
    let cluster = try await TestCluster.start { $0.requestLog = requests.record }
    defer { Task { await cluster.stop() } }
    // A kubeconfig of one context on the simulator, its user as given.
    func kubeconfig(_ name: String, user: String) throws -> String {
      let path = cluster.directory.appendingPathComponent(name).path
      try """
      apiVersion: v1
      kind: Config
      current-context: c
      clusters: [{name: c, cluster: {server: "\(cluster.url.absoluteString)", insecure-skip-tls-verify: true}}]
      users: [{name: u, user: \(user)}]
      contexts: [{name: c, context: {cluster: c, user: u}}]
      """.write(toFile: path, atomically: true, encoding: .utf8)
      return path
    }
    let bad = try kubeconfig("bad-token", user: "{token: not-a-valid-token}")
    let result = await LampRunner.run(["version"], kubeconfig: bad)
    #expect(result.code == 1)
    #expect(result.stderr.hasPrefix("error: You must be logged in to the server (Unauthorized)"))
    #expect(!result.stderr.contains("not-a-valid-token"))
    let tried = await requests.lines { $0.contains { $0.hasPrefix("GET /version") } }
    #expect(tried.filter { $0.hasPrefix("GET /version") }.count == 1, "\(tried)")

    // An exec plugin is run again after a 401 (its credential may have been revoked early), once.
    requests.clear()
    // The plugin is /bin/sh with a script in its arguments: an executable written here could be held open by a
    // process another test forks meanwhile ("text file busy").
    let runs = cluster.directory.appendingPathComponent("runs").path
    let credential = cluster.directory.appendingPathComponent("credential.json").path
    try #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"revoked"}}"#
      .write(toFile: credential, atomically: true, encoding: .utf8)
    let exec = try kubeconfig(
      "exec",
      user: "{exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/sh, "
        + "args: ['-c', 'echo run >> \(runs); cat \(credential)'], interactiveMode: Never}}")
    let refused = await LampRunner.run(["version"], kubeconfig: exec)
    #expect(refused.code == 1)
    #expect(refused.stderr.hasPrefix("error: You must be logged in to the server (Unauthorized)"), "\(refused.stderr)")
    let retried = await requests.lines { $0.filter { $0.hasPrefix("GET /version") }.count >= 2 }
    #expect(retried.filter { $0.hasPrefix("GET /version") }.count == 2, "\(retried)")
    #expect(try String(contentsOfFile: runs, encoding: .utf8) == "run\nrun\n")
  }

  @Test("-v=8 logs requests with the Authorization header masked")
  func verboseRedaction() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["version", "--context", "viewer", "-v=8"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0)
    #expect(result.stderr.contains("GET \(cluster.url.absoluteString)/version"))
    #expect(result.stderr.contains("Authorization: Bearer <masked>"))
    let config = try String(contentsOfFile: cluster.kubeconfigPath, encoding: .utf8)
    for line in config.split(separator: "\n") where line.contains("token:") {
      let token = line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces)
      #expect(!result.stderr.contains(token))
    }
  }
}
