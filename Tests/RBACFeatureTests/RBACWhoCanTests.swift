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

  struct Scoped: Decodable {
    var namespace: String
    var allNamespaces: Bool?
    var items: [RBACGrant]
  }

  static func whoCan(_ arguments: [String], _ cluster: TestCluster) async throws -> Scoped {
    let result = await LampRunner.run(
      ["rbac", "who-can"] + arguments + ["-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(arguments): \(result.stderr)")
    return try JSONDecoder().decode(Scoped.self, from: Data(result.stdout.utf8))
  }

  @Test("-A: who can do it in at least one namespace, the union of every namespace's answer")
  func allNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let names = try await RBACBundleTests.kubectl(
      cluster, ["get", "namespaces", "-o", "jsonpath={range .items[*]}{.metadata.name}{\"\\n\"}{end}"])
    let namespaces = names.stdout.split(separator: "\n").map(String.init)
    #expect(namespaces.contains("keda") && namespaces.contains("shop"), "\(names.stdout)\(names.stderr)")
    for (verb, resource) in [("get", "secrets"), ("list", "pods"), ("create", "pods/exec"), ("list", "deploy")] {
      let all = try await Self.whoCan([verb, resource, "-A"], cluster)
      var union = Set<RBACGrant>()
      for namespace in namespaces {
        union.formUnion(try await Self.whoCan([verb, resource, "-n", namespace], cluster).items)
      }
      #expect(Set(all.items) == union, "\(verb) \(resource)")
      #expect(all.items == all.items.sorted())
      #expect(all.namespace == "" && all.allNamespaces == true)
      // As in kubectl, -A wins over -n.
      #expect(try await Self.whoCan([verb, resource, "-A", "-n", "shop"], cluster).items == all.items)
    }
    let secrets = try await Self.whoCan(["get", "secrets", "-A"], cluster)
    #expect(secrets.items.contains { $0.subject.name == "keda-operator" && $0.bindingNamespace == "keda" })

    // A cluster-scoped resource has no namespace to be granted in: -A is --cluster-wide.
    let nodes = try await Self.whoCan(["list", "nodes", "-A"], cluster)
    #expect(nodes.items == (try await Self.whoCan(["list", "nodes", "--cluster-wide"], cluster)).items)
    #expect(nodes.allNamespaces == false)

    let table = await LampRunner.run(["rbac", "who-can", "get", "secrets", "-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(
      table.stdout.split(separator: "\n").contains {
        $0.hasPrefix("ServiceAccount ") && $0.contains(" keda/keda-operator ")
          && $0.contains(" RoleBinding/keda/keda-operator-secrets ")
      }, "\(table.stdout)")
    let both = await LampRunner.run(
      ["rbac", "who-can", "get", "secrets", "-A", "--cluster-wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(both.code == 2)
    #expect(both.stderr.split(separator: "\n").count == 1, "\(both.stderr)")
    // An unknown resource may be namespaced: it is asked in every namespace, after discovery's warning.
    let unknown = try await Self.whoCan(["create", "widgets.example.com", "-A"], cluster)
    #expect(unknown.allNamespaces == true)
    #expect(!unknown.items.contains { $0.subject.kind == Subject.serviceAccountKind })
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
