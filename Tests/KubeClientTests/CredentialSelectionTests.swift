import Foundation
import Testing

@testable import KubeClient

@Suite("Credential selection and CredentialProvider")
struct CredentialSelectionTests {
  private func config(user: String, in dir: KubeconfigTestDirectory) throws -> ClientConfig {
    let path = try dir.write("config", KubeconfigErrorTests.single(user: user))
    return try dir.loader(explicit: path).clientConfig()
  }

  private static let exec = "{apiVersion: client.authentication.k8s.io/v1, command: plugin, interactiveMode: Never}"

  @Test func staticToken() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(user: "{token: abc}", in: dir)
    #expect(config.credentials == .token("abc"))
    #expect(config.clientCertificatePEM == nil)
  }

  @Test func plainHTTPGetsNoCredentialsAndNoImpersonation() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write(
      "config",
      KubeconfigErrorTests.single(
        cluster: "{server: 'http://127.0.0.1:8001'}",
        user: "{token: abc, as: admin, as-groups: [ops], username: u, password: p}"))
    let loader = dir.loader(explicit: path)
    let http = try loader.clientConfig()
    #expect(http.credentials == CredentialSource.none, "a token must not cross the network in clear text")
    #expect(http.impersonation.isEmpty)
    let flags = try loader.clientConfig(overrides: ConfigOverrides(token: "flag-token", asUser: "x"))
    #expect(flags.credentials == CredentialSource.none)
    #expect(flags.impersonation.isEmpty)
    let https = try loader.clientConfig(overrides: ConfigOverrides(server: "https://127.0.0.1:6443", token: "t"))
    #expect(https.credentials == .token("t"))
  }

  @Test func aMisplacedTokenIsNotQuotedInTheError() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", KubeconfigErrorTests.single(user: "\"eyJhbGci.SECRET-TOKEN-VALUE\""))
    #expect {
      try dir.loader(explicit: path).clientConfig()
    } throws: { error in
      let text = "\(error)"
      return !text.contains("SECRET-TOKEN") && text.contains("users[0].user")
    }
  }

  @Test func tokenFileWinsOverToken() throws {
    let dir = try KubeconfigTestDirectory()
    try dir.write("token", "  from-file\n")
    let config = try config(user: "{token: abc, tokenFile: token}", in: dir)
    #expect(config.credentials == .tokenFile(path: dir.file("token"), initialToken: "from-file"))
  }

  @Test func clientCertificateFromData() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(
      user: "{client-certificate-data: \(base64(KubeconfigTestPEM.cert)), "
        + "client-key-data: \(base64(KubeconfigTestPEM.key))}",
      in: dir)
    #expect(config.clientCertificatePEM == Data(KubeconfigTestPEM.cert.utf8))
    #expect(config.clientKeyPEM == Data(KubeconfigTestPEM.key.utf8))
    #expect(config.credentials == .none)
  }

  @Test func clientCertificateFromFilesCombinesWithToken() throws {
    let dir = try KubeconfigTestDirectory()
    try dir.write("c.pem", KubeconfigTestPEM.cert)
    try dir.write("k.pem", KubeconfigTestPEM.key)
    let config = try config(user: "{client-certificate: c.pem, client-key: k.pem, token: abc}", in: dir)
    #expect(config.clientCertificatePEM == Data(KubeconfigTestPEM.cert.utf8))
    #expect(config.clientKeyPEM == Data(KubeconfigTestPEM.key.utf8))
    #expect(config.credentials == .token("abc"))
  }

  @Test func execPlugin() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(user: "{exec: \(Self.exec)}", in: dir)
    guard case .exec(let exec) = config.credentials else {
      Issue.record("expected exec, got \(config.credentials)")
      return
    }
    #expect(exec.command == "plugin" && exec.apiVersion == .v1 && exec.interactiveMode == .never)
    #expect(exec.cluster == nil)
    #expect(exec.environment["HOME"] == dir.path)
  }

  @Test func v1beta1ExecDefaultsToIfAvailable() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(
      user: "{exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: p, args: [a, b], "
        + "env: [{name: X, value: y}]}}",
      in: dir)
    guard case .exec(let exec) = config.credentials else {
      Issue.record("expected exec, got \(config.credentials)")
      return
    }
    #expect(exec.interactiveMode == .ifAvailable)
    #expect(exec.args == ["a", "b"])
    #expect(exec.env == [ExecPluginConfig.EnvVar(name: "X", value: "y")])
  }

  @Test func staticCredentialsSkipTheExecPlugin() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(try config(user: "{token: abc, exec: \(Self.exec)}", in: dir).credentials == .token("abc"))
    let withCert = try config(
      user: "{client-certificate-data: \(base64(KubeconfigTestPEM.cert)), "
        + "client-key-data: \(base64(KubeconfigTestPEM.key)), exec: \(Self.exec)}", in: dir)
    #expect(withCert.credentials == .none)
    #expect(withCert.clientCertificatePEM != nil)
  }

  @Test func oidcIDToken() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(
      user: "{auth-provider: {name: oidc, config: {id-token: the-id-token, refresh-token: r, client-id: k}}}", in: dir)
    #expect(config.credentials == .oidc(idToken: "the-id-token"))
  }

  @Test func basicAuth() async throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(user: "{username: admin, password: 's3cr:et'}", in: dir)
    #expect(config.credentials == .basic(username: "admin", password: "s3cr:et"))
    let provider = CredentialProvider(source: config.credentials, stderr: { _ in })
    let authorization = try #require(try await provider.authorization())
    #expect(authorization.headerValue == "Basic " + base64("admin:s3cr:et"))
  }

  @Test func anonymous() async throws {
    let dir = try KubeconfigTestDirectory()
    let config = try config(user: "{}", in: dir)
    #expect(config.credentials == .none)
    let provider = CredentialProvider(source: .none, stderr: { _ in })
    #expect(try await provider.authorization() == nil)
    #expect(try await provider.clientCertificate() == nil)
    #expect(!provider.mayProvideClientCertificate)
  }

  @Test func staticSourcesThroughTheProvider() async throws {
    let token = CredentialProvider(source: .token("abc"), stderr: { _ in })
    #expect(try await token.authorization() == .bearer("abc"))
    #expect(try await token.authorization()?.headerValue == "Bearer abc")
    let oidc = CredentialProvider(source: .oidc(idToken: "id"), stderr: { _ in })
    #expect(try await oidc.authorization() == .bearer("id"))
  }

  @Test func tokenFileIsReReadAtMostOnceAMinute() async throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("token", "one\n")
    let clock = CredentialTestClock(Date(timeIntervalSince1970: 1_000_000))
    let provider = CredentialProvider(
      source: .tokenFile(path: path, initialToken: "one"), stderr: { _ in }, clock: clock.now)
    try dir.write("token", "two\n")
    clock.advance(59)
    #expect(try await provider.authorization() == .bearer("one"))
    clock.advance(2)
    #expect(try await provider.authorization() == .bearer("two"))

    try dir.write("token", "three\n")
    clock.advance(10)
    #expect(try await provider.authorization() == .bearer("two"))
    await provider.invalidate()
    #expect(try await provider.authorization() == .bearer("three"))

    // A failed rotation keeps the last good token.
    try FileManager.default.removeItem(atPath: path)
    clock.advance(120)
    #expect(try await provider.authorization() == .bearer("three"))
  }
}
