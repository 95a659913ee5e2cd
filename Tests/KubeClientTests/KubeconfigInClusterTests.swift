import Foundation
import Testing

@testable import KubeClient

@Suite("In-cluster configuration")
struct KubeconfigInClusterTests {
  private func serviceAccount(in dir: KubeconfigTestDirectory, namespace: String? = "from-file") throws {
    try dir.write("serviceaccount/token", "sa-token\n")
    try dir.write("serviceaccount/ca.crt", KubeconfigTestPEM.ca)
    if let namespace { try dir.write("serviceaccount/namespace", namespace + "\n") }
  }

  private let environment = ["KUBERNETES_SERVICE_HOST": "10.96.0.1", "KUBERNETES_SERVICE_PORT": "443"]

  @Test func usedWhenNoKubeconfigExists() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    let config = try dir.loader(environment: environment).clientConfig()
    #expect(config.origin == .inCluster)
    #expect(config.server == "https://10.96.0.1:443")
    #expect(config.caPEM == Data(KubeconfigTestPEM.ca.utf8))
    #expect(config.namespace == "from-file")
    #expect(config.credentials == .tokenFile(path: dir.file("serviceaccount/token"), initialToken: "sa-token"))
    #expect(config.contextName == nil)
  }

  @Test func kubeconfigWinsOverInCluster() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    try dir.write(".kube/config", KubeconfigErrorTests.single(user: "{token: t}"))
    let config = try dir.loader(environment: environment).clientConfig()
    #expect(config.origin == .kubeconfig(files: [dir.file(".kube/config")]))
  }

  @Test func ipv6HostIsBracketed() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    let config = try dir.loader(
      environment: ["KUBERNETES_SERVICE_HOST": "fd00:10:96::1", "KUBERNETES_SERVICE_PORT": "6443"]
    ).clientConfig()
    #expect(config.server == "https://[fd00:10:96::1]:6443")
  }

  @Test func namespacePrecedence() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    var withPod = environment
    withPod["POD_NAMESPACE"] = "from-env"
    #expect(try dir.loader(environment: withPod).clientConfig().namespace == "from-env")
    let overridden = try dir.loader(environment: withPod).clientConfig(overrides: ConfigOverrides(namespace: "flag"))
    #expect(overridden.namespace == "flag" && overridden.namespaceFromOverride)

    let bare = try KubeconfigTestDirectory()
    try serviceAccount(in: bare, namespace: nil)
    #expect(try bare.loader(environment: environment).clientConfig().namespace == "default")
  }

  @Test func overridesApply() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    let overrides = ConfigOverrides(
      server: "https://elsewhere:8443", insecureSkipTLSVerify: true, asUser: "jane", requestTimeout: .seconds(3))
    let config = try dir.loader(environment: environment).clientConfig(overrides: overrides)
    #expect(config.server == "https://elsewhere:8443")
    #expect(config.insecureSkipTLSVerify && config.caPEM == nil)
    #expect(config.impersonation.user == "jane")
    #expect(config.requestTimeout == .seconds(3))
  }

  @Test func tokenAndCertificateAuthorityFlagsApply() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    let other = "-----BEGIN CERTIFICATE-----\nb3RoZXItY2E=\n-----END CERTIFICATE-----\n"
    let caPath = try dir.write("other-ca.pem", other)
    let overrides = ConfigOverrides(certificateAuthority: caPath, token: "flag-token")
    let config = try dir.loader(environment: environment).clientConfig(overrides: overrides)
    #expect(config.origin == .inCluster)
    #expect(config.caPEM == Data(other.utf8))
    #expect(config.credentials == .token("flag-token"))
  }

  @Test func contextOverrideDoesNotFallBackToInCluster() throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    #expect(throws: KubeconfigError.contextNotFound(name: "x", available: [])) {
      try dir.loader(environment: environment).clientConfig(overrides: ConfigOverrides(context: "x"))
    }
  }

  @Test func missingTokenIsNamed() throws {
    let dir = try KubeconfigTestDirectory()
    do {
      _ = try dir.loader(environment: environment).clientConfig()
      Issue.record("expected an error")
    } catch {
      #expect(
        message(of: error)
          == "unable to read token \(dir.file("serviceaccount/token")) for the in-cluster service account: "
          + "no such file or directory")
    }
  }

  @Test func tokenIsReReadThroughTheProvider() async throws {
    let dir = try KubeconfigTestDirectory()
    try serviceAccount(in: dir)
    let config = try dir.loader(environment: environment).clientConfig()
    let clock = CredentialTestClock(Date(timeIntervalSince1970: 2_000_000))
    let provider = CredentialProvider(source: config.credentials, stderr: { _ in }, clock: clock.now)
    #expect(try await provider.authorization() == .bearer("sa-token"))
    try dir.write("serviceaccount/token", "rotated")
    clock.advance(61)
    #expect(try await provider.authorization() == .bearer("rotated"))
  }
}
