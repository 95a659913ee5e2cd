import CurlHTTP
import Foundation
import KubeAPI
import KubeClient
import KubeSim
import LampTestSupport
import Synchronization
import Testing

/// The client against the fake API server over real HTTPS: credentials, paging, retries, errors.
@Suite("KubeClient end to end")
struct ClientEndToEndTests {
  static func client(
    _ cluster: TestCluster, context: String = "admin", overrides: ConfigOverrides = ConfigOverrides(),
    kubeconfig: String? = nil
  ) async throws -> KubeClient {
    var overrides = overrides
    overrides.context = context
    let loader = KubeconfigLoader(explicitPath: kubeconfig ?? cluster.kubeconfigPath, environment: [:])
    let config = try loader.clientConfig(overrides: overrides)
    return try await KubeClient.connect(config: config, stderr: { _ in }, stdinIsTerminal: false)
  }

  static func configMaps(count: Int, namespace: String = "default") -> [JSONValue] {
    (0..<count).map { index in
      .object([
        "apiVersion": .string("v1"), "kind": .string("ConfigMap"),
        "metadata": .object([
          "name": .string(String(format: "page-test-%03d", index)), "namespace": .string(namespace),
          "labels": .object(["paging": .string("yes")]),
        ]),
        "data": .object(["index": .string(String(index))]),
      ])
    }
  }

  @Test("every demo context authenticates: client certificate, token, service account, exec plugin")
  func contextsAuthenticate() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for context in ["admin", "viewer", "serviceaccount", "exec", "no-pods-proxy"] {
      let client = try await Self.client(cluster, context: context)
      let version = try await client.serverVersion()
      #expect(version.gitVersion.hasPrefix("v1."), "context \(context)")
    }
  }

  @Test("a list spanning many pages returns every item once, in order")
  func pagination() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await cluster.sim.apply(Self.configMaps(count: 25))
    let client = try await Self.client(cluster)
    let handle = client.resource(.configMaps, as: PartialObject.self, namespace: "default")
    let pages = Mutex<[[String]]>([])
    let paged = try await handle.list(ListOptions(labelSelector: "paging=yes", limit: 3)) { page in
      pages.withLock { $0.append(page.map(\.metadata.name)) }
    }
    let whole = try await handle.list(ListOptions(labelSelector: "paging=yes"))
    #expect(paged.items.count == 25)
    // Decoded concurrently, the pages still reach the caller one by one, in list order.
    #expect(pages.withLock { $0.map(\.count) } == Array(repeating: 3, count: 8) + [1])
    #expect(pages.withLock { $0.flatMap { $0 } } == paged.items.map(\.metadata.name))
    #expect(paged.items.map(\.metadata.name) == whole.items.map(\.metadata.name))
    #expect(paged.items.first?.metadata.name == "page-test-000")
  }

  @Test("the next page is asked for as soon as a page's metadata is in, while the rest of the page is on its way")
  func nextPageRequestedEarly() async throws {
    let finished = Mutex<[(at: ContinuousClock.Instant, line: String)]>([])
    let cluster = try await TestCluster.start { options in
      options.requestLog = { line in finished.withLock { $0.append((.now, line)) } }
    }
    defer { Task { await cluster.stop() } }
    // Two pages: the second is asked for while the first is on its way. (A third would be asked for once the first
    // is complete, as at most two pages are in flight; with every page paused alike, that is also about when the
    // second completes, so a third page's timing would prove nothing.)
    try await cluster.sim.apply(Self.configMaps(count: 6))
    let client = try await Self.client(cluster)
    // Each page's first 512 bytes (its metadata and continue token) go out at once, the rest 3 s later: long enough
    // for the client's next request to arrive first on a machine busy with the whole test suite.
    await cluster.sim.setFaults(SimFaults(bodyPause: .seconds(3)))
    let handle = client.resource(.configMaps, as: PartialObject.self, namespace: "default")
    let list = try await handle.list(ListOptions(labelSelector: "paging=yes", limit: 3))
    #expect(list.items.count == 6)
    // The server logs a request once its response is flushed, which may be after the client has read it.
    let pageLines = { finished.withLock { $0 }.filter { $0.line.contains("/configmaps?") } }
    for _ in 0..<100 where pageLines().count < 2 { try await Task.sleep(for: .milliseconds(20)) }
    // When each page reached the server (its finish less the time the server took) and when it was complete.
    let pages = pageLines().compactMap {
      entry -> (asked: ContinuousClock.Instant, complete: ContinuousClock.Instant)? in
      guard let millis = entry.line.split(separator: " ").last?.dropLast(2), let took = Int(millis) else { return nil }
      return (entry.at - .milliseconds(took), entry.at)
    }.sorted { $0.asked < $1.asked }
    try #require(pages.count == 2)
    #expect(pages[1].asked < pages[0].complete, "the second page was asked for only once the first was complete")
  }

  @Test("an expired continue token restarts the list, and gives up with the server's message")
  func expiredContinue() async throws {
    let cluster = try await TestCluster.start(faults: SimFaults(expireContinueAfter: .zero))
    defer { Task { await cluster.stop() } }
    try await cluster.sim.apply(Self.configMaps(count: 10))
    let client = try await Self.client(cluster)
    let handle = client.resource(.configMaps, as: PartialObject.self, namespace: "default")
    let error = await #expect(throws: KubeError.self) {
      _ = try await handle.list(ListOptions(limit: 3))
    }
    #expect(error?.isExpired == true)
    #expect(error?.description.contains("too old to display a consistent list result") == true)
    // Unpaged, the same list succeeds.
    #expect(try await handle.list(ListOptions(limit: 500)).items.count >= 10)
  }

  @Test("a list whose continue token expires mid-way starts again and returns one consistent list")
  func restartAfterExpiredContinue() async throws {
    let cluster = try await TestCluster.start(faults: SimFaults(expireContinueFirstN: 1))
    defer { Task { await cluster.stop() } }
    try await cluster.sim.apply(Self.configMaps(count: 10))
    let client = try await Self.client(cluster)
    let handle = client.resource(.configMaps, as: PartialObject.self, namespace: "default")
    let list = try await handle.list(ListOptions(labelSelector: "paging=yes", limit: 3))
    #expect(list.items.map(\.metadata.name) == (0..<10).map { String(format: "page-test-%03d", $0) })
  }

  @Test("429 with Retry-After is retried until the server accepts")
  func throttled() async throws {
    let cluster = try await TestCluster.start(faults: SimFaults(retryAfterSeconds: 1, throttleFirstN: 2))
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let started = Date()
    let pods = try await client.resource(.pods, as: PartialObject.self, namespace: nil).list()
    #expect(!pods.items.isEmpty)
    #expect(Date().timeIntervalSince(started) >= 1.5, "waited for Retry-After twice")
  }

  @Test("a server that keeps throttling is reported, not retried forever")
  func throttledForever() async throws {
    let cluster = try await TestCluster.start(faults: SimFaults(retryAfterSeconds: 0, throttleFirstN: 100))
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let error = await #expect(throws: KubeError.self) {
      _ = try await client.resource(.pods, as: PartialObject.self, namespace: nil).list()
    }
    #expect(error?.statusCode == 429)
    #expect(error?.description.contains("Too many requests") == true)
  }

  @Test("503s on reads are retried")
  func unavailable() async throws {
    let cluster = try await TestCluster.start(faults: SimFaults(failFirstN: 2))
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let pods = try await client.resource(.pods, as: PartialObject.self, namespace: nil).list()
    #expect(!pods.items.isEmpty)
  }

  @Test("Status errors read like kubectl's")
  func statusErrors() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let admin = try await Self.client(cluster)
    let missing = await #expect(throws: KubeError.self) {
      _ = try await admin.resource(.pods, as: PartialObject.self, namespace: "default").get("no-such-pod")
    }
    #expect(missing?.isNotFound == true)
    #expect(missing?.description.hasPrefix("pods \"no-such-pod\" not found (NotFound from 127.0.0.1:") == true)

    let viewer = try await Self.client(cluster, context: "viewer")
    let forbidden = await #expect(throws: KubeError.self) {
      _ = try await viewer.resource(.secrets, as: PartialObject.self, namespace: "default").list()
    }
    #expect(forbidden?.isForbidden == true)
    #expect(forbidden?.description.contains("secrets is forbidden: User") == true)
    #expect(forbidden?.description.contains("cannot list resource \"secrets\"") == true)
  }

  @Test("impersonation headers make the server authorise as someone else")
  func impersonation() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let asViewer = try await Self.client(
      cluster, overrides: ConfigOverrides(asUser: "jane@example.com", asGroups: ["shop-developers"]))
    let error = await #expect(throws: KubeError.self) {
      _ = try await asViewer.resource(.secrets, as: PartialObject.self, namespace: "default").list()
    }
    #expect(error?.description.contains("User \"jane@example.com\" cannot list") == true)
  }

  @Test("a token file is read and sent as a bearer token")
  func tokenFile() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let viewer = try KubeconfigLoader(explicitPath: cluster.kubeconfigPath, environment: [:])
      .clientConfig(overrides: ConfigOverrides(context: "viewer"))
    guard case .token(let token) = viewer.credentials else {
      Issue.record("viewer should use a token")
      return
    }
    let directory = cluster.directory.path
    try token.write(toFile: directory + "/viewer.token", atomically: true, encoding: .utf8)
    try Data(viewer.caPEM ?? Data()).write(to: URL(fileURLWithPath: directory + "/ca-copy.crt"))
    let kubeconfig = """
      apiVersion: v1
      kind: Config
      current-context: file
      clusters:
      - name: sim
        cluster: {server: "\(viewer.server)", certificate-authority: ca-copy.crt}
      users:
      - name: file-user
        user: {tokenFile: viewer.token}
      contexts:
      - name: file
        context: {cluster: sim, user: file-user}
      """
    try kubeconfig.write(toFile: directory + "/token-file.kubeconfig", atomically: true, encoding: .utf8)
    let client = try await Self.client(cluster, context: "file", kubeconfig: directory + "/token-file.kubeconfig")
    let pods = try await client.resource(.pods, as: PartialObject.self, namespace: nil).list()
    #expect(!pods.items.isEmpty)
  }

  @Test("a watch sees a change made through the API, then a bookmark-aware observe re-lists")
  func watch() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let handle = client.resource(.configMaps, as: PartialObject.self, namespace: "default")
    let list = try await handle.list()
    let events = try await handle.watch(from: list.metadata.resourceVersion, timeoutSeconds: 10)
    try await cluster.sim.apply(Self.configMaps(count: 1))
    var seen: String?
    for try await event in events {
      if case .added(let object) = event {
        seen = object.metadata.name
        break
      }
    }
    #expect(seen == "page-test-000")
  }

  @Test("TLS failures name what is wrong: an unknown CA, a wrong name, no server")
  func tlsFailures() async throws {
    let cluster = try await TestCluster.start()
    let other = try await TestCluster.start()
    defer {
      Task {
        await cluster.stop()
        await other.stop()
      }
    }
    let good = try KubeconfigLoader(explicitPath: cluster.kubeconfigPath, environment: [:]).clientConfig()
    let foreignCA = try KubeconfigLoader(explicitPath: other.kubeconfigPath, environment: [:]).clientConfig().caPEM

    var wrongCA = good
    wrongCA.caPEM = foreignCA
    let untrusted = await #expect(throws: KubeError.self) {
      _ = try await KubeClient.connect(config: wrongCA, stderr: { _ in }, stdinIsTerminal: false).serverVersion()
    }
    #expect(untrusted?.description.contains("certificate signed by unknown authority") == true)

    var wrongName = good
    wrongName.tlsServerName = "not-the-server.example"
    let mismatch = await #expect(throws: KubeError.self) {
      _ = try await KubeClient.connect(config: wrongName, stderr: { _ in }, stdinIsTerminal: false).serverVersion()
    }
    if case .transport(let error, _) = mismatch {
      if case .certificateNameMismatch = error {} else { Issue.record("expected a name mismatch, got \(error)") }
    } else {
      Issue.record("expected a transport error, got \(String(describing: mismatch))")
    }

    var refused = good
    refused.server = "https://127.0.0.1:1"
    let unreachable = await #expect(throws: KubeError.self) {
      _ = try await KubeClient.connect(config: refused, stderr: { _ in }, stdinIsTerminal: false).serverVersion()
    }
    #expect(unreachable?.description.contains("connection refused") == true)
  }

  @Test("discovery finds the CRD groups and caches them in a private file")
  func discovery() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let directory = cluster.directory.path + "/cache"
    let discovery = Discovery(client: client, cache: DiscoveryCache(directory: directory))
    #expect(try await discovery.servedVersions(group: "karpenter.sh") == ["v1"])
    #expect(try await discovery.find(group: "", resource: "pods")?.namespaced == true)
    #expect(try await discovery.resolve("po").first?.resource == "pods")
    // A fully specified version, preferred or not, by resource, kind or short name; an unserved one is nothing.
    #expect(try await discovery.resolve("hpa", group: "autoscaling", version: "v1").map(\.version) == ["v1"])
    #expect(try await discovery.resolve("Deployment", group: "apps", version: "v1").map(\.resource) == ["deployments"])
    #expect(try await discovery.resolve("deployments", group: "apps", version: "v9").isEmpty)
    // Typed in one word, as kubectl reads it: `resource.version.group` first, else all after the first dot is a group.
    let typed = { (text: String) in
      try await discovery.resolve(text).map { "\($0.resource).\($0.version).\($0.group)" }
    }
    #expect(try await typed("hpa.v1.autoscaling") == ["horizontalpodautoscalers.v1.autoscaling"])
    #expect(try await typed("deployments.v1.apps") == ["deployments.v1.apps"])
    #expect(try await typed("deployments.v9.apps").isEmpty)
    #expect(try await typed("nodepools.karpenter.sh") == ["nodepools.v1.karpenter.sh"])
    // A short name or the kind with its group, as kubectl takes them.
    #expect(try await typed("deploy.apps") == ["deployments.v1.apps"])
    #expect(try await typed("deployment.apps") == ["deployments.v1.apps"])
    #expect(try await typed("hpa.autoscaling") == ["horizontalpodautoscalers.v2.autoscaling"])
    #expect(try await typed("deploy.batch").isEmpty)
    // Scale targets: unserved kinds and versions, and kinds served without a scale subresource (CRDs too).
    let targets = try await discovery.unusableScaleTargets([
      "apps/v1/Deployment", "apps/v1/DaemonSet", "v1/ReplicationController", "argoproj.io/v1alpha1/Rollout",
      "apps/v9/Deployment", "karpenter.sh/v1/NodePool", "karpenter.k8s.aws/v1/EC2NodeClass",
    ])
    #expect(targets.unserved == ["argoproj.io/v1alpha1/Rollout", "apps/v9/Deployment"])
    #expect(targets.unscalable == ["apps/v1/DaemonSet", "karpenter.k8s.aws/v1/EC2NodeClass"])
    let files = try FileManager.default.contentsOfDirectory(atPath: directory)
    #expect(files.count == 1)
    let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + files[0])
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    let directoryAttributes = try FileManager.default.attributesOfItem(atPath: directory)
    #expect((directoryAttributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test("a cached discovery that lacks a name or a scale subresource is checked against the server once (new CRDs)")
  func resolveRefreshesAStaleCache() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let client = try await Self.client(cluster)
    let directory = cluster.directory.path + "/cache"
    _ = try await Discovery(client: client, cache: DiscoveryCache(directory: directory)).allResources()
    // The cache as it was before KEDA was installed.
    let file = directory + "/" + (try FileManager.default.contentsOfDirectory(atPath: directory))[0]
    var entry = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
    let resources = try #require(entry["resources"] as? [[String: Any]])
    entry["resources"] = resources.filter { $0["group"] as? String != "keda.sh" }
    try JSONSerialization.data(withJSONObject: entry).write(to: URL(fileURLWithPath: file))

    let discovery = Discovery(client: client, cache: DiscoveryCache(directory: directory))
    #expect(try await discovery.allResources().contains { $0.group == "keda.sh" } == false, "read from the cache")
    #expect(try await discovery.resolve("so").map(\.resource) == ["scaledobjects"])

    // The cache as it was before the NodePool CRD declared its scale subresource: checked against the server.
    entry["resources"] = resources.map { resource in
      var resource = resource
      if resource["kind"] as? String == "NodePool" { resource["subresources"] = ["status"] }
      return resource
    }
    try JSONSerialization.data(withJSONObject: entry).write(to: URL(fileURLWithPath: file))
    let stale = Discovery(client: client, cache: DiscoveryCache(directory: directory))
    #expect(try await stale.unusableScaleTargets(["karpenter.sh/v1/NodePool"]).unscalable.isEmpty)
  }
}
