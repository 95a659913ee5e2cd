import Foundation
import LampTestSupport
import Testing

/// kubectl's connection flags (`--server`, `--token`, `--certificate-authority`, ...), as a CI job passes them
/// without any kubeconfig.
@Suite("Connection flags without a kubeconfig")
struct ConnectionFlagsTests {
  static let noKubeconfig = "/nonexistent/kubeconfig"

  @Test("an environment proxy is not used for a server on this machine, as kubectl does not use it")
  func noProxyForLoopback() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // libcurl reads proxies from the process environment: run the executable, not the command in this process.
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    let dead = "http://127.0.0.1:1"
    let environment = [
      "KUBECONFIG": cluster.kubeconfigPath, "HOME": cluster.directory.path, "HTTPS_PROXY": dead, "https_proxy": dead,
      "ALL_PROXY": dead,
    ]
    let result = try await ProcessRunner.run(lamp, ["version"], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Server Version"))
  }

  @Test("a web page in answer (a wrong URL, a load balancer) is one line that says so, without its markup")
  func webPageInsteadOfTheAPI() async throws {
    let page =
      "<!DOCTYPE HTML>\n<html lang=\"en\">\n<head><title>Error response</title></head>\n<body>404</body></html>"
    let server = try await FakeLLMServer.start([.init(status: 404, body: page), .init(status: 404, body: page)])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(["version", "-s", server.baseURL], kubeconfig: Self.noKubeconfig)
    #expect(result.code == 1)
    #expect(!result.stderr.contains("<html"), "\(result.stderr)")
    #expect(result.stderr.contains("answered HTTP 404 with a web page, not the Kubernetes API"), "\(result.stderr)")
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test("a server over plain HTTP gets no token and no impersonation, as kubectl sends none")
  func noCredentialsInClearText() async throws {
    let version = #"{"major":"1","minor":"32","gitVersion":"v1.32.0-plain-http"}"#
    let server = try await FakeLLMServer.start([.init(body: version), .init(body: version)])
    defer { Task { await server.stop() } }
    let result = await LampRunner.run(
      ["version", "-s", server.baseURL, "--token", "sekrit-token-xyz", "--as", "admin"],
      kubeconfig: Self.noKubeconfig)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("v1.32.0-plain-http"))
    let headers = server.requestHeaders.flatMap { $0 }
    #expect(!headers.isEmpty)
    #expect(!headers.contains { ["authorization", "impersonate-user"].contains($0.0.lowercased()) }, "\(headers)")
  }

  @Test("--server, --certificate-authority and --token reach the cluster as that token's user")
  func serverAndToken() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let token = try #require(cluster.sim.token(context: "viewer"))
    let server = cluster.url.absoluteString
    let result = await LampRunner.run(
      [
        "events", "-n", "shop", "-o", "json", "--server", server, "--certificate-authority", cluster.caPath,
        "--token", token,
      ],
      kubeconfig: Self.noKubeconfig)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"kind\": \"EventReport\""))
    #expect(result.stdout.contains("recommender-6b8f7d9c5-x4hqd"))

    // kubectl's spellings, before the subcommand too; the viewer may not list nodes, and says so.
    let leading = await LampRunner.run(
      ["-s=\(server)", "--insecure-skip-tls-verify=true", "--token", token, "events", "-A", "--pending-only"],
      kubeconfig: Self.noKubeconfig)
    #expect(leading.code == 0, "\(leading.stderr)")
    #expect(leading.stdout.contains("NodeSelectorMismatch"))
    // Between a command group and its subcommand as well (`karpenter --token T pending`).
    let between = await LampRunner.run(
      ["karpenter", "-s", server, "--insecure-skip-tls-verify", "pending", "--token", token, "-n", "shop"],
      kubeconfig: Self.noKubeconfig)
    #expect(between.code == 0, "\(between.stderr)")
    #expect(between.stdout.contains("recommender-6b8f7d9c5-x4hqd"))

    let verbose = await LampRunner.run(
      ["version", "-v=8", "--server", server, "--certificate-authority", cluster.caPath, "--token", token],
      kubeconfig: Self.noKubeconfig)
    #expect(verbose.code == 0)
    #expect(verbose.stderr.contains("Authorization: Bearer <masked>"))
    #expect(!verbose.stderr.contains(token) && !verbose.stdout.contains(token))
  }

  @Test("--client-certificate and --client-key authenticate as the certificate's user")
  func clientCertificate() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      [
        "events", "-A", "--pending-only", "--server", cluster.url.absoluteString, "--certificate-authority",
        cluster.caPath, "--client-certificate", cluster.adminCertificatePath, "--client-key", cluster.adminKeyPath,
      ],
      kubeconfig: Self.noKubeconfig)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "the admin may list everything")
    #expect(result.stdout.contains("UntoleratedTaint"))
  }

  @Test("the server's certificate is verified unless told otherwise, and bad combinations are usage errors")
  func verification() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let server = cluster.url.absoluteString
    let host = try #require(cluster.url.host).appending(":\(try #require(cluster.url.port))")
    let untrusted = await LampRunner.run(
      ["version", "--server", server, "--insecure-skip-tls-verify=false"], kubeconfig: Self.noKubeconfig)
    #expect(untrusted.code == 1)
    #expect(untrusted.stderr == "error: x509: certificate signed by unknown authority (server \(host))\n")

    let both = await LampRunner.run(
      ["version", "--server", server, "--insecure-skip-tls-verify", "--certificate-authority", cluster.caPath],
      kubeconfig: Self.noKubeconfig)
    #expect(both.code == 2)
    #expect(
      both.stderr
        == "error: --insecure-skip-tls-verify and --certificate-authority cannot be used together; "
        + "see 'lamp version --help'\n")

    let halfPair = await LampRunner.run(
      [
        "version", "--server", server, "--certificate-authority", cluster.caPath, "--client-certificate",
        cluster.adminCertificatePath,
      ],
      kubeconfig: Self.noKubeconfig)
    #expect(halfPair.code == 1)
    #expect(halfPair.stderr == "error: --client-certificate needs --client-key (or a kubeconfig user that has one)\n")
  }
}
