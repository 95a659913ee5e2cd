import Foundation
import Testing

@testable import KubeClient

@Suite("Kubeconfig overrides")
struct KubeconfigOverrideTests {
  static let kubeconfig = """
    current-context: dev
    clusters:
    - name: c-dev
      cluster:
        server: "https://dev.example"
        certificate-authority-data: \(base64(KubeconfigTestPEM.ca))
        tls-server-name: dev-sni
    - name: c-prod
      cluster: {server: "https://prod.example"}
    users:
    - name: u-dev
      user: {token: dev-token, as: dev-bot, as-groups: [dev-group], as-user-extra: {team: [dev]}}
    - name: u-prod
      user: {username: admin, password: secret}
    contexts:
    - name: dev
      context: {cluster: c-dev, user: u-dev, namespace: dev-ns}
    - name: prod
      context: {cluster: c-prod, user: u-prod}
    """

  /// One row of the precedence table and what it must resolve to.
  struct Row: Sendable, CustomTestStringConvertible {
    var label: String
    var overrides: ConfigOverrides
    var context: String?
    var cluster: String?
    var user: String?
    var namespace: String
    var namespaceFromOverride = false
    var server: String

    var testDescription: String { label }
  }

  static let rows: [Row] = [
    Row(
      label: "no overrides", overrides: ConfigOverrides(), context: "dev", cluster: "c-dev", user: "u-dev",
      namespace: "dev-ns", server: "https://dev.example"),
    Row(
      label: "--context picks the context", overrides: ConfigOverrides(context: "prod"), context: "prod",
      cluster: "c-prod", user: "u-prod", namespace: "default", server: "https://prod.example"),
    Row(
      label: "--cluster replaces the context's cluster", overrides: ConfigOverrides(cluster: "c-prod"),
      context: "dev", cluster: "c-prod", user: "u-dev", namespace: "dev-ns", server: "https://prod.example"),
    Row(
      label: "--user replaces the context's user", overrides: ConfigOverrides(user: "u-prod"), context: "dev",
      cluster: "c-dev", user: "u-prod", namespace: "dev-ns", server: "https://dev.example"),
    Row(
      label: "-n wins over the context namespace", overrides: ConfigOverrides(namespace: "other"),
      context: "dev", cluster: "c-dev", user: "u-dev", namespace: "other", namespaceFromOverride: true,
      server: "https://dev.example"),
    Row(
      label: "empty -n is unset", overrides: ConfigOverrides(namespace: ""), context: "dev", cluster: "c-dev",
      user: "u-dev", namespace: "dev-ns", server: "https://dev.example"),
    Row(
      label: "--context with -n", overrides: ConfigOverrides(context: "prod", namespace: "x"), context: "prod",
      cluster: "c-prod", user: "u-prod", namespace: "x", namespaceFromOverride: true,
      server: "https://prod.example"),
    Row(
      label: "--context with --cluster", overrides: ConfigOverrides(context: "prod", cluster: "c-dev"),
      context: "prod", cluster: "c-dev", user: "u-prod", namespace: "default", server: "https://dev.example"),
    Row(
      label: "--server replaces the cluster's server", overrides: ConfigOverrides(server: "https://other:8443"),
      context: "dev", cluster: "c-dev", user: "u-dev", namespace: "dev-ns", server: "https://other:8443"),
  ]

  @Test(arguments: rows)
  func precedence(_ row: Row) throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let config = try dir.loader(explicit: path).clientConfig(overrides: row.overrides)
    #expect(config.contextName == row.context)
    #expect(config.clusterName == row.cluster)
    #expect(config.userName == row.user)
    #expect(config.namespace == row.namespace)
    #expect(config.namespaceFromOverride == row.namespaceFromOverride)
    #expect(config.server == row.server)
  }

  @Test func serverOverrideDropsTLSServerName() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let loader = dir.loader(explicit: path)
    #expect(try loader.clientConfig().tlsServerName == "dev-sni")
    let overridden = try loader.clientConfig(overrides: ConfigOverrides(server: "https://10.0.0.1"))
    #expect(overridden.tlsServerName == nil)
    #expect(overridden.caPEM == Data(KubeconfigTestPEM.ca.utf8))
  }

  @Test func insecureOverrideDropsTheCertificateAuthority() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let config = try dir.loader(explicit: path).clientConfig(overrides: ConfigOverrides(insecureSkipTLSVerify: true))
    #expect(config.insecureSkipTLSVerify)
    #expect(config.caPEM == nil)
  }

  @Test func certificateAuthorityAndServerNameFlagsReplaceTheClusters() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let other = "-----BEGIN CERTIFICATE-----\nb3RoZXItY2E=\n-----END CERTIFICATE-----\n"
    let caPath = try dir.write("other-ca.pem", other)
    let overrides = ConfigOverrides(certificateAuthority: caPath, tlsServerName: "api.internal")
    let config = try dir.loader(explicit: path).clientConfig(overrides: overrides)
    #expect(config.caPEM == Data(other.utf8))
    #expect(!config.insecureSkipTLSVerify)
    #expect(config.tlsServerName == "api.internal")
    let withServer = ConfigOverrides(server: "https://10.0.0.1", tlsServerName: "api.internal")
    #expect(try dir.loader(explicit: path).clientConfig(overrides: withServer).tlsServerName == "api.internal")
  }

  @Test func certificateAuthorityFlagTurnsVerificationBackOn() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write(
      "config",
      """
      current-context: c
      clusters: [{name: c, cluster: {server: "https://c.example", insecure-skip-tls-verify: true}}]
      users: [{name: u, user: {}}]
      contexts: [{name: c, context: {cluster: c, user: u}}]
      """)
    let caPath = try dir.write("ca.pem", KubeconfigTestPEM.ca)
    let config = try dir.loader(explicit: path).clientConfig(overrides: ConfigOverrides(certificateAuthority: caPath))
    #expect(!config.insecureSkipTLSVerify)
    #expect(config.caPEM == Data(KubeconfigTestPEM.ca.utf8))
  }

  @Test func tokenFlagReplacesTheUsersCredentials() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let loader = dir.loader(explicit: path)
    #expect(
      try loader.clientConfig(overrides: ConfigOverrides(token: "flag-token")).credentials == .token("flag-token"))
    let prod = ConfigOverrides(context: "prod", token: "flag-token")
    #expect(try loader.clientConfig(overrides: prod).credentials == .token("flag-token"), "instead of basic auth")
    #expect(!"\(prod)".contains("flag-token"), "overrides never print the token")
  }

  @Test func clientCertificateFlagsReplaceTheUsers() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let cert = try dir.write("client.crt", KubeconfigTestPEM.cert)
    let key = try dir.write("client.key", KubeconfigTestPEM.key)
    let loader = dir.loader(explicit: path)
    let config = try loader.clientConfig(overrides: ConfigOverrides(clientCertificate: cert, clientKey: key))
    #expect(config.clientCertificatePEM == Data(KubeconfigTestPEM.cert.utf8))
    #expect(config.clientKeyPEM == Data(KubeconfigTestPEM.key.utf8))
    #expect(throws: KubeconfigError.flagNeedsFlag("--client-certificate", "--client-key")) {
      try loader.clientConfig(overrides: ConfigOverrides(clientCertificate: cert))
    }
  }

  @Test func unreadableFlagFileIsNamed() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let missing = dir.file("missing.pem")
    do {
      _ = try dir.loader(explicit: path).clientConfig(overrides: ConfigOverrides(certificateAuthority: missing))
      Issue.record("expected an error")
    } catch {
      #expect(message(of: error) == "unable to read --certificate-authority \(missing): no such file or directory")
    }
  }

  @Test func impersonationFromKubeconfigAndFlags() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write("config", Self.kubeconfig)
    let loader = dir.loader(explicit: path)
    let fromFile = try loader.clientConfig().impersonation
    #expect(fromFile == ClientConfig.Impersonation(user: "dev-bot", groups: ["dev-group"], extra: ["team": ["dev"]]))

    let flags = ConfigOverrides(asUser: "jane", asGroups: ["g1", "g2"], asUID: "uid-1")
    let fromFlags = try loader.clientConfig(overrides: flags).impersonation
    #expect(fromFlags.user == "jane")
    #expect(fromFlags.groups == ["g1", "g2"])
    #expect(fromFlags.uid == "uid-1")
    #expect(fromFlags.extra == ["team": ["dev"]])

    let prod = try loader.clientConfig(overrides: ConfigOverrides(context: "prod"))
    #expect(prod.impersonation.isEmpty)
    #expect(prod.credentials == .basic(username: "admin", password: "secret"))
  }

  @Test func serverOnlyWithoutAnyKubeconfig() throws {
    let dir = try KubeconfigTestDirectory()
    let config = try dir.loader().clientConfig(overrides: ConfigOverrides(server: "https://10.1.2.3:6443"))
    #expect(config.origin == .overrides)
    #expect(config.server == "https://10.1.2.3:6443")
    #expect(config.contextName == nil && config.credentials == .none && config.namespace == "default")
  }

  @Test(
    arguments: [
      ("0", nil), ("5", Duration.seconds(5)), ("30s", .seconds(30)), ("1m30s", .seconds(90)),
      ("250ms", .milliseconds(250)), ("1h", .seconds(3600)), ("1.5s", .milliseconds(1500)),
    ] as [(String, Duration?)])
  func requestTimeoutParsing(_ text: String, _ expected: Duration?) throws {
    #expect(try ConfigOverrides.parseRequestTimeout(text) == expected)
  }

  @Test(arguments: ["", "abc", "5x", "-1", "1m-5s"])
  func invalidRequestTimeouts(_ text: String) {
    #expect(throws: KubeconfigError.invalidRequestTimeout(text)) {
      try ConfigOverrides.parseRequestTimeout(text)
    }
  }
}
