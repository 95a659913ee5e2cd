import Foundation
import KubeAPI
import LampTestSupport
import SecretsFeature
import Testing

/// Helm releases, basic-auth and ssh-auth Secrets.
@Suite("lamp secrets show: Helm, basic-auth, ssh-auth")
struct SecretTypesTests {
  @Test("Helm release: base64 and gzip unwrapped into name, chart, version, status, revision; values never shown")
  func helmRelease() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(
      ["secrets", "show", "sh.helm.release.v1.shop-web.v3", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stdout.contains("Chart:          shop-web-1.8.2"))
    #expect(table.stdout.contains("Revision:       3"))
    #expect(table.stdout.contains("Status:         deployed"))
    #expect(!table.stdout.contains("registry.example.com/shop/web"), "the manifest stays hidden")
    #expect(!table.stdout.contains("H4sI"), "the packed value stays hidden")
    Golden.assert(table.stdout, named: "show-helm-release.txt")

    let json = await LampRunner.run(
      ["secrets", "show", "sh.helm.release.v1.shop-web.v2", "-n", "shop", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 0, "\(json.stderr)")
    #expect(json.stdout.contains("\"status\": \"superseded\""))
    #expect(json.stdout.contains("\"revision\": 2"))
  }

  @Test("Helm release values that are not base64, not gzip or not JSON are reported, not crashed on")
  func malformedHelmRelease() throws {
    #expect(throws: SecretsError.malformedHelmRelease("the value is not base64")) {
      try HelmRelease(releaseValue: Data("%%%".utf8))
    }
    let truncated = Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00]).base64EncodedData()
    #expect(throws: SecretsError.compression("the compressed data is truncated")) {
      try HelmRelease(releaseValue: truncated)
    }
    let plain = Data(#"{"name":"old","version":1,"info":{"status":"failed"}}"#.utf8).base64EncodedData()
    let release = try HelmRelease(releaseValue: plain)
    #expect(release.name == "old" && release.revision == 1 && release.status == "failed")
  }

  @Test("basic-auth and ssh-auth Secrets in the simulator: credentials masked unless --reveal")
  func basicAndSSHAuth() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await cluster.sim.apply(Self.secrets)

    let basic = await LampRunner.run(
      ["secrets", "show", "db-admin", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(basic.code == 0, "\(basic.stderr)")
    #expect(basic.stdout.contains("dbadmin"))
    #expect(!basic.stdout.contains("basic-pass-not-real"))
    Golden.assert(basic.stdout, named: "show-basic-auth.txt")
    let revealed = await LampRunner.run(
      ["secrets", "show", "db-admin", "-n", "shop", "--reveal", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(revealed.stdout.contains("basic-pass-not-real"))

    let ssh = await LampRunner.run(
      ["secrets", "show", "git-deploy-key", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(ssh.code == 0, "\(ssh.stderr)")
    #expect(ssh.stdout.contains("SHA256:LbrDl9Awz5EojsF1//AeLdH1nIngqI+Wvj9hjhNi9lc"))
    #expect(!ssh.stdout.contains("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"), "the private key stays hidden")
    Golden.assert(ssh.stdout, named: "show-ssh-auth.txt")
    for extra in [["-o", "json"], ["-o", "yaml"]] {
      let document = await LampRunner.run(
        ["secrets", "show", "git-deploy-key", "-n", "shop"] + extra, kubeconfig: cluster.kubeconfigPath)
      #expect(!document.stdout.contains("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"))
    }
    let raw = await LampRunner.run(
      ["secrets", "show", "git-deploy-key", "-n", "shop", "--key", "ssh-privatekey", "--raw"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(raw.stdoutData == Data((Self.ed25519Key + "\n").utf8), "--raw is byte-exact")
  }

  @Test("SSH fingerprints are the ones ssh-keygen -l prints")
  func fingerprints() throws {
    let ed25519 = try SSHKeySummary(text: Self.ed25519Key)
    #expect(ed25519.kind == "private" && ed25519.keyType == "ssh-ed25519" && ed25519.bits == 256)
    #expect(ed25519.fingerprint == "SHA256:LbrDl9Awz5EojsF1//AeLdH1nIngqI+Wvj9hjhNi9lc")
    #expect(ed25519.comment == "lamp-test-only" && ed25519.encryption == nil)

    let rsa = try SSHKeySummary(text: Self.rsaPublicKey)
    #expect(rsa.kind == "public" && rsa.keyType == "ssh-rsa" && rsa.bits == 2048 && rsa.comment == "rsa-test")
    #expect(rsa.fingerprint == "SHA256:6k67UuH4A8zzXQoqecyXplI2ZRasUKiCrdbTGcvaOY0")

    let ecdsa = try SSHKeySummary(text: Self.encryptedECDSAKey)
    #expect(ecdsa.keyType == "ecdsa-sha2-nistp256" && ecdsa.bits == 256 && ecdsa.encryption == "aes256-ctr")
    #expect(ecdsa.fingerprint == "SHA256:VZ8bZI94JdJJJZ1WXmAo8xaSXGK81pNenUKWZ0Fx8zc")

    let pem = try SSHKeySummary(text: "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n")
    #expect(pem.keyType == "RSA PRIVATE KEY" && pem.fingerprint == nil)
    #expect(throws: SecretsError.self) { try SSHKeySummary(text: "not a key") }
    #expect(throws: SecretsError.malformedSSHKey("the key is truncated")) {
      try SSHKeySummary(
        text: "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----")
    }
  }

  // Test-only keys made with ssh-keygen for this file; fingerprints above are ssh-keygen -lf's.
  static let ed25519Key = """
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
    QyNTUxOQAAACDD2Z1QkBZmtJeIZkc2+DQqkwq4f4VnIgRPbx5EtAuWDgAAAJgvlBlBL5QZ
    QQAAAAtzc2gtZWQyNTUxOQAAACDD2Z1QkBZmtJeIZkc2+DQqkwq4f4VnIgRPbx5EtAuWDg
    AAAEBMcrukHOuJt3TIsdO0/4JiBJbDb1QsC0cvQZK2EPUy28PZnVCQFma0l4hmRzb4NCqT
    Crh/hWciBE9vHkS0C5YOAAAADmxhbXAtdGVzdC1vbmx5AQIDBAUGBw==
    -----END OPENSSH PRIVATE KEY-----
    """

  static let encryptedECDSAKey = """
    -----BEGIN OPENSSH PRIVATE KEY-----
    b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABA1pG8oTj
    bTRWAVzOjzDIqJAAAAEAAAAAEAAABoAAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlz
    dHAyNTYAAABBBKiB+9EypRhrmMRy59QmIv2BflacgPUVDX0dqWIc9mjU8L+YN+qfiHBSns
    cIUTGXYi9pL/Wo/sFft9FeMkd3F5EAAACgmVX4kubDCFzRsaSzn6LSTBMgBXd76fmuz0jF
    QMYuCjeuXwSOn+/+uCqh+ym+FQI1wsaOkY7xQh09+1r7AMWQ6tilGmpS768DoPoTl3gVPt
    BpeDL87uA4Ef3ncw1TJDHssEVPe+Juo05teFWNnPS+tthYPZiN7wzp24hrPlrhuowH4PXV
    Ep3RuQwnz2FKVz9RISA0r93k3TCtQdTSyvwWsg==
    -----END OPENSSH PRIVATE KEY-----
    """

  static let rsaPublicKey = [
    "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCuYQSutoBYelcnXR4iEs8Vqb64QPGfN/Pd5oHwwcBapzwU+2qaKofKlVmQW4Is",
    "90tVbn1JFVkhsCPMe330ioSy7vnMkw0Y5LYLQ60AmIg4+HF068rhztfk29euAAILggz8jHROZzxxlF9KYGYC76AgQPwSYzjXogX+",
    "2HNpAw9AdI/PpzZ36DPMxNHe/5FJoGJO56uSqpk7Q3fW4elwzVcSKIaLrxGqlqHswh+WbEu6F3KtBkdfmQucp9iI6R6Qyp9KQDNv",
    "Jq4kW4v3BuNs6AP5HYzX2Bn8G3WAHejACE+QMylksKiQhPXoNenKIPj+jsCWI43XY/c0uYzzAFQBVi/D rsa-test",
  ].joined()

  /// The two Secrets, as the API server would store them (`data` base64-encoded).
  static var secrets: [JSONValue] {
    func secret(_ name: String, type: String, data: [String: String]) -> JSONValue {
      .object([
        "apiVersion": .string("v1"), "kind": .string("Secret"), "type": .string(type),
        "metadata": .object(["name": .string(name), "namespace": .string("shop")]),
        "data": .object(data.mapValues { .string(Data($0.utf8).base64EncodedString()) }),
      ])
    }
    return [
      secret(
        "db-admin", type: "kubernetes.io/basic-auth",
        data: ["username": "dbadmin", "password": "basic-pass-not-real-7Hq"]),
      secret("git-deploy-key", type: "kubernetes.io/ssh-auth", data: ["ssh-privatekey": ed25519Key + "\n"]),
    ]
  }
}
