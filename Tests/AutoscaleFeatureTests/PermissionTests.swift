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
}
