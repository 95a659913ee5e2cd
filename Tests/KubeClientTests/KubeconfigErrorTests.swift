import Foundation
import Testing

@testable import KubeClient

@Suite("Kubeconfig errors")
struct KubeconfigErrorTests {
  /// Writes `text` as the only kubeconfig and returns the message of the error loading it with `overrides`.
  private func failure(
    _ text: String, overrides: ConfigOverrides = ConfigOverrides(), in dir: KubeconfigTestDirectory
  ) throws -> String {
    let path = try dir.write("config", text)
    do {
      let config = try dir.loader(explicit: path).clientConfig(overrides: overrides)
      Issue.record("expected an error, got a config for \(config.server)")
      return ""
    } catch {
      return message(of: error)
    }
  }

  static let twoContexts = """
    current-context: a
    clusters:
    - {name: ca, cluster: {server: 'https://a.example'}}
    - {name: cb, cluster: {server: 'https://b.example'}}
    users:
    - {name: ua, user: {token: t}}
    contexts:
    - {name: a, context: {cluster: ca, user: ua}}
    - {name: b, context: {cluster: cb}}
    - {name: broken-cluster, context: {cluster: gone, user: ua}}
    - {name: broken-user, context: {cluster: ca, user: nobody}}
    - {name: no-cluster, context: {user: ua}}
    """

  @Test func malformedYAMLNamesFileLineAndColumn() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure("clusters:\n- name: a\n  cluster: {server: [unclosed\n", in: dir)
    #expect(text.hasPrefix("invalid kubeconfig: \(dir.file("config")):"))
    let position = text.dropFirst("invalid kubeconfig: \(dir.file("config")):".count)
    #expect(position.first?.isNumber == true, "no line number in \(text)")
  }

  @Test func wrongValueTypeIsMalformed() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure("clusters:\n- name: a\n  cluster:\n    insecure-skip-tls-verify: [1]\n", in: dir)
    #expect(text.hasPrefix("invalid kubeconfig: \(dir.file("config")):"))
  }

  @Test func contextNotFound() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(Self.twoContexts, overrides: ConfigOverrides(context: "x"), in: dir)
    #expect(text == #"context "x" not found in kubeconfig (contexts: a, b, broken-cluster, broken-user, no-cluster)"#)
  }

  @Test func currentContextNamesAMissingContext() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure("current-context: ghost\n", in: dir)
    #expect(text == #"context "ghost" not found in kubeconfig (no contexts defined)"#)
  }

  @Test func contextReferencesMissingCluster() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(Self.twoContexts, overrides: ConfigOverrides(context: "broken-cluster"), in: dir)
    #expect(
      text == #"context "broken-cluster" refers to cluster "gone", which is not in kubeconfig (clusters: ca, cb)"#)
  }

  @Test func contextReferencesMissingUser() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(Self.twoContexts, overrides: ConfigOverrides(context: "broken-user"), in: dir)
    #expect(text == #"context "broken-user" refers to user "nobody", which is not in kubeconfig (users: ua)"#)
  }

  @Test func overrideNamesMissingClusterOrUser() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.twoContexts, overrides: ConfigOverrides(cluster: "nope"), in: dir)
        == #"cluster "nope" not found in kubeconfig (clusters: ca, cb)"#)
    #expect(
      try failure(Self.twoContexts, overrides: ConfigOverrides(user: "nope"), in: dir)
        == #"user "nope" not found in kubeconfig (users: ua)"#)
  }

  @Test func contextWithoutCluster() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.twoContexts, overrides: ConfigOverrides(context: "no-cluster"), in: dir)
        == #"context "no-cluster" has no cluster; set one or use --cluster or --server"#)
  }

  @Test func currentContextNotSet() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(Self.twoContexts.replacingOccurrences(of: "current-context: a\n", with: ""), in: dir)
    #expect(
      text == "current-context is not set in kubeconfig \(dir.file("config")); use --context "
        + "(contexts: a, b, broken-cluster, broken-user, no-cluster)")
  }

  @Test func noConfigurationAtAll() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(throws: KubeconfigError.noConfiguration()) { try dir.loader().clientConfig() }
    #expect(
      message(of: KubeconfigError.noConfiguration())
        == "no kubeconfig found (set KUBECONFIG, use --kubeconfig or --server, or create ~/.kube/config)")
    // Missing KUBECONFIG files are skipped, so this is the same situation; the message names them, since
    // "set KUBECONFIG" would be no help to someone who did.
    let missing = dir.file("missing")
    #expect(throws: KubeconfigError.noConfiguration(missingFromKUBECONFIG: [missing])) {
      try dir.loader(kubeconfig: missing).clientConfig()
    }
    #expect(
      message(of: KubeconfigError.noConfiguration(missingFromKUBECONFIG: [missing]))
        == "no kubeconfig found: KUBECONFIG names \(missing), which does not exist (fix KUBECONFIG, or use "
        + "--kubeconfig or --server)")
    #expect(
      message(of: KubeconfigError.noConfiguration(missingFromKUBECONFIG: ["/a", "/b"]))
        == "no kubeconfig found: KUBECONFIG names /a, /b, none of which exist (fix KUBECONFIG, or use --kubeconfig or "
        + "--server)")
  }

  @Test func anEmptyFileIsNamed() throws {
    let dir = try KubeconfigTestDirectory()
    let empty = try dir.write("empty.yaml", "")
    #expect(throws: KubeconfigError.emptyConfiguration(files: [empty])) {
      try dir.loader(explicit: empty).clientConfig()
    }
    #expect(
      message(of: KubeconfigError.emptyConfiguration(files: [empty]))
        == "kubeconfig \(empty) defines no clusters, users or contexts (use a kubeconfig that does, or --server)")
  }

  @Test func explicitKubeconfigMustExist() throws {
    let dir = try KubeconfigTestDirectory()
    do {
      _ = try dir.loader(explicit: "nope.yaml").clientConfig()
      Issue.record("expected an error")
    } catch {
      #expect(message(of: error) == "unable to read kubeconfig \(dir.file("nope.yaml")): no such file or directory")
    }
  }

  @Test func unreadableKUBECONFIGEntryIsAnError() throws {
    let dir = try KubeconfigTestDirectory()
    try FileManager.default.createDirectory(atPath: dir.file("a-directory"), withIntermediateDirectories: true)
    #expect(throws: KubeconfigError.unreadableKubeconfig(path: dir.file("a-directory"), reason: "is a directory")) {
      try dir.loader(kubeconfig: dir.file("a-directory")).clientConfig()
    }
  }

  @Test func duplicateNamesInOneFile() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(
      "clusters:\n- {name: a, cluster: {server: 'https://x'}}\n- {name: a, cluster: {server: 'https://y'}}\n", in: dir)
    #expect(text == #"cluster "a" is defined twice in \#(dir.file("config"))"#)
  }

  /// A kubeconfig whose only context uses cluster `c` and user `jane` with the given bodies.
  static func single(cluster: String = #"{server: 'https://c.example'}"#, user: String = "{}") -> String {
    """
    current-context: ctx
    clusters:
    - name: c
      cluster: \(cluster)
    users:
    - name: jane
      user: \(user)
    contexts:
    - {name: ctx, context: {cluster: c, user: jane}}
    """
  }

  @Test func missingReferencedFilesNameFileAndField() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.single(cluster: "{server: 'https://c', certificate-authority: ca.pem}"), in: dir)
        == "unable to read certificate-authority \(dir.file("ca.pem")) for cluster \"c\": no such file or directory")
    try dir.write("cert.pem", KubeconfigTestPEM.cert)
    #expect(
      try failure(Self.single(user: "{client-certificate: cert.pem, client-key: keys/y.pem}"), in: dir)
        == "unable to read client-key \(dir.file("keys/y.pem")) for user \"jane\": no such file or directory")
    #expect(
      try failure(
        Self.single(user: "{client-certificate: missing.pem, client-key-data: \(base64(KubeconfigTestPEM.key))}"),
        in: dir)
        == "unable to read client-certificate \(dir.file("missing.pem")) for user \"jane\": no such file or directory")
    #expect(
      try failure(Self.single(user: "{tokenFile: /nonexistent/token}"), in: dir)
        == "unable to read tokenFile /nonexistent/token for user \"jane\": no such file or directory")
    try dir.write("empty-token", "\n")
    #expect(
      try failure(Self.single(user: "{tokenFile: empty-token}"), in: dir)
        == "unable to read tokenFile \(dir.file("empty-token")) for user \"jane\": the file is empty")
  }

  @Test func invalidBase64() throws {
    let dir = try KubeconfigTestDirectory()
    let file = dir.file("config")
    #expect(
      try failure(
        Self.single(user: "{client-certificate-data: \(base64(KubeconfigTestPEM.cert)), client-key-data: '%%%'}"),
        in: dir)
        == "invalid base64 in client-key-data for user \"jane\" (\(file))")
    #expect(
      try failure(Self.single(cluster: "{server: 'https://c', certificate-authority-data: not-base64!}"), in: dir)
        == "invalid base64 in certificate-authority-data for cluster \"c\" (\(file))")
  }

  @Test func conflictingTLSSettings() throws {
    let dir = try KubeconfigTestDirectory()
    let file = dir.file("config")
    try dir.write("ca.pem", KubeconfigTestPEM.ca)
    #expect(
      try failure(
        Self.single(cluster: "{server: 'https://c', certificate-authority: ca.pem, insecure-skip-tls-verify: true}"),
        in: dir)
        == "cluster \"c\" sets both insecure-skip-tls-verify and a certificate authority; keep one (\(file))")
    #expect(
      try failure(
        Self.single(
          cluster:
            "{server: 'https://c', certificate-authority: ca.pem, "
            + "certificate-authority-data: \(base64(KubeconfigTestPEM.ca))}"
        ),
        in: dir)
        == "both certificate-authority and certificate-authority-data are set for cluster \"c\"; keep one (\(file))")
  }

  @Test func incompleteClientCertificate() throws {
    let dir = try KubeconfigTestDirectory()
    let file = dir.file("config")
    #expect(
      try failure(Self.single(user: "{client-certificate-data: \(base64(KubeconfigTestPEM.cert))}"), in: dir)
        == "user \"jane\" has a client certificate or key but no client-key (\(file))")
    #expect(
      try failure(Self.single(user: "{client-key-data: \(base64(KubeconfigTestPEM.key))}"), in: dir)
        == "user \"jane\" has a client certificate or key but no client-certificate (\(file))")
  }

  @Test func authMethodConflicts() throws {
    let dir = try KubeconfigTestDirectory()
    let file = dir.file("config")
    #expect(
      try failure(Self.single(user: "{token: t, username: u, password: p}"), in: dir)
        == "user \"jane\" sets more than one authentication method (token, basicAuth); keep one (\(file))")
    let both = """
      {exec: {apiVersion: client.authentication.k8s.io/v1, command: x, interactiveMode: Never},
       auth-provider: {name: oidc, config: {id-token: abc}}}
      """
    #expect(
      try failure(Self.single(user: both), in: dir)
        == "user \"jane\" sets both exec and auth-provider; keep one (\(file))")
  }

  @Test func authProviders() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.single(user: "{auth-provider: {name: gcp}}"), in: dir)
        == "auth-provider \"gcp\" of user \"jane\" is not supported (only oidc; use an exec credential plugin instead)")
    #expect(
      try failure(Self.single(user: "{auth-provider: {name: oidc, config: {client-id: k}}}"), in: dir)
        == "oidc auth-provider of user \"jane\" has no id-token; log in again with your OIDC tool "
        + "(lamp does not refresh OIDC tokens)")
  }

  @Test func invalidExecSections() throws {
    let dir = try KubeconfigTestDirectory()
    let file = dir.file("config")
    let supported = "client.authentication.k8s.io/v1, client.authentication.k8s.io/v1beta1"
    #expect(
      try failure(Self.single(user: "{exec: {apiVersion: client.authentication.k8s.io/v1, command: aws}}"), in: dir)
        == "exec plugin of user \"jane\": interactiveMode is required with client.authentication.k8s.io/v1 "
        + "(use Never, IfAvailable, Always) (\(file))")
    #expect(
      try failure(
        Self.single(user: "{exec: {apiVersion: client.authentication.k8s.io/v1alpha1, command: aws}}"), in: dir)
        == "exec plugin of user \"jane\": unsupported apiVersion \"client.authentication.k8s.io/v1alpha1\" "
        + "(supported: \(supported)) (\(file))")
    #expect(
      try failure(Self.single(user: "{exec: {command: aws}}"), in: dir)
        == "exec plugin of user \"jane\": apiVersion is not set (supported: \(supported)) (\(file))")
    #expect(
      try failure(Self.single(user: "{exec: {apiVersion: client.authentication.k8s.io/v1}}"), in: dir)
        == "exec plugin of user \"jane\": command is not set (\(file))")
    #expect(
      try failure(
        Self.single(
          user: "{exec: {apiVersion: client.authentication.k8s.io/v1, command: a, interactiveMode: Sometimes}}"),
        in: dir)
        == "exec plugin of user \"jane\": invalid interactiveMode \"Sometimes\" "
        + "(use Never, IfAvailable, Always) (\(file))"
    )
  }

  @Test func serverProblems() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.single(cluster: "{insecure-skip-tls-verify: true}"), in: dir)
        == "cluster \"c\" has no server; set one or use --server")
    #expect(
      try failure(Self.single(cluster: "{server: \"ftp://c.example\"}"), in: dir)
        == "invalid server URL \"ftp://c.example\" for cluster \"c\": expected https://host[:port][/path]")
    #expect(
      try failure(Self.single(cluster: "{server: \"https://c.example:99999\"}"), in: dir)
        == "invalid server URL \"https://c.example:99999\" for cluster \"c\": expected https://host[:port][/path]")
    // A password in the URL is never echoed; one from --server is not blamed on the kubeconfig's cluster.
    #expect(
      try failure(Self.single(cluster: "{server: \"https://u:SuperPass@c.example?token=t0k\"}"), in: dir)
        == "invalid server URL \"https://c.example?token=<masked>\" for cluster \"c\": expected "
        + "https://host[:port][/path]; credentials do not belong in it (use a token or a client certificate)")
    #expect(
      try failure(Self.single(), overrides: ConfigOverrides(server: "https://user:SuperPass@127.0.0.1:1"), in: dir)
        == "invalid server URL \"https://127.0.0.1:1\": expected https://host[:port][/path]; credentials do not "
        + "belong in it (use a token or a client certificate)")
    #expect(
      try failure(Self.single(cluster: "{server: \"https://c.example\", proxy-url: \"ftp://p\"}"), in: dir)
        == "invalid proxy-url \"ftp://p\" for cluster \"c\": must be an http, https or socks5 URL")
  }

  @Test func impersonationWithoutUser() throws {
    let dir = try KubeconfigTestDirectory()
    #expect(
      try failure(Self.single(user: "{as-groups: [admins]}"), in: dir)
        == "impersonating groups, a uid or user extras for user \"jane\" requires a user to impersonate (--as or as:)")
    #expect(
      try failure(Self.single(), overrides: ConfigOverrides(asGroups: ["g"]), in: dir)
        == "impersonating groups, a uid or user extras for user \"jane\" requires a user to impersonate (--as or as:)")
  }

  @Test func messagesNeverContainSecrets() throws {
    let dir = try KubeconfigTestDirectory()
    let text = try failure(Self.single(user: "{token: super-secret-token, username: u, password: hunter2}"), in: dir)
    #expect(!text.contains("super-secret-token") && !text.contains("hunter2"))
    let source = CredentialSource.basic(username: "u", password: "hunter2")
    #expect(!"\(source)".contains("hunter2"))
    #expect(!String(reflecting: CredentialSource.token("super-secret-token")).contains("super-secret-token"))
    #expect(!"\(Authorization.bearer("super-secret-token"))".contains("super-secret-token"))
  }
}
