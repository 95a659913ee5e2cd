import Foundation
import LampTestSupport
import Testing

@Suite("lamp karpenter")
struct KarpenterCommandTests {
  @Test("nodepools: usage against limits, real fill, disruption, node class; table, wide and JSON")
  func nodePools() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["karpenter", "nodepools"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first { $0.hasPrefix("default ") }?.contains("16/16 (100%)") == true)
    #expect(lines.first { $0.hasPrefix("default ") }?.contains("EC2NodeClass/default") == true)
    Golden.assert(table.stdout, named: "nodepools.txt")

    let wide = await LampRunner.run(["karpenter", "nodepools", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(wide.code == 0)
    #expect(wide.stdout.contains("on-demand"))
    Golden.assert(wide.stdout, named: "nodepools-wide.txt")

    let json = await LampRunner.run(["karpenter", "nodepools", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 0)
    #expect(json.stdout.contains("\"kind\": \"NodePoolList\""))
    #expect(json.stdout.contains("\"karpenterVersion\": \"karpenter.sh/v1\""))
    Golden.assert(json.stdout, named: "nodepools.json")
  }

  @Test("nodeclaims: launched-not-registered, drifted and consolidatable states; --nodepool and -l filter")
  func nodeClaims() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["karpenter", "nodeclaims"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let byName = Dictionary(
      table.stdout.split(separator: "\n").dropFirst().map { (String($0.prefix { $0 != " " }), String($0)) },
      uniquingKeysWith: { first, _ in first })
    #expect(byName["default-q7zrt"]?.contains("Launched, not Registered: NodeNotFound") == true)
    #expect(byName["spot-2bq8n"]?.contains("Initialized, Drifted (AMIDrift)") == true)
    #expect(byName["spot-x9wxq"]?.contains("Consolidatable") == true)
    Golden.assert(table.stdout, named: "nodeclaims.txt")

    let spot = await LampRunner.run(
      ["karpenter", "nodeclaims", "--nodepool", "spot"], kubeconfig: cluster.kubeconfigPath)
    #expect(spot.stdout.split(separator: "\n").count == 3)
    let selected = await LampRunner.run(
      ["karpenter", "nodeclaims", "-l", "karpenter.sh/capacity-type=on-demand", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(selected.code == 0)
    #expect(!selected.stdout.contains("spot-2bq8n"))
    let badSelector = await LampRunner.run(
      ["karpenter", "nodeclaims", "-l", "bad selector!!"], kubeconfig: cluster.kubeconfigPath)
    #expect(badSelector.code == 2, "a selector that cannot parse is a usage error, found before any request")
    #expect(badSelector.stderr.hasPrefix("error: invalid -l selector \"bad selector!!\": "))
    #expect(selected.stdout.contains("default-q7zrt"))
    Golden.assert(selected.stdout, named: "nodeclaims-on-demand.json")
  }

  @Test("pending: arm64 pod has no pool, the taint pod and the CPU-limit pool are explained")
  func pending() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["karpenter", "pending"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.first { $0.contains("recommender") }?.contains("no NodePool allows kubernetes.io/arch=arm64") == true)
    #expect(lines.first { $0.contains("ml-training") }?.contains("NodePool default at cpu limit 16/16") == true)
    #expect(lines.first { $0.contains("metrics-server") }?.contains("UntoleratedTaint") == true)
    // Karpenter nominated a NodeClaim of default for it: that node is on its way, whatever spot could offer.
    #expect(lines.first { $0.contains("web-6d4cf56db6") }?.contains("nominated: nodeclaim/default-q7zrt") == true)
    #expect(!table.stdout.contains("media-processor"))
    Golden.assert(table.stdout, named: "pending.txt")

    let shop = await LampRunner.run(
      ["karpenter", "pending", "-n", "shop", "--no-headers"], kubeconfig: cluster.kubeconfigPath)
    #expect(shop.stdout.split(separator: "\n").count == 2)
    #expect(!shop.stdout.contains("ml-training"))

    let json = await LampRunner.run(["karpenter", "pending", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"kind\": \"CapacityReport\""))
    #expect(json.stdout.contains("\"summary\": \"nominated to nodeclaim/default-q7zrt: its node is on the way\""))
    Golden.assert(json.stdout, named: "pending.json")
  }

  @Test("nodeclaims -o wide adds kubectl's wide columns: node class, image and provider IDs")
  func nodeClaimsWide() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["karpenter", "nodeclaims"], kubeconfig: cluster.kubeconfigPath)
    let wide = await LampRunner.run(["karpenter", "nodeclaims", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(wide.code == 0, "\(wide.stderr)")
    #expect(wide.stdout != table.stdout)
    let header = TableText.row(wide.stdout, containing: "NAME")
    #expect(header.suffix(3) == ["NODECLASS", "IMAGE ID", "PROVIDER ID"])
    #expect(TableText.row(wide.stdout, containing: "spot-2bq8n").contains("EC2NodeClass/default"))
    Golden.assert(wide.stdout, named: "nodeclaims-wide.txt")
  }

  @Test("pending accepts -A (its default) and -A wins over -n")
  func pendingAllNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let plain = await LampRunner.run(["karpenter", "pending"], kubeconfig: cluster.kubeconfigPath)
    let all = await LampRunner.run(["karpenter", "pending", "-A", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(all.code == 0, "\(all.stderr)")
    #expect(all.stdout == plain.stdout)
    #expect(all.stdout.contains("ml-training"))
  }

  @Test(
    "nodepools and nodeclaims accept -A and -n and ignore them, as kubectl does for cluster-scoped kinds",
    arguments: ["nodepools", "nodeclaims"])
  func clusterScopedAllNamespaces(command: String) async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let plain = await LampRunner.run(["karpenter", command], kubeconfig: cluster.kubeconfigPath)
    #expect(plain.code == 0, "\(plain.stderr)")
    for flags in [["-A"], ["--all-namespaces"], ["-n", "shop"], ["-A", "-n", "shop"]] {
      let run = await LampRunner.run(["karpenter", command] + flags, kubeconfig: cluster.kubeconfigPath)
      #expect(run.code == 0, "\(flags): \(run.stderr)")
      #expect(run.stdout == plain.stdout, "\(flags)")
    }
  }

  @Test("node classes of every provider: EKS Auto Mode NodeClass and a missing AKSNodeClass")
  func providers() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [NodeClassFixtures.autoMode, NodeClassFixtures.azure])
    let table = await LampRunner.run(["karpenter", "nodepools"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stdout.contains("AKSNodeClass/absent (missing)"))
    #expect(table.stdout.contains("NodeClass/default "))
    #expect(table.stdout.contains("0/∞"))
    Golden.assert(table.stdout, named: "nodepools-providers.txt")
  }

  @Test("a NodePool whose node class is gone or not ready is offered to no pod, by pending and by events")
  func nodeClassGone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [NodeClassFixtures.spotPod])
    struct Report: Decodable {
      struct Item: Decodable {
        var name: String
        var summary: String
      }
      var items: [Item]
    }
    func pending() async throws -> String? {
      let result = await LampRunner.run(
        ["karpenter", "pending", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(result.stderr)")
      let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
      return report.items.first { $0.name == "batch-spot" }?.summary
    }
    #expect(try await pending() == "NodePool spot could provide a node")
    let deletion = try await SimCurl(cluster).request(
      "/apis/karpenter.k8s.aws/v1/ec2nodeclasses/default", method: "DELETE")
    #expect(deletion.status == 200)
    #expect(
      try await pending()
        == "NodePool default names EC2NodeClass default, which does not exist, offers karpenter.sh/capacity-type "
        + "In [on-demand] only, at cpu limit 16/16; NodePool spot names EC2NodeClass default, which does not exist")
    let events = await LampRunner.run(
      ["events", "-n", "shop", "--pending-only", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(
      events.stdout.contains("no NodePool can provide one (each names EC2NodeClass default, which does not exist)"))
  }

  @Test("a nomination to a NodeClaim that is gone promises nothing: the pools are judged again")
  func nominationToGoneNodeClaim() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    struct Report: Decodable {
      struct Item: Decodable {
        var name: String
        var summary: String
        var explanation: String
      }
      var items: [Item]
    }
    func web() async throws -> Report.Item? {
      let result = await LampRunner.run(
        ["karpenter", "pending", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(result.stderr)")
      let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
      return report.items.first { $0.name == "web-6d4cf56db6-9xkqz" }
    }
    #expect(try await web()?.summary == "nominated to nodeclaim/default-q7zrt: its node is on the way")
    let deletion = try await SimCurl(cluster).request(
      "/apis/karpenter.sh/v1/nodeclaims/default-q7zrt", method: "DELETE")
    #expect(deletion.status == 200)
    let gone = try #require(try await web())
    #expect(gone.summary == "NodePool spot could provide a node")
    #expect(
      gone.explanation
        == "its pod anti-affinity rules rule out 3 nodes; NodePool spot could provide a node; it was nominated to "
        + "nodeclaim/default-q7zrt, which no longer exists")
    // The scheduler's nomination (status.nominatedNodeName: the pod preempts pods on an existing node) brings
    // no new capacity.
    let node = "ip-10-0-45-101.us-west-2.compute.internal"
    let patch = try await SimCurl(cluster).request(
      "/api/v1/namespaces/shop/pods/web-6d4cf56db6-9xkqz/status", method: "PATCH",
      body: #"{"status": {"nominatedNodeName": "\#(node)"}}"#, contentType: "application/merge-patch+json")
    #expect(patch.status == 200, "\(patch.body)")
    let preempting = try #require(try await web())
    #expect(
      preempting.summary
        == "nominated to node \(node) by the scheduler: it waits there for the pods it preempts to leave")
    #expect(
      preempting.explanation.hasSuffix(
        "the scheduler nominated node \(node) for it, where it preempts lower-priority pods"))
  }

  @Test("pending -o wide: a GPU request is shown, and pools whose instance categories have no GPU are not offered")
  func gpuPod() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [NodeClassFixtures.gpuPod])
    let result = await LampRunner.run(
      ["karpenter", "pending", "-n", "batch", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    let row = TableText.row(result.stdout, containing: "trainer")
    #expect(row.count == 8 && row[4] == "cpu 2, memory 8Gi, nvidia.com/gpu 1" && row[5] == "none", "\(row)")
    #expect(
      row.last(where: { $0.hasPrefix("NodePool ") })?.hasSuffix(
        "NodePool spot offers no nvidia.com/gpu (karpenter.k8s.aws/instance-category In [c m])") == true, "\(row)")
  }

  @Test("a pod asking for more cpu than the largest node a pool's instance-cpu allows is offered no node by it")
  func podLargerThanPoolNodes() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [NodeClassFixtures.smallPool, NodeClassFixtures.bigPod])
    let result = await LampRunner.run(
      ["karpenter", "pending", "-n", "batch", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    let row = TableText.row(result.stdout, containing: "big")
    #expect(
      row.contains(
        "NodePool default offers karpenter.sh/nodepool=default only, at cpu limit 16/16; NodePool small nodes of "
          + "at most 4 cpu (karpenter.k8s.aws/instance-cpu In [2 4]) for a request of 6; NodePool spot offers "
          + "karpenter.sh/nodepool=spot only"), "\(row)")
    let events = await LampRunner.run(
      ["events", "-n", "batch", "--pending-only", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(events.stdout.contains("nodes of at most 4 cpu"), "\(events.stdout)")
  }

  @Test("no Karpenter CRD: one line, exit 1")
  func notInstalled() async throws {
    let cluster = try await TestCluster.start(scenario: .empty)
    defer { Task { await cluster.stop() } }
    for command in ["nodepools", "nodeclaims", "pending"] {
      let result = await LampRunner.run(["karpenter", command], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 1)
      #expect(
        result.stderr
          == "error: Karpenter is not installed: the cluster serves no karpenter.sh NodePool (v1 or v1beta1)\n")
      #expect(result.stdout.isEmpty)
    }
  }

  @Test("NodePools served but not NodeClaims: nodeclaims says the CRD is missing, not that there are none")
  func nodeClaimsNotServed() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let deletion = try await SimCurl(cluster).request(
      "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/nodeclaims.karpenter.sh", method: "DELETE")
    #expect(deletion.status == 200)
    let claims = await LampRunner.run(["karpenter", "nodeclaims"], kubeconfig: cluster.kubeconfigPath)
    #expect(claims.code == 1 && claims.stdout.isEmpty)
    #expect(
      claims.stderr
        == "error: the cluster serves no karpenter.sh NodeClaim (is its CustomResourceDefinition installed?)\n")
    let pools = await LampRunner.run(["karpenter", "nodepools"], kubeconfig: cluster.kubeconfigPath)
    #expect(pools.code == 0, "NodePools are still shown: \(pools.stderr)")
  }

  @Test("NodePools no longer served: not installed, also when discovery was cached before the CRD went")
  func nodePoolsGone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let cache = ["XDG_CACHE_HOME": cluster.directory.appendingPathComponent("cache").path]
    let before = await LampRunner.run(
      ["karpenter", "nodepools"], kubeconfig: cluster.kubeconfigPath, environment: cache)
    #expect(before.code == 0, "\(before.stderr)")
    let deletion = try await SimCurl(cluster).request(
      "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/nodepools.karpenter.sh", method: "DELETE")
    #expect(deletion.status == 200)
    let notInstalled =
      "error: Karpenter is not installed: the cluster serves no karpenter.sh NodePool (v1 or v1beta1)\n"
    for command in ["nodepools", "pending"] {
      // The cached discovery still lists NodePools: the list's 404 says they are gone.
      let cached = await LampRunner.run(["karpenter", command], kubeconfig: cluster.kubeconfigPath, environment: cache)
      #expect(cached.code == 1 && cached.stdout.isEmpty, "\(command): \(cached.stdout)")
      #expect(cached.stderr == notInstalled, "\(command)")
      // Fresh discovery still serves karpenter.sh, for NodeClaims alone.
      let fresh = await LampRunner.run(["karpenter", command], kubeconfig: cluster.kubeconfigPath)
      #expect(fresh.code == 1 && fresh.stderr == notInstalled, "\(command): \(fresh.stderr)")
    }
  }

  @Test("v1beta1-only Karpenter is read through discovery")
  func v1beta1Only() async throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-v1beta1-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let state = directory.appendingPathComponent("karpenter-v1beta1.yaml")
    try Data(KarpenterV1Beta1Fixture.yaml.utf8).write(to: state)
    let cluster = try await TestCluster.start(scenario: .empty, configure: { $0.statePaths = [state.path] })
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["karpenter", "nodepools"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    Golden.assert(table.stdout, named: "nodepools-v1beta1.txt")
    let json = await LampRunner.run(["karpenter", "nodepools", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"karpenterVersion\": \"karpenter.sh/v1beta1\""))
    Golden.assert(json.stdout, named: "nodepools-v1beta1.json")
    let claims = await LampRunner.run(["karpenter", "nodeclaims"], kubeconfig: cluster.kubeconfigPath)
    #expect(claims.code == 0, "\(claims.stderr)")
    Golden.assert(claims.stdout, named: "nodeclaims-v1beta1.txt")
  }
}
