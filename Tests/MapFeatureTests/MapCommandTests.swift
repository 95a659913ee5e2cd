import Formatters
import Foundation
import KubeSim
import LampTestSupport
import MapFeature
import Testing

/// `lamp map` end to end against lamp-sim's demo cluster: goldens for tree, DOT and JSON, every DOT through
/// Graphviz, scopes, and a user who may not list Secrets.
@Suite(.serialized) struct MapCommandTests {
  static func withDemo(
    configure: @escaping (inout SimOptions) -> Void = { _ in }, _ body: (TestCluster) async throws -> Void
  ) async throws {
    let cluster = try await TestCluster.start(configure: configure)
    do {
      try await body(cluster)
    } catch {
      await cluster.stop()
      throw error
    }
    await cluster.stop()
  }

  static func map(_ arguments: [String], _ cluster: TestCluster) async -> LampResult {
    await LampRunner.run(["map"] + arguments, kubeconfig: cluster.kubeconfigPath)
  }

  static func decoded(_ result: LampResult) throws -> ResourceGraph {
    try JSONDecoder().decode(ResourceGraph.self, from: Data(result.stdout.utf8))
  }

  @Test func goldensForTheShopNamespace() async throws {
    try await Self.withDemo { cluster in
      let tree = await Self.map(["-n", "shop"], cluster)
      #expect(tree.code == 0, "\(tree.stderr)")
      #expect(tree.stderr.isEmpty)
      Golden.assert(tree.stdout, named: "map-shop.txt")

      let dot = await Self.map(["-n", "shop", "-o", "dot"], cluster)
      #expect(dot.code == 0)
      Golden.assert(dot.stdout, named: "map-shop.dot")
      try await Graphviz.check(dot.stdout)

      let json = await Self.map(["-n", "shop", "-o", "json"], cluster)
      #expect(json.code == 0)
      Golden.assert(json.stdout, named: "map-shop.json")
      let graph = try Self.decoded(json)
      #expect(graph.nodes.contains { $0.kind == "Deployment" && $0.name == "web" })

      let yaml = await Self.map(["-n", "shop", "-o", "yaml"], cluster)
      #expect(yaml.stdout.hasPrefix("apiVersion: lamp/v1\n"))
      #expect(yaml.stdout.contains("kind: ResourceGraph\n"))
    }
  }

  @Test("--kinds naming a cluster-scoped kind in a namespace's map shows every object of it, and no other namespace")
  func namedClusterScopedKinds() async throws {
    try await Self.withDemo { cluster in
      for (kinds, kind) in [("sc", "StorageClass"), ("nodes", "Node"), ("pvc,sc", "StorageClass")] {
        let result = await Self.map(["-n", "shop", "--kinds", kinds, "-o", "json"], cluster)
        #expect(result.code == 0, "\(kinds): \(result.stderr)")
        let graph = try Self.decoded(result)
        #expect(graph.nodes.filter { $0.kind == kind }.count >= 2, "\(kinds): \(result.stdout)")
        #expect(graph.nodes.allSatisfy { $0.namespace == nil || $0.namespace == "shop" }, "\(kinds)")
      }
    }
  }

  @Test func goldensForTheWholeCluster() async throws {
    try await Self.withDemo { cluster in
      let tree = await Self.map(["-A"], cluster)
      #expect(tree.code == 0)
      // Gateway API is not served by the demo: skipped silently.
      #expect(tree.stderr.isEmpty)
      Golden.assert(tree.stdout, named: "map-all.txt")

      let dot = await Self.map(["-A", "-o", "dot", "--legend"], cluster)
      #expect(dot.code == 0)
      Golden.assert(dot.stdout, named: "map-all.dot")
      try await Graphviz.check(dot.stdout)
      let again = await Self.map(["-A", "-o", "dot", "--legend"], cluster)
      #expect(again.stdout == dot.stdout)

      for grouping in ["node", "app", "none"] {
        let grouped = await Self.map(["-A", "-o", "dot", "--group-by", grouping], cluster)
        #expect(grouped.code == 0)
        try await Graphviz.check(grouped.stdout)
      }
      let byApp = await Self.map(["-A", "--group-by", "app"], cluster)
      #expect(byApp.stdout.contains("shop-web\n"))
    }
  }

  @Test func focusOnAService() async throws {
    try await Self.withDemo { cluster in
      let tree = await Self.map(["-n", "shop", "--focus", "svc/web"], cluster)
      #expect(tree.code == 0, "\(tree.stderr)")
      Golden.assert(tree.stdout, named: "map-focus-svc-web.txt")

      let json = await Self.map(["-n", "shop", "--focus", "svc/web", "-o", "json"], cluster)
      let graph = try Self.decoded(json)
      let names = Set(graph.nodes.map { "\($0.kind)/\($0.name)" })
      #expect(names.contains("Service/web"))
      #expect(names.contains("Pod/web-6d4cf56db6-2mzjq"))
      #expect(names.contains("ReplicaSet/web-6d4cf56db6"))
      #expect(names.contains("Deployment/web"))
      #expect(names.contains("Node/ip-10-0-45-101.us-west-2.compute.internal"))
      #expect(names.contains("Secret/registry-example-com"))
      #expect(names.contains("Ingress/web"))
      #expect(!names.contains("Deployment/api"))

      let dot = await Self.map(["-n", "shop", "--focus", "svc/web", "-o", "dot", "--depth", "3"], cluster)
      #expect(dot.code == 0)
      try await Graphviz.check(dot.stdout)

      let missing = await Self.map(["-n", "shop", "--focus", "svc/nope"], cluster)
      #expect(missing.code == 1)
      #expect(missing.stderr == "error: Service \"nope\" not found in namespace \"shop\"\n")

      // kubectl's group-qualified spellings name the same kind.
      let plain = await Self.map(["-n", "shop", "--focus", "deploy/web", "-o", "json"], cluster)
      let qualified = await Self.map(["-n", "shop", "--focus", "deployment.apps/web", "-o", "json"], cluster)
      #expect(qualified.code == 0, "\(qualified.stderr)")
      #expect(qualified.stdout == plain.stdout)
      let wrongGroup = await Self.map(["-n", "shop", "--focus", "deployment.batch/web"], cluster)
      #expect(wrongGroup.code == 2)
    }
  }

  @Test func fitsTheTerminal() async throws {
    try await Self.withDemo { cluster in
      let narrow = await LampRunner.run(
        ["map", "-A"], kubeconfig: cluster.kubeconfigPath, environment: ["COLUMNS": "80", "NO_COLOR": "1"],
        stdoutIsTerminal: true)
      #expect(narrow.code == 0)
      let lines = narrow.stdout.split(separator: "\n")
      // A label is never cut (only annotations are), so a very deep or long label may still be wider.
      let wide = lines.filter { TerminalText.displayWidth(String($0)) > 80 && $0.contains("(") }
      #expect(wide.isEmpty, "\(wide)")
      #expect(narrow.stdout.contains("…)") || narrow.stdout.contains("…"), "something was long enough to cut")
      let piped = await Self.map(["-A"], cluster)
      #expect(piped.stdout.split(separator: "\n").contains { $0.count > 80 }, "a pipe gets whole lines")
      #expect(piped.stdout.split(separator: "\n").count == lines.count, "one line per object either way")
    }
  }

  @Test func onTheTaintedSystemNode() async throws {
    try await Self.withDemo { cluster in
      let tree = await Self.map(["--node", "ip-10-0-12-34"], cluster)
      #expect(tree.code == 0, "\(tree.stderr)")
      Golden.assert(tree.stdout, named: "map-node-ip-10-0-12-34.txt")
      #expect(tree.stdout.contains("Pod/coredns-"))
      #expect(!tree.stdout.contains("Pod/metrics-server-"))

      let dot = await Self.map(["--node", "ip-10-0-12-34", "-o", "dot", "--group-by", "node"], cluster)
      try await Graphviz.check(dot.stdout)
    }
  }

  @Test func aFocusOnANodeKeepsToAGivenNamespaceAsNodeDoes() async throws {
    try await Self.withDemo { cluster in
      for (arguments, expected) in [
        (["--focus", "node/ip-10-0-45-101"], ["batch", "keda", "kube-system", "monitoring", "shop"]),
        (["-n", "shop", "--focus", "node/ip-10-0-45-101"], ["shop"]),
        (["-n", "shop", "--node", "ip-10-0-45-101"], ["shop"]),
      ] {
        let result = await Self.map(arguments + ["-o", "json"], cluster)
        #expect(result.code == 0, "\(result.stderr)")
        let namespaces = Set(try Self.decoded(result).nodes.compactMap(\.namespace))
        #expect(namespaces.sorted() == expected, "\(arguments)")
      }
    }
  }

  @Test func aUserWhoMayNotListSecretsGetsTheRestAndAWarning() async throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("map-auditor-\(UUID().uuidString).yaml")
    try Data(Self.auditorRBAC.utf8).write(to: state)
    defer { try? FileManager.default.removeItem(at: state) }
    try await Self.withDemo(configure: { $0.statePaths = [state.path] }) { cluster in
      let result = await Self.map(["-n", "shop", "-o", "json", "--as", "map-auditor"], cluster)
      #expect(result.code == 0, "\(result.stderr)")
      #expect(
        result.stderr == "warning: missing permission: list secrets in namespace \"shop\"; secrets are not shown\n")
      let graph = try Self.decoded(result)
      #expect(!graph.nodes.contains { $0.kind == "Secret" })
      #expect(graph.nodes.contains { $0.kind == "ConfigMap" && $0.name == "api-config" })
      #expect(graph.warnings == ["missing permission: list secrets in namespace \"shop\"; secrets are not shown"])

      let dot = await Self.map(["-n", "shop", "-o", "dot", "--as", "map-auditor"], cluster)
      #expect(dot.code == 0)
      try await Graphviz.check(dot.stdout)

      // Focusing on a Secret it may not list names the permission; it does not call the Secret missing.
      let focus = await Self.map(["-n", "shop", "--focus", "secret/api-db", "--as", "map-auditor"], cluster)
      #expect(focus.code == 1)
      #expect(
        focus.stderr.hasSuffix(
          "error: cannot look up Secret \"api-db\": missing permission: list secrets in namespace \"shop\"\n"),
        "\(focus.stderr)")
    }
  }

  @Test func unservedCustomResourcesAreSkippedSilently() async throws {
    let state = FileManager.default.temporaryDirectory.appendingPathComponent("map-plain-\(UUID().uuidString).yaml")
    try Data(Self.plainCluster.utf8).write(to: state)
    defer { try? FileManager.default.removeItem(at: state) }
    let cluster = try await TestCluster.start(scenario: .empty) { $0.statePaths = [state.path] }
    let result = await Self.map(["-A", "-o", "json"], cluster)
    let tree = await Self.map(["-A"], cluster)
    await cluster.stop()
    #expect(result.code == 0)
    #expect(result.stderr.isEmpty)
    let graph = try Self.decoded(result)
    #expect(!graph.nodes.contains { $0.kind == "NodePool" || $0.kind == "ScaledObject" })
    let pod = try #require(graph.nodes.first { $0.kind == "Pod" })
    let node = try #require(graph.nodes.first { $0.kind == "Node" })
    #expect(graph.edges.contains { $0.from == pod.id && $0.to == node.id && $0.type == .runsOn })
    Golden.assert(tree.stdout, named: "map-plain.txt")
  }

  @Test func kindsFilter() async throws {
    try await Self.withDemo { cluster in
      let result = await Self.map(["-n", "shop", "-o", "json", "--kinds", "pods,svc"], cluster)
      #expect(result.code == 0)
      let graph = try Self.decoded(result)
      #expect(Set(graph.nodes.map(\.kind)) == ["Pod", "Service"])
      #expect(Set(graph.edges.map(\.type)) == [.selects])

      let without = await Self.map(["-n", "shop", "-o", "json", "--kinds", "-secrets,-configmaps"], cluster)
      let rest = try Self.decoded(without)
      #expect(!rest.nodes.contains { $0.kind == "Secret" || $0.kind == "ConfigMap" })
      #expect(rest.nodes.contains { $0.kind == "Deployment" })
    }
  }

  @Test(arguments: [
    (["-o", "table"], "unknown output format"),
    (["--legend"], "--legend needs -o dot"),
    (["--focus", "web"], "invalid --focus"),
    (["--focus", "svc/web", "--node", "x"], "cannot be combined"),
    (["--depth", "2"], "--depth needs --focus"),
    (["--kinds", "gizmos"], "unknown kind \"gizmos\""),
    (["--group-by", "colour"], "invalid --group-by"),
  ])
  func usageErrors(arguments: [String], message: String) async throws {
    let result = await LampRunner.run(["map"] + arguments, kubeconfig: "/nonexistent")
    #expect(result.code == 2)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  /// A cluster without Karpenter, KEDA or Gateway API: one node, one pod, one Service selecting it.
  static let plainCluster = """
    apiVersion: v1
    kind: Node
    metadata:
      name: worker-1
    status:
      conditions:
      - type: Ready
        status: "True"
    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: hello
      namespace: default
      labels:
        app: hello
    spec:
      nodeName: worker-1
      containers:
      - name: app
        image: hello:1
    status:
      phase: Running
      conditions:
      - type: Ready
        status: "True"
    ---
    apiVersion: v1
    kind: Service
    metadata:
      name: hello
      namespace: default
    spec:
      selector:
        app: hello

    """

  /// A test-only user who may read everything the map lists except Secrets.
  static let auditorRBAC = """
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata:
      name: map-auditor
    rules:
    - apiGroups: ["", "apps", "batch", "networking.k8s.io", "storage.k8s.io", "autoscaling", "karpenter.sh",
        "karpenter.k8s.aws", "karpenter.azure.com", "eks.amazonaws.com", "keda.sh", "gateway.networking.k8s.io"]
      resources: [pods, nodes, services, endpoints, persistentvolumeclaims, persistentvolumes, configmaps,
        serviceaccounts, deployments, replicasets, statefulsets, daemonsets, jobs, cronjobs, ingresses,
        storageclasses, horizontalpodautoscalers, nodepools, nodeclaims, ec2nodeclasses, nodeclasses, aksnodeclasses, scaledobjects,
        scaledjobs, httproutes]
      verbs: [get, list]
    - nonResourceURLs: ["*"]
      verbs: [get]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata:
      name: map-auditor
    roleRef:
      apiGroup: rbac.authorization.k8s.io
      kind: ClusterRole
      name: map-auditor
    subjects:
    - apiGroup: rbac.authorization.k8s.io
      kind: User
      name: map-auditor

    """
}
