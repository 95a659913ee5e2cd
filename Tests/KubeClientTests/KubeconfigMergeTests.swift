import Foundation
import Testing

@testable import KubeClient

@Suite("Kubeconfig sources and merging")
struct KubeconfigMergeTests {
  static let first = """
    apiVersion: v1
    kind: Config
    current-context: alpha
    clusters:
    - name: shared-cluster
      cluster: {server: "https://first.example:6443"}
    - name: only-first
      cluster: {server: "https://only-first.example"}
    users:
    - name: shared-user
      user: {token: first-token}
    contexts:
    - name: alpha
      context: {cluster: shared-cluster, user: shared-user, namespace: alpha-ns}
    - name: shared
      context: {cluster: shared-cluster, user: shared-user, namespace: from-first}
    """

  static let second = """
    apiVersion: v1
    kind: Config
    current-context: beta
    clusters:
    - name: shared-cluster
      cluster: {server: "https://second.example:6443"}
    - name: only-second
      cluster: {server: "https://only-second.example"}
    users:
    - name: shared-user
      user: {token: second-token}
    - name: second-user
      user: {token: second-user-token}
    contexts:
    - name: shared
      context: {cluster: only-second, user: second-user, namespace: from-second}
    - name: beta
      context: {cluster: only-second, user: second-user}
    """

  static let third = """
    clusters:
    - name: only-third
      cluster: {server: "https://only-third.example"}
    contexts:
    - name: gamma
      context: {cluster: only-third}
    """

  @Test func firstFileWinsForEveryMapAndCurrentContext() throws {
    let dir = try KubeconfigTestDirectory()
    let a = try dir.write("a/config", Self.first)
    let b = try dir.write("b/config", Self.second)
    let c = try dir.write("c/config", Self.third)
    let loader = dir.loader(kubeconfig: "\(a):\(b):\(c)")

    let view = try loader.view()
    #expect(view.files == [a, b, c])
    #expect(view.currentContext == "alpha")
    #expect(view.contexts.map(\.name) == ["alpha", "beta", "gamma", "shared"])
    #expect(view.clusters == ["only-first", "only-second", "only-third", "shared-cluster"])
    #expect(view.users == ["second-user", "shared-user"])
    let shared = try #require(view.contexts.first { $0.name == "shared" })
    #expect(shared.cluster == "shared-cluster" && shared.user == "shared-user" && shared.namespace == "from-first")
    #expect(view.contexts.filter(\.isCurrent).map(\.name) == ["alpha"])

    let current = try loader.clientConfig()
    #expect(current.contextName == "alpha")
    #expect(current.server == "https://first.example:6443")
    #expect(current.credentials == .token("first-token"))
    #expect(current.origin == .kubeconfig(files: [a, b, c]))

    let beta = try loader.clientConfig(overrides: ConfigOverrides(context: "beta"))
    #expect(beta.server == "https://only-second.example")
    #expect(beta.credentials == .token("second-user-token"))
    #expect(beta.namespace == "default")

    let gamma = try loader.clientConfig(overrides: ConfigOverrides(context: "gamma"))
    #expect(gamma.server == "https://only-third.example")
    #expect(gamma.userName == nil && gamma.credentials == .none)
  }

  @Test func laterFileSuppliesCurrentContextWhenEarlierHasNone() throws {
    let dir = try KubeconfigTestDirectory()
    let a = try dir.write("a", Self.third)
    let b = try dir.write("b", Self.second)
    let config = try dir.loader(kubeconfig: "\(a):\(b)").clientConfig()
    #expect(config.contextName == "beta")
    #expect(config.server == "https://only-second.example")
  }

  @Test func orderOfKUBECONFIGDecides() throws {
    let dir = try KubeconfigTestDirectory()
    let a = try dir.write("a", Self.first)
    let b = try dir.write("b", Self.second)
    let config = try dir.loader(kubeconfig: "\(b):\(a)").clientConfig(overrides: ConfigOverrides(context: "shared"))
    #expect(config.server == "https://only-second.example")
    #expect(config.namespace == "from-second")
  }

  @Test func missingAndEmptyEntriesOfKUBECONFIGAreSkipped() throws {
    let dir = try KubeconfigTestDirectory()
    let a = try dir.write("a", Self.first)
    try dir.write(".kube/config", Self.second)
    let loader = dir.loader(kubeconfig: "::\(dir.file("missing")):\(a)::\(a)")
    let view = try loader.view()
    #expect(view.files == [a])
    // KUBECONFIG being set means ~/.kube/config is not consulted.
    #expect(!view.contexts.contains { $0.name == "beta" })
  }

  @Test func homeConfigIsTheDefault() throws {
    let dir = try KubeconfigTestDirectory()
    let home = try dir.write(".kube/config", Self.second)
    let view = try dir.loader().view()
    #expect(view.files == [home])
    #expect(view.currentContext == "beta")
  }

  @Test func explicitKubeconfigIsUsedAloneAndRelativeToTheWorkingDirectory() throws {
    let dir = try KubeconfigTestDirectory()
    let explicit = try dir.write("conf/explicit.yaml", Self.third)
    let other = try dir.write("other", Self.first)
    try dir.write(".kube/config", Self.second)
    let view = try dir.loader(explicit: "conf/./explicit.yaml", kubeconfig: other).view()
    #expect(view.files == [explicit])
    #expect(view.contexts.map(\.name) == ["gamma"])
  }

  @Test func noSourcesGiveAnEmptyView() throws {
    let dir = try KubeconfigTestDirectory()
    let view = try dir.loader().view()
    #expect(view.files.isEmpty && view.contexts.isEmpty && view.currentContext == nil)
  }

  @Test func emptyAndCommentOnlyFilesAreEmptyConfigs() throws {
    let dir = try KubeconfigTestDirectory()
    let empty = try dir.write("empty", "")
    let comments = try dir.write("comments", "# nothing here\n\n")
    let a = try dir.write("a", Self.first)
    let view = try dir.loader(kubeconfig: "\(empty):\(comments):\(a)").view()
    #expect(view.files == [empty, comments, a])
    #expect(view.currentContext == "alpha")
  }

  @Test func jsonKubeconfigIsAccepted() throws {
    let dir = try KubeconfigTestDirectory()
    let json = """
      {"apiVersion": "v1", "kind": "Config", "current-context": "j",
       "clusters": [{"name": "jc", "cluster": {"server": "https://json.example", "insecure-skip-tls-verify": true}}],
       "users": [{"name": "ju", "user": {"token": "json-token"}}],
       "contexts": [{"name": "j", "context": {"cluster": "jc", "user": "ju", "namespace": "jns"}}]}
      """
    let path = try dir.write("config.json", json)
    let config = try dir.loader(explicit: path).clientConfig()
    #expect(config.server == "https://json.example")
    #expect(config.insecureSkipTLSVerify)
    #expect(config.namespace == "jns")
    #expect(config.credentials == .token("json-token"))
  }

  @Test func relativePathsResolveAgainstTheDefiningFile() throws {
    let dir = try KubeconfigTestDirectory()
    try dir.write("one/ca.pem", KubeconfigTestPEM.ca)
    try dir.write("one/certs/client.pem", KubeconfigTestPEM.cert)
    try dir.write("one/certs/client-key.pem", KubeconfigTestPEM.key)
    try dir.write("two/tokens/token", "token-from-two\n")
    try dir.write("two/bin/plugin", "#!/bin/sh\n", executable: true)
    let one = try dir.write(
      "one/config",
      """
      current-context: one
      clusters:
      - name: c1
        cluster: {server: "https://one.example", certificate-authority: ca.pem}
      users:
      - name: u1
        user: {client-certificate: certs/client.pem, client-key: ./certs/../certs/client-key.pem}
      contexts:
      - name: one
        context: {cluster: c1, user: u1}
      - name: two
        context: {cluster: c1, user: u2}
      - name: three
        context: {cluster: c1, user: u3}
      """)
    let two = try dir.write(
      "two/config",
      """
      users:
      - name: u2
        user: {tokenFile: tokens/token}
      - name: u3
        user:
          exec:
            apiVersion: client.authentication.k8s.io/v1
            command: ./bin/plugin
            interactiveMode: Never
      - name: u4
        user:
          exec: {apiVersion: client.authentication.k8s.io/v1, command: plugin-in-path, interactiveMode: Never}
      contexts:
      - name: four
        context: {cluster: c1, user: u4}
      """)
    let loader = dir.loader(kubeconfig: "\(one):\(two)")

    let first = try loader.clientConfig()
    #expect(first.caPEM == Data(KubeconfigTestPEM.ca.utf8))
    #expect(first.clientCertificatePEM == Data(KubeconfigTestPEM.cert.utf8))
    #expect(first.clientKeyPEM == Data(KubeconfigTestPEM.key.utf8))

    let second = try loader.clientConfig(overrides: ConfigOverrides(context: "two"))
    #expect(second.credentials == .tokenFile(path: dir.file("two/tokens/token"), initialToken: "token-from-two"))

    let third = try loader.clientConfig(overrides: ConfigOverrides(context: "three"))
    guard case .exec(let exec) = third.credentials else {
      Issue.record("expected exec credentials, got \(third.credentials)")
      return
    }
    #expect(exec.command == dir.file("two/bin/plugin"))

    let fourth = try loader.clientConfig(overrides: ConfigOverrides(context: "four"))
    guard case .exec(let bare) = fourth.credentials else {
      Issue.record("expected exec credentials, got \(fourth.credentials)")
      return
    }
    #expect(bare.command == "plugin-in-path")
  }

  @Test func serverPathPrefixAndIPv6() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write(
      "config",
      """
      current-context: a
      clusters:
      - {name: prefixed, cluster: {server: "HTTPS://rancher.example/k8s/clusters/c-1/"}}
      - {name: v6, cluster: {server: "https://[fd00::1]:6443"}}
      - {name: bare, cluster: {server: "localhost:8080"}}
      contexts:
      - {name: a, context: {cluster: prefixed}}
      - {name: b, context: {cluster: v6}}
      - {name: c, context: {cluster: bare}}
      """)
    let loader = dir.loader(explicit: path)
    let prefixed = try loader.clientConfig()
    #expect(prefixed.server == "https://rancher.example")
    #expect(prefixed.pathPrefix == "/k8s/clusters/c-1")
    #expect(prefixed.baseURL == "https://rancher.example/k8s/clusters/c-1")
    let v6 = try loader.clientConfig(overrides: ConfigOverrides(context: "b"))
    #expect(v6.server == "https://[fd00::1]:6443" && v6.pathPrefix.isEmpty)
    // Without TLS settings kubectl assumes plain http for a scheme-less server.
    let bare = try loader.clientConfig(overrides: ConfigOverrides(context: "c"))
    #expect(bare.server == "http://localhost:8080")
  }

  @Test func clusterSettingsReachTheTransport() throws {
    let dir = try KubeconfigTestDirectory()
    let path = try dir.write(
      "config",
      """
      current-context: a
      clusters:
      - name: c
        cluster:
          server: https://api.example:443
          certificate-authority-data: \(base64(KubeconfigTestPEM.ca))
          tls-server-name: kubernetes
          proxy-url: socks5://127.0.0.1:1080
          disable-compression: true
      contexts:
      - {name: a, context: {cluster: c}}
      """)
    let config = try dir.loader(explicit: path).clientConfig(overrides: ConfigOverrides(requestTimeout: .seconds(7)))
    let transport = config.transportConfiguration(userAgent: "lamp/test")
    #expect(transport.caPEM == Data(KubeconfigTestPEM.ca.utf8))
    #expect(transport.tlsServerName == "kubernetes")
    #expect(transport.proxyURL == "socks5://127.0.0.1:1080")
    #expect(transport.compression == false)
    #expect(transport.insecureSkipTLSVerify == false)
    #expect(transport.requestTimeout == .seconds(7))
    #expect(transport.userAgent == "lamp/test")
  }
}
