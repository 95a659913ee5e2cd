import Foundation
import LampTestSupport
import Testing

/// A kind the user may not list degrades its column with a note; the rest is shown.
@Suite("lamp karpenter and keda with missing permissions")
struct PermissionTests {
  /// A ClusterRole that may list NodePools, NodeClaims and ScaledObjects but not pods, HPAs or workloads.
  static let role = """
    {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"autoscale-partial"},
     "rules":[{"apiGroups":["karpenter.sh"],"resources":["nodepools","nodeclaims"],"verbs":["get","list"]},
       {"apiGroups":[""],"resources":["nodes"],"verbs":["list"]},
       {"apiGroups":["keda.sh"],"resources":["scaledobjects","scaledjobs"],"verbs":["list"]}]}
    """
  static let binding = """
    {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"autoscale-partial"},
     "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"autoscale-partial"},
     "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"partial"}]}
    """

  /// A ClusterRole with `rules` (a JSON array) bound to the user of the same name.
  static func clusterAccess(_ user: String, rules: String) -> [String] {
    [
      """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole","metadata":{"name":"\(user)"},"rules":\(rules)}
      """,
      """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRoleBinding","metadata":{"name":"\(user)"},
       "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"\(user)"},
       "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"\(user)"}]}
      """,
    ]
  }

  /// A Role in `namespace` with `rules` bound to the user of the same name.
  static func namespaceAccess(_ user: String, namespace: String, rules: String) -> [String] {
    [
      """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"Role","metadata":{"name":"\(user)","namespace":"\(namespace)"},
       "rules":\(rules)}
      """,
      """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
       "metadata":{"name":"\(user)","namespace":"\(namespace)"},
       "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"\(user)"},
       "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"\(user)"}]}
      """,
    ]
  }

  @Test("scaled NAME without events or authentications: unknown, not none or not found, with warnings in every format")
  func detailWithoutEventsOrAuthentications() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [Self.role, Self.binding])
    let arguments = ["keda", "scaled", "orders-consumer-scaler", "-n", "shop", "--as", "partial"]
    let text = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
    #expect(text.code == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Authentication: TriggerAuthentication/rabbitmq-auth (unknown)"), "\(text.stdout)")
    #expect(text.stdout.contains("Events: <unknown>"), "\(text.stdout)")
    #expect(
      text.stderr.contains("warning: missing permission: list events in namespace \"shop\"; events are not shown"))
    let json = await LampRunner.run(arguments + ["-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 0, "\(json.stderr)")
    #expect(json.stdout.contains("\"authenticationProblem\": \"unknown\""), "\(json.stdout)")
    #expect(json.stdout.contains("missing permission: list events in namespace \\\"shop\\\"; events are not shown"))
    #expect(!json.stdout.contains("\"events\":"), "unknown events are absent, not empty: \(json.stdout)")
  }

  @Test("scaled NAME reads only the Secrets its own triggers' authentications name")
  func detailReadsOnlyItsSecrets() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["keda", "scaled", "web-scaler", "-n", "shop", "-v", "6"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    let secretReads = result.stderr.split(separator: "\n").filter { $0.contains("/secrets/") }
    #expect(
      secretReads.count == 1 && secretReads[0].contains("/namespaces/shop/secrets/prometheus-reader"),
      "\(secretReads)")
  }

  @Test("nodepools without pods: REQUESTED unknown, a note on stderr, exit 0")
  func nodePoolsWithoutPods() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [Self.role, Self.binding])
    let result = await LampRunner.run(
      ["karpenter", "nodepools", "--as", "partial"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.contains("warning: missing permission: list pods in all namespaces; REQUESTED and PODS"))
    #expect(result.stdout.contains("16/16 (100%)"))
    Golden.assert(result.stdout, named: "nodepools-partial.txt")
  }

  @Test("nodepools without nodes: NODES ready counted from the NodeClaims' Ready condition, not unknown")
  func nodePoolsWithoutNodes() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let rules = #"[{"apiGroups":["karpenter.sh"],"resources":["nodepools","nodeclaims"],"verbs":["list"]}]"#
    try await KedaFixtures.apply(cluster, Self.clusterAccess("claims-only", rules: rules))
    let result = await LampRunner.run(
      ["karpenter", "nodepools", "--as", "claims-only"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.contains("warning: missing permission: list nodes; node counts come from NodeClaims"))
    // default's three claims: two Ready, one still launching (Ready Unknown).
    #expect(TableText.row(result.stdout, containing: "default")[2] == "2/3", "\(result.stdout)")
    #expect(TableText.row(result.stdout, containing: "spot")[2] == "2/2", "\(result.stdout)")
  }

  @Test("scaled without HPAs and Deployments: CURRENT from nothing, notes on stderr")
  func scaledWithoutWorkloads() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [Self.role, Self.binding])
    let result = await LampRunner.run(["keda", "scaled", "--as", "partial"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stderr.contains("missing permission: list horizontalpodautoscalers.autoscaling"))
    #expect(result.stdout.contains("web-scaler"))
    Golden.assert(result.stdout, named: "scaled-partial.txt")
  }

  @Test("pending without pods: its main kind, so one line and exit 1 rather than an all-clear")
  func pendingWithoutPods() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [Self.role, Self.binding])
    let all = await LampRunner.run(["karpenter", "pending", "--as", "partial"], kubeconfig: cluster.kubeconfigPath)
    #expect(all.code == 1)
    #expect(
      all.stderr
        == "error: missing permission: list pods in all namespaces; pods waiting for capacity cannot be shown\n")
    #expect(all.stdout.isEmpty)
    let shop = await LampRunner.run(
      ["karpenter", "pending", "-n", "shop", "-o", "json", "--as", "partial"], kubeconfig: cluster.kubeconfigPath)
    #expect(shop.code == 1)
    #expect(shop.stderr.hasPrefix("error: missing permission: list pods in namespace \"shop\";"))
  }

  @Test("pending without NodePools: CAN SERVE and WHY NOT unknown, not \"no NodePools\"; JSON leaves fits out")
  func pendingWithoutNodePools() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(
      ["karpenter", "pending", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stderr.contains("warning: missing permission: list nodepools.karpenter.sh;"))
    #expect(!table.stdout.contains("no NodePools"))
    let row = TableText.row(table.stdout, containing: "recommender")
    #expect(row.suffix(3) == ["NodeSelectorMismatch", "?", "?"], "\(row)")
    Golden.assert(table.stdout, named: "pending-viewer.txt")
    let json = await LampRunner.run(
      ["karpenter", "pending", "--context", "viewer", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 0)
    #expect(!json.stdout.contains("\"fits\""))
    #expect(!json.stdout.contains("no NodePools"))
    #expect(json.stdout.contains("\"summary\": \"unknown: NodePools could not be listed\""))
  }

  @Test("nodeclaims needs only NodeClaims: a user who may list nothing else sees them")
  func nodeClaimsAlone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let rules = #"[{"apiGroups":["karpenter.sh"],"resources":["nodeclaims"],"verbs":["list"]}]"#
    try await KedaFixtures.apply(cluster, Self.clusterAccess("ncuser", rules: rules))
    let result = await LampRunner.run(
      ["karpenter", "nodeclaims", "--as", "ncuser"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("spot-2bq8n"))
    #expect(result.stderr.isEmpty)
    let nodePools = await LampRunner.run(
      ["karpenter", "nodepools", "--as", "ncuser"], kubeconfig: cluster.kubeconfigPath)
    #expect(nodePools.code == 1)
    #expect(nodePools.stderr == "error: missing permission: list nodepools.karpenter.sh; NodePools cannot be shown\n")
  }

  @Test("auth without ScaledObjects: authentications shown, USED BY unknown, Secrets unchecked with a note")
  func authWithoutScaledObjects() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let rules = """
      [{"apiGroups":["keda.sh"],"resources":["triggerauthentications","clustertriggerauthentications"],
        "verbs":["list"]}]
      """
    try await KedaFixtures.apply(cluster, Self.clusterAccess("authuser", rules: rules))
    let table = await LampRunner.run(["keda", "auth", "--as", "authuser"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    // Its Secret could not be checked: PROBLEMS is unknown, not "none".
    let row = TableText.row(table.stdout, containing: "prometheus-auth")
    #expect(row.suffix(2) == ["?", "?"], "\(row)")
    #expect(
      table.stderr.contains("missing permission: list scaledobjects.keda.sh in all namespaces; USED BY is unknown"))
    #expect(
      table.stderr.contains(
        "missing permission: get secrets in namespaces \"keda\", \"shop\"; referenced Secrets and keys there are"))
    let json = await LampRunner.run(
      ["keda", "auth", "--as", "authuser", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(!json.stdout.contains("\"usedBy\""))
    let items = (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["items"]
    let prometheus = (items as? [[String: Any]])?.first { $0["name"] as? String == "prometheus-auth" }
    #expect(prometheus != nil && prometheus?["missingSecrets"] == nil && prometheus?["missingKeys"] == nil)
    // An authentication that reads no Secret has nothing unchecked.
    #expect(TableText.row(table.stdout, containing: "aws-pod-identity").last == "<none>")

    // Neither kind of authentication: nothing to show.
    try await KedaFixtures.apply(cluster, [Self.role, Self.binding])
    let none = await LampRunner.run(["keda", "auth", "--as", "partial"], kubeconfig: cluster.kubeconfigPath)
    #expect(none.code == 1)
    #expect(
      none.stderr
        == "error: missing permission: list triggerauthentications.keda.sh in all namespaces and list "
        + "clustertriggerauthentications.keda.sh; trigger authentications cannot be shown\n")
  }

  @Test("auth -n: a ClusterTriggerAuthentication's users are counted everywhere, or said to be counted in NS only")
  func clusterAuthenticationUsers() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    func clusterRow(_ stdout: String) -> String {
      TableText.row(stdout, containing: "ClusterTriggerAuthentication").joined(separator: " | ")
    }
    let admin = await LampRunner.run(["keda", "auth", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(admin.code == 0, "\(admin.stderr)")
    #expect(clusterRow(admin.stdout).contains("ScaledJob batch/invoice-processor"))
    #expect(!admin.stdout.contains("aws-pod-identity"))

    let local = """
      [{"apiGroups":["keda.sh"],"resources":["scaledobjects","scaledjobs","triggerauthentications"],
        "verbs":["list"]},{"apiGroups":[""],"resources":["secrets"],"verbs":["get"]}]
      """
    let clusterWide = #"[{"apiGroups":["keda.sh"],"resources":["clustertriggerauthentications"],"verbs":["list"]}]"#
    try await KedaFixtures.apply(
      cluster,
      Self.namespaceAccess("shopper", namespace: "shop", rules: local)
        + Self.clusterAccess("shopper", rules: clusterWide))
    let narrow = await LampRunner.run(
      ["keda", "auth", "-n", "shop", "--as", "shopper"], kubeconfig: cluster.kubeconfigPath)
    #expect(narrow.code == 0, "\(narrow.stderr)")
    #expect(clusterRow(narrow.stdout).contains("<none> (counted in shop only)"), "\(narrow.stdout)")
    #expect(narrow.stdout.contains("ScaledObject shop/web-scaler"))
    let json = await LampRunner.run(
      ["keda", "auth", "-n", "shop", "--as", "shopper", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"usedByNamespace\": \"shop\""))
  }
}
