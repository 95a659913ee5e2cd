import Foundation
import KubeAPI
import Testing

@testable import KubeClient

@Suite("Exec credential plugins")
struct ExecPluginTests {
  /// Writes a /bin/sh plugin that records its input, environment, arguments and runs in `dir`, then prints
  /// `stdout` and exits with `status`.
  @discardableResult
  static func plugin(
    in dir: KubeconfigTestDirectory, name: String = "plugin.sh", stdout: String, status: Int = 0,
    stderr: String? = nil, sleep: String? = nil
  ) throws -> String {
    var script = """
      #!/bin/sh
      printf '%s' "$KUBERNETES_EXEC_INFO" > '\(dir.path)/input.json'
      echo run >> '\(dir.path)/runs'
      env > '\(dir.path)/env.txt'
      printf '%s\\n' "$@" > '\(dir.path)/args.txt'

      """
    if let stderr { script += "printf '\(stderr)' >&2\n" }
    if let sleep { script += "sleep \(sleep)\n" }
    script += "cat <<'JSON'\n\(stdout)\nJSON\nexit \(status)\n"
    return try dir.write(name, script, executable: true)
  }

  static func credential(
    _ version: ExecPluginConfig.APIVersion = .v1, token: String = "plugin-token", expiration: String? = nil
  ) -> String {
    let expiry = expiration.map { #","expirationTimestamp":"\#($0)""# } ?? ""
    return #"{"apiVersion":"\#(version.rawValue)","kind":"ExecCredential","status":{"token":"\#(token)"\#(expiry)}}"#
  }

  static func config(
    _ command: String, version: ExecPluginConfig.APIVersion = .v1, mode: ExecPluginConfig.InteractiveMode = .never,
    installHint: String? = nil
  ) -> ExecPluginConfig {
    ExecPluginConfig(
      apiVersion: version, command: command, installHint: installHint, interactiveMode: mode,
      environment: ["PATH": "/usr/bin:/bin", "BASE_VAR": "from-lamp"])
  }

  static func provider(
    _ config: ExecPluginConfig, tty: Bool = false, clock: CredentialTestClock? = nil, timeout: Duration? = .seconds(30),
    stderr: ExecPluginStderrRecorder = ExecPluginStderrRecorder()
  ) -> CredentialProvider {
    var now: @Sendable () -> Date = { Date() }
    if let clock { now = clock.now }
    return CredentialProvider(
      source: .exec(config), stderr: stderr.sink, stdinIsTerminal: tty, clock: now, execTimeout: timeout)
  }

  static func input(_ dir: KubeconfigTestDirectory) throws -> JSONValue {
    try JSONValue.parse(Data(dir.read("input.json").utf8))
  }

  static func runs(_ dir: KubeconfigTestDirectory) -> Int {
    dir.read("runs").split(separator: "\n").count
  }

  /// The message of the error `body` throws.
  static func failure(_ body: () async throws -> Void) async -> String {
    do {
      try await body()
      Issue.record("expected an error")
      return ""
    } catch {
      return message(of: error)
    }
  }

  @Test func v1Protocol() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential())
    let provider = Self.provider(Self.config(script))
    #expect(try await provider.authorization() == .bearer("plugin-token"))
    let input = try Self.input(dir)
    #expect(
      input
        == .object([
          "apiVersion": .string("client.authentication.k8s.io/v1"), "kind": .string("ExecCredential"),
          "spec": .object(["interactive": .bool(false)]),
        ]))
    #expect(dir.read("env.txt").contains("BASE_VAR=from-lamp\n"))
  }

  @Test func v1beta1Protocol() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(.v1beta1, token: "beta-token"))
    let provider = Self.provider(Self.config(script, version: .v1beta1, mode: .ifAvailable))
    #expect(try await provider.authorization() == .bearer("beta-token"))
    let input = try Self.input(dir)
    #expect(input["apiVersion"] == .string("client.authentication.k8s.io/v1beta1"))
    #expect(input["spec"] == .object(["interactive": .bool(false)]))
  }

  @Test func clusterInfoEnvAndArgsFromKubeconfig() async throws {
    let dir = try KubeconfigTestDirectory()
    try Self.plugin(in: dir, name: "bin/get-token", stdout: Self.credential())
    try dir.write("ca.pem", KubeconfigTestPEM.ca)
    let path = try dir.write(
      "config",
      """
      current-context: ctx
      clusters:
      - name: c
        cluster:
          server: https://c.example:6443/prefix
          certificate-authority: ca.pem
          tls-server-name: sni.example
          proxy-url: http://proxy.example:3128
          extensions:
          - name: unrelated
            extension: {ignored: true}
          - name: client.authentication.k8s.io/exec
            extension: {region: eu-west-1, audience: lamp}
      users:
      - name: u
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: ./bin/get-token
            args: [--flag, two words]
            env:
            - {name: MY_VAR, value: hello}
            - {name: BASE_VAR, value: replaced}
            interactiveMode: Never
            provideClusterInfo: true
      contexts:
      - {name: ctx, context: {cluster: c, user: u}}
      """)
    let config = try dir.loader(explicit: path).clientConfig()
    let provider = CredentialProvider(source: config.credentials, stderr: { _ in }, stdinIsTerminal: false)
    #expect(try await provider.authorization() == .bearer("plugin-token"))

    let cluster = try #require(try Self.input(dir)["spec"]?["cluster"])
    #expect(
      cluster
        == .object([
          "server": .string("https://c.example:6443/prefix"),
          "tls-server-name": .string("sni.example"),
          "certificate-authority-data": .string(base64(KubeconfigTestPEM.ca)),
          "proxy-url": .string("http://proxy.example:3128"),
          "config": .object(["region": .string("eu-west-1"), "audience": .string("lamp")]),
        ]))
    let env = dir.read("env.txt")
    #expect(env.contains("MY_VAR=hello\n"))
    #expect(env.contains("BASE_VAR=replaced\n"))
    #expect(env.contains("HOME=\(dir.path)\n"))
    #expect(dir.read("args.txt") == "--flag\ntwo words\n")
  }

  @Test func clusterInfoOnlyWhenAsked() async throws {
    let dir = try KubeconfigTestDirectory()
    try Self.plugin(in: dir, stdout: Self.credential())
    let path = try dir.write(
      "config",
      KubeconfigErrorTests.single(
        user: "{exec: {apiVersion: client.authentication.k8s.io/v1, command: ./plugin.sh, interactiveMode: Never}}"))
    let config = try dir.loader(explicit: path).clientConfig()
    let provider = CredentialProvider(source: config.credentials, stderr: { _ in }, stdinIsTerminal: false)
    _ = try await provider.authorization()
    #expect(try Self.input(dir)["spec"]?["cluster"] == nil)
  }

  @Test func bareCommandIsFoundInPATH() async throws {
    let dir = try KubeconfigTestDirectory()
    try Self.plugin(in: dir, name: "bin/lamp-test-plugin", stdout: Self.credential())
    var config = Self.config("lamp-test-plugin")
    config.environment["PATH"] = "/nonexistent::\(dir.file("bin")):/usr/bin:/bin"
    #expect(try await Self.provider(config).authorization() == .bearer("plugin-token"))
  }

  @Test func credentialIsCachedUntilExpiry() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(expiration: "2030-01-01T00:00:00Z"))
    let clock = CredentialTestClock(try #require(ExecPluginCredential.parseTimestamp("2029-12-31T23:00:00Z")))
    let provider = Self.provider(Self.config(script), clock: clock)
    #expect(try await provider.authorization() == .bearer("plugin-token"))
    clock.advance(3599)
    #expect(try await provider.authorization() == .bearer("plugin-token"))
    #expect(Self.runs(dir) == 1)
    clock.advance(2)
    #expect(try await provider.authorization() == .bearer("plugin-token"))
    #expect(Self.runs(dir) == 2)
  }

  @Test func invalidateReRuns() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential())
    let provider = Self.provider(Self.config(script))
    _ = try await provider.authorization()
    _ = try await provider.authorization()
    #expect(Self.runs(dir) == 1)
    await provider.invalidate()
    _ = try await provider.authorization()
    #expect(Self.runs(dir) == 2)
  }

  @Test func concurrentCallersShareOneRun() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(), sleep: "0.3")
    let provider = Self.provider(Self.config(script))
    try await withThrowingTaskGroup(of: Authorization?.self) { group in
      for _ in 0..<5 { group.addTask { try await provider.authorization() } }
      for try await result in group { #expect(result == .bearer("plugin-token")) }
    }
    #expect(Self.runs(dir) == 1)
  }

  @Test func clientCertificateFromPlugin() async throws {
    let dir = try KubeconfigTestDirectory()
    let pemCert = KubeconfigTestPEM.cert.replacingOccurrences(of: "\n", with: "\\n")
    let pemKey = KubeconfigTestPEM.key.replacingOccurrences(of: "\n", with: "\\n")
    let output =
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","#
      + #""status":{"clientCertificateData":"\#(pemCert)","clientKeyData":"\#(pemKey)"}}"#
    let script = try Self.plugin(in: dir, stdout: output)
    let provider = Self.provider(Self.config(script))
    #expect(provider.mayProvideClientCertificate)
    let pair = try #require(try await provider.clientCertificate())
    #expect(pair.cert == Data(KubeconfigTestPEM.cert.utf8))
    #expect(pair.key == Data(KubeconfigTestPEM.key.utf8))
    #expect(try await provider.authorization() == nil)
    #expect(Self.runs(dir) == 1)
  }

  @Test func notInstalledShowsInstallHint() async throws {
    let hint = "Install the lamp test plugin:\n  see https://example.com/install\n"
    let provider = Self.provider(Self.config("lamp-missing-plugin", installHint: hint))
    #expect(
      await Self.failure { _ = try await provider.authorization() }
        == #"exec plugin "lamp-missing-plugin" not found: "#
        + "Install the lamp test plugin: see https://example.com/install"
    )
    let noHint = Self.provider(Self.config("lamp-missing-plugin"))
    #expect(
      await Self.failure { _ = try await noHint.authorization() }
        == #"exec plugin "lamp-missing-plugin" not found: not in PATH"#)
  }

  @Test func notExecutable() async throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("plain.sh", "#!/bin/sh\n")
    #expect(
      await Self.failure { _ = try await Self.provider(Self.config(path)).authorization() }
        == "exec plugin \"\(path)\" is not an executable file")
  }

  @Test func nonZeroExitReportsFirstStderrLine() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: "", status: 1, stderr: "\\nboom: no session\\nsecond line\\n")
    let recorder = ExecPluginStderrRecorder()
    let provider = Self.provider(Self.config(script), stderr: recorder)
    #expect(
      await Self.failure { _ = try await provider.authorization() }
        == "exec plugin \"\(script)\" exited with status 1: boom: no session")
    #expect(recorder.text == "\nboom: no session\nsecond line\n")
  }

  @Test func stderrOfSuccessfulRunsIsPassedThrough() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(), stderr: "refreshing session\\n")
    let recorder = ExecPluginStderrRecorder()
    _ = try await Self.provider(Self.config(script), stderr: recorder).authorization()
    #expect(recorder.text == "refreshing session\n")
  }

  @Test(arguments: [
    ("not json at all", "not valid JSON"),
    ("", "stdout was empty"),
    ("[1, 2]", "not a JSON object"),
    (#"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}"#, "no status"),
    (
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}"#,
      "status has neither a token nor a client certificate"
    ),
    (
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientKeyData":"k"}}"#,
      "clientCertificateData and clientKeyData must be set together"
    ),
    (
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"Other","status":{"token":"x"}}"#,
      #"kind is "Other", not ExecCredential"#
    ),
    (
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":5}}"#,
      "unexpected value type at status.token"
    ),
    (
      #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","#
        + #""status":{"token":"t","expirationTimestamp":"soon"}}"#,
      #"expirationTimestamp "soon" is not an RFC 3339 time"#
    ),
  ])
  func invalidOutput(_ stdout: String, _ detail: String) async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: stdout)
    #expect(
      await Self.failure { _ = try await Self.provider(Self.config(script)).authorization() }
        == "exec plugin \"\(script)\" printed invalid ExecCredential: \(detail)")
  }

  @Test func wrongAPIVersion() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(.v1beta1, token: "secret-token-value"))
    let text = await Self.failure { _ = try await Self.provider(Self.config(script)).authorization() }
    #expect(
      text
        == "exec plugin \"\(script)\" returned apiVersion \"client.authentication.k8s.io/v1beta1\", "
        + "expected \"client.authentication.k8s.io/v1\"")
    #expect(!text.contains("secret-token-value"))
  }

  @Test(arguments: [
    (ExecPluginConfig.InteractiveMode.never, false, false),
    (.never, true, false),
    (.ifAvailable, false, false),
    (.ifAvailable, true, true),
    (.always, true, true),
  ])
  func interactiveModes(_ mode: ExecPluginConfig.InteractiveMode, _ tty: Bool, _ interactive: Bool) async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential())
    _ = try await Self.provider(Self.config(script, mode: mode), tty: tty).authorization()
    #expect(try Self.input(dir)["spec"]?["interactive"] == .bool(interactive))
  }

  @Test func alwaysInteractiveNeedsATerminal() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential())
    let provider = Self.provider(Self.config(script, mode: .always), tty: false)
    #expect(
      await Self.failure { _ = try await provider.authorization() }
        == "exec plugin \"\(script)\" needs an interactive terminal (interactiveMode: Always) "
        + "but standard input is not a terminal")
    #expect(Self.runs(dir) == 0)
  }

  // The plugin's shell is stopped after 1 s; its `sleep` child keeps the output pipe open until it ends
  // (a known gap: orphaned plugin children are not killed). The time limit only guards against a hang.
  @Test(.timeLimit(.minutes(3))) func hangingPluginIsStopped() async throws {
    let dir = try KubeconfigTestDirectory()
    let script = try Self.plugin(in: dir, stdout: Self.credential(), sleep: "30")
    let text = await Self.failure {
      _ = try await Self.provider(Self.config(script), timeout: .seconds(1)).authorization()
    }
    #expect(text == "exec plugin \"\(script)\" did not finish within 1s and was stopped")
  }
}
