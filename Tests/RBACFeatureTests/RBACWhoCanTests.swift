import Foundation
import KubeAPI
import LampTestSupport
import Testing

@Suite("lamp rbac who-can")
struct RBACWhoCanTests {
  struct Report: Decodable {
    var items: [RBACGrant]
    var note: String
  }

  /// A subject kubectl can impersonate, and the groups the server gives it.
  struct Probe: CustomStringConvertible {
    var user: String
    var groups: [String]
    var description: String { ([user] + groups).joined(separator: "+") }
  }

  static let cases: [(verb: String, resource: String, namespace: String?)] = [
    ("get", "pods/proxy", "monitoring"), ("list", "pods", "shop"), ("get", "secrets", "shop"),
    ("get", "secrets", "keda"), ("list", "nodes", nil), ("delete", "deployments.apps", "shop"),
    ("list", "scaledobjects.keda.sh", "shop"), ("get", "configmaps", "kube-system"), ("create", "pods/exec", "shop"),
  ]

  /// Users, groups and service accounts of the demo, plus someone nobody knows.
  static let probes: [Probe] = [
    Probe(user: "viewer", groups: []), Probe(user: "no-pods-proxy", groups: []),
    Probe(user: "nobody@example.com", groups: []), Probe(user: "dev@example.com", groups: ["shop-developers"]),
    Probe(user: "ops@example.com", groups: ["lamp-sim:exec-users"]),
    Probe(
      user: "system:serviceaccount:monitoring:prometheus",
      groups: ["system:serviceaccounts", "system:serviceaccounts:monitoring"]),
    Probe(
      user: "system:serviceaccount:keda:keda-operator",
      groups: ["system:serviceaccounts", "system:serviceaccounts:keda"]),
  ]

  /// kubectl's `auth can-i` with the subresource as a flag (kubectl would read pods/proxy as a pod named proxy).
  static func canI(
    _ cluster: TestCluster, _ item: (verb: String, resource: String, namespace: String?), as probe: Probe
  )
    async throws -> Bool
  {
    let parts = item.resource.split(separator: "/")
    var arguments = ["auth", "can-i", item.verb, String(parts[0]), "--as", probe.user]
    if parts.count > 1 { arguments += ["--subresource", String(parts[1])] }
    arguments += item.namespace.map { ["-n", $0] } ?? []
    for group in probe.groups { arguments += ["--as-group", group] }
    let result = try await RBACBundleTests.kubectl(cluster, arguments)
    #expect(result.status == 0 || result.stdout.hasPrefix("no"), "\(arguments): \(result.stderr)")
    return result.status == 0
  }

  @Test("who-can agrees with kubectl auth can-i --as on the same server for a table of cases")
  func againstKubectl() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for item in Self.cases {
      var arguments = ["rbac", "who-can", item.verb, item.resource, "-o", "json"]
      arguments += item.namespace.map { ["-n", $0] } ?? ["--cluster-wide"]
      let result = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(result.stderr)")
      let report = try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8))
      #expect(report.note.contains("other authorizers"))
      let users = Set(report.items.filter { $0.subject.kind == Subject.userKind }.map(\.subject.name))
      let groups = Set(report.items.filter { $0.subject.kind == Subject.groupKind }.map(\.subject.name))
      let accounts = Set(
        report.items.filter { $0.subject.kind == Subject.serviceAccountKind }.map {
          UserInfo.serviceAccountName($0.subject.name, namespace: $0.subject.namespace ?? "")
        })
      // Every listed subject really is allowed.
      for name in users {
        #expect(try await Self.canI(cluster, item, as: Probe(user: name, groups: [])), "\(item) \(name)")
      }
      for name in accounts {
        let namespace = name.split(separator: ":")[2]
        let probe = Probe(user: name, groups: ["system:serviceaccounts", "system:serviceaccounts:\(namespace)"])
        #expect(try await Self.canI(cluster, item, as: probe), "\(item) \(name)")
      }
      for group in groups {
        #expect(try await Self.canI(cluster, item, as: Probe(user: "probe", groups: [group])), "\(item) \(group)")
      }
      // And for every probe, lamp's list predicts kubectl's answer (impersonation adds system:authenticated).
      for probe in Self.probes {
        let predicted =
          users.contains(probe.user) || accounts.contains(probe.user)
          || !groups.isDisjoint(with: probe.groups + ["system:authenticated"])
        let actual = try await Self.canI(cluster, item, as: probe)
        #expect(predicted == actual, "\(item.verb) \(item.resource) in \(item.namespace ?? "<cluster>") as \(probe)")
      }
    }
  }

  @Test("table output, the note on stderr, and nobody granted")
  func table() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["rbac", "who-can", "get", "secrets", "-n", "keda"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("ServiceAccount   keda/keda-operator"))
    #expect(result.stderr.contains("other authorizers"))
    Golden.assert(result.stdout, named: "who-can-secrets-keda.txt")
    let nobody = await LampRunner.run(
      ["rbac", "who-can", "create", "widgets.example.com", "--cluster-wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(nobody.code == 0)
    #expect(!nobody.stdout.contains("ServiceAccount"))
  }

  @Test("missing permission to read the RBAC objects: kubectl's message and the permission that fixes it")
  func forbidden() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["rbac", "who-can", "get", "pods", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 1)
    #expect(
      result.stderr.hasPrefix(
        "error: clusterroles.rbac.authorization.k8s.io is forbidden: User \"viewer\" cannot list resource"))
    #expect(result.stderr.contains("the fix is \"list clusterroles.rbac.authorization.k8s.io\" cluster-wide"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }
}
