import Foundation
import LampTestSupport
import Testing

@Suite("lamp secrets show")
struct SecretsShowTests {
  /// Serial numbers and PEM sizes come from keys generated at simulator start; everything else is pinned.
  static func stable(_ text: String) -> String {
    text.replacing(/Serial:( +)[0-9a-f:]+/, with: { "Serial:\($0.1)<serial>" })
      .replacing(/"serialNumber": "[0-9a-f:]+"/, with: { _ in "\"serialNumber\": \"<serial>\"" })
      .replacing(/"size": [0-9]+/, with: { _ in "\"size\": <size>" })
  }

  @Test("text values print as text")
  func opaqueText() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["secrets", "show", "api-db", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("db-pass-not-real-93Jd"))
    Golden.assert(result.stdout, named: "show-api-db.txt")
  }

  @Test("--mask hides every value in table and JSON output")
  func masking() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for extra in [[], ["-o", "json"], ["-o", "yaml"]] {
      let result = await LampRunner.run(
        ["secrets", "show", "api-db", "-n", "shop", "--mask"] + extra, kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0)
      #expect(!result.stdout.contains("db-pass-not-real"))
      #expect(result.stdout.contains("********"))
    }
  }

  @Test("binary values show size, type and a hex preview; --raw writes the exact bytes")
  func binary() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(
      ["secrets", "show", "storefront-assets", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0)
    #expect(table.stdout.contains("PNG image"))
    #expect(table.stdout.contains("89 50 4e 47 0d 0a 1a 0a"))
    #expect(!table.stdout.contains("\u{1A}"), "no raw control bytes on the terminal")
    Golden.assert(table.stdout, named: "show-storefront-assets.txt")

    let raw = await LampRunner.run(
      ["secrets", "show", "storefront-assets", "-n", "shop", "--key", "logo.png", "--raw"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(raw.code == 0)
    let expected = try #require(Data(base64Encoded: Self.logoBase64))
    #expect(raw.stdoutData == expected)
  }

  @Test("TLS: chain, days left, expired certificates and a key that does not match")
  func tls() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let soon = await LampRunner.run(
      ["secrets", "show", "shop-demo-tls", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(soon.code == 0, "\(soon.stderr)")
    #expect(soon.stdout.contains("Key match:  yes"))
    #expect(soon.stdout.contains("(20 days left)"))
    #expect(soon.stdout.contains("shop.demo.example.com, www.shop.demo.example.com"))
    #expect(soon.stdout.contains("[2] Subject:"), "the whole chain")
    // Sizes and serials change with the keys generated at start: compare the certificate part only.
    let details = try #require(soon.stdout.range(of: "Certificates in"))
    Golden.assert(Self.stable(String(soon.stdout[details.lowerBound...])), named: "show-shop-demo-tls.txt")

    let expired = await LampRunner.run(
      ["secrets", "show", "legacy-tls", "-n", "shop", "--mask", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(expired.code == 0)
    #expect(expired.stdout.contains("\"daysLeft\": -5"))
    Golden.assert(Self.stable(expired.stdout), named: "show-legacy-tls.json")

    let key = await LampRunner.run(
      ["secrets", "show", "shop-demo-tls", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(!key.stdout.contains("-----BEGIN PRIVATE KEY-----"), "private keys are masked unless --reveal")
    #expect(soon.stdout.contains("tls.key   text       PEM private key"))
    let revealed = await LampRunner.run(
      ["secrets", "show", "shop-demo-tls", "-n", "shop", "--key", "tls.key", "--reveal", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(revealed.stdout.contains("-----BEGIN PRIVATE KEY-----"))

    let mismatch = await LampRunner.run(
      ["secrets", "show", "payments-tls", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(mismatch.stdout.contains("Key match:  NO: tls.key does not belong to tls.crt"))
  }

  @Test("docker config: registries and usernames, secrets masked unless --reveal")
  func dockerConfig() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let masked = await LampRunner.run(
      ["secrets", "show", "registry-example-com", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(masked.code == 0)
    #expect(masked.stdout.contains("registry.example.com"))
    #expect(masked.stdout.contains("demo-robot"))
    #expect(!masked.stdout.contains("Zk8v-not-a-real-password"))
    Golden.assert(masked.stdout, named: "show-registry.txt")
    let revealed = await LampRunner.run(
      ["secrets", "show", "registry-example-com", "-n", "shop", "--reveal"], kubeconfig: cluster.kubeconfigPath)
    #expect(revealed.stdout.contains("Zk8v-not-a-real-password-3QwL"))
  }

  @Test("service-account token: JWT claims, signature not verified")
  func serviceAccountToken() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["secrets", "show", "prometheus-token", "-n", "monitoring", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"subject\": \"system:serviceaccount:monitoring:prometheus\""))
    #expect(result.stdout.contains("\"signatureVerified\": false"))
    let table = await LampRunner.run(
      ["secrets", "show", "prometheus-token", "-n", "monitoring"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.stdout.contains("signature NOT verified"))
  }

  @Test("-f reads a manifest with stringData and needs no cluster")
  func manifest() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-secret-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("secret.yaml").path
    try """
    apiVersion: v1
    kind: Secret
    metadata:
      name: from-file
    type: kubernetes.io/basic-auth
    data:
      username: YWRtaW4=
    stringData:
      password: hunter2-not-real
    """.write(toFile: path, atomically: true, encoding: .utf8)
    let result = await LampRunner.run(["secrets", "show", "-f", path], kubeconfig: "/nonexistent/kubeconfig")
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("admin"))
    #expect(!result.stdout.contains("hunter2-not-real"), "basic-auth passwords are masked unless --reveal")
    Golden.assert(result.stdout, named: "show-file.txt")
    // `-f -` reads the manifest from standard input, as piped from kubectl.
    let piped = try await ProcessRunner.run(
      LampRunner.productsDirectory.appendingPathComponent("lamp").path, ["secrets", "show", "-f", "-"],
      environment: ["KUBECONFIG": "/nonexistent/kubeconfig", "LAMP_NOW": "2026-11-20T12:00:00Z"],
      stdin: try Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == result.stdout)
    let revealed = await LampRunner.run(
      ["secrets", "show", "-f", path, "--reveal"], kubeconfig: "/nonexistent/kubeconfig")
    #expect(revealed.stdout.contains("hunter2-not-real"))
    let missing = await LampRunner.run(
      ["secrets", "show", "-f", directory.appendingPathComponent("none.yaml").path],
      kubeconfig: "/nonexistent/kubeconfig")
    #expect(missing.code == 1)
    #expect(missing.stderr.hasSuffix("none.yaml: no such file or directory\n"), "\(missing.stderr)")
  }

  @Test("errors: unknown key, --raw without --key, a missing secret; no value leaks into them")
  func errors() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let noKey = await LampRunner.run(
      ["secrets", "show", "api-db", "-n", "shop", "--key", "nope"], kubeconfig: cluster.kubeconfigPath)
    #expect(noKey.code == 1)
    #expect(noKey.stderr == "error: key \"nope\" not found in the secret (keys: password, username)\n")
    let rawOnly = await LampRunner.run(["secrets", "show", "api-db", "--raw"], kubeconfig: cluster.kubeconfigPath)
    #expect(rawOnly.code == 2)
    let rawJSON = await LampRunner.run(
      ["secrets", "show", "api-db", "-n", "shop", "--key", "password", "--raw", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(rawJSON.code == 2 && rawJSON.stdout.isEmpty)
    #expect(rawJSON.stderr.hasPrefix("error: --raw and -o cannot be combined"), "\(rawJSON.stderr)")
    let badName = await LampRunner.run(["secrets", "show", "../x", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(badName.code == 2, "a name no request path can hold is a bad value, as a bad -n is")
    #expect(
      badName.stderr == "error: invalid resource name \"../x\": may not contain '/'; see 'lamp secrets show --help'\n")
    let missing = await LampRunner.run(["secrets", "show", "nope", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(missing.code == 1)
    #expect(missing.stderr.contains("not found"))
    let forbidden = await LampRunner.run(
      ["secrets", "show", "api-db", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(forbidden.code == 1)
    #expect(forbidden.stderr.contains("forbidden"))
    #expect(forbidden.stderr.contains("the fix is \"get secrets\" in namespace shop"))
    // The hint asks as the same subject: without --context viewer it would answer for the current context.
    #expect(forbidden.stderr.hasSuffix("(see: lamp rbac check get secrets -n shop --context viewer --suggest)\n"))
    let impersonated = await LampRunner.run(
      ["secrets", "show", "api-db", "-n", "shop", "--as", "jane doe", "--as-group", "devs"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(
      impersonated.stderr.hasSuffix(
        "(see: lamp rbac check get secrets -n shop --as 'jane doe' --as-group devs --suggest)\n"),
      "\(impersonated.stderr)")
    #expect(forbidden.stderr.split(separator: "\n").count == 1)
    let verbose = await LampRunner.run(
      ["secrets", "show", "api-db", "-n", "shop", "--mask", "-v=8"], kubeconfig: cluster.kubeconfigPath)
    #expect(!verbose.stderr.contains("ZGItcGFzcy1ub3QtcmVhbC05M0pk"), "-v=8 never logs response bodies")
    #expect(!verbose.stderr.contains("db-pass-not-real"))
  }

  static let logoBase64 = """
    iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAABl0lEQVR42hXSURVEIQhF0dfABjSggQ1oYAMa0MAGNqDBaUADG9BkHL/ZrCvwfR/jQz70Y37Yx/rwj/jYH+cjP/ioj/vRH983GAMZ6GAObLAGPojBHpxBDhjU4A56PCAMQQQVpmDCElwIYQtHSAGhhCu0PKAMRRRVpmLKUlwJZStHSQWllKu0PjAZE5noZE5ssiY+icmenElOmNTkTno+YAxDDDWmYcYy3AhjG8dIA6OMa7Q9sBgLWehiLmyxFr6IxV6cRS5Y1OIuej3gDEccdaZjznLcCWc7x0kHp5zrtD8QjEACDWZgwQo8iGAHJ8iAoIIbdDywGRvZ6GZubLM2vonN3pxNbtjU5m56P3AYBznoYR7ssA5+iMM+nEMeONThHvo8kIxEEk1mYslKPIlkJyfJhKSSm3Q+8F/8W+Vbzhv3G+Abyfvki/2CvNav+P8KLvQ7q68YhRRazMKKVXgRxS5OkfUvr+IWXQ9cxkUuepkXu6yLX+KyL+eS99+8LvfS94FmNNJoMxtrVuNNNLs5TfY/SjW36eYHSRWVEMDv7m4AAAAASUVORK5CYII=
    """
}
