import Foundation
import KubeAPI
import LampTestSupport
import RBACFeature
import Testing

@Suite("lamp rbac RESOURCE resolution through discovery")
struct RBACResolutionTests {
  struct Report: Decodable {
    var satisfied: Bool
    var items: [AccessCheck]
  }

  struct WhoCan: Decodable {
    var permission: String
    var namespace: String
    var items: [RBACGrant]
  }

  static func check(_ arguments: [String], _ cluster: TestCluster) async throws -> (LampResult, Report) {
    let result = await LampRunner.run(
      ["rbac", "check"] + arguments + ["-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0 || result.code == 3, "\(arguments): \(result.stderr)")
    return (result, try JSONDecoder().decode(Report.self, from: Data(result.stdout.utf8)))
  }

  /// `kubectl auth can-i` as the admin context impersonating `user`.
  static func canI(_ cluster: TestCluster, _ arguments: [String], as user: String) async throws -> ProcessResult {
    try await RBACBundleTests.kubectl(cluster, ["auth", "can-i"] + arguments + ["--as", user])
  }

  /// Each permission as typed resolves to `resolved` for the viewer, silently, and is allowed exactly when
  /// `kubectl auth can-i` (with `--subresource` for `resource/sub`) says yes, without a warning.
  static func agreeWithKubectl(
    _ cases: [(verb: String, typed: String, resolved: String)], _ cluster: TestCluster
  ) async throws {
    for item in cases {
      let (result, report) = try await check([item.verb, item.typed, "-n", "shop", "--context", "viewer"], cluster)
      #expect(report.items.map(\.permission) == [item.resolved], "\(item.typed)")
      #expect(result.stderr.isEmpty, "\(item.typed): \(result.stderr)")
      let typed = item.typed.split(separator: "/")
      var arguments = [item.verb, String(typed[0]), "-n", "shop"]
      if typed.count > 1 { arguments += ["--subresource", String(typed[1])] }
      let kubectl = try await canI(cluster, arguments, as: "viewer")
      #expect(!kubectl.stderr.contains("Warning"), "\(item.typed): \(kubectl.stderr)")
      #expect(report.satisfied == (kubectl.status == 0), "\(item.typed): kubectl says \(kubectl.stdout)")
    }
  }

  @Test("short, singular, kind and group-qualified names mean what kubectl auth can-i makes of them")
  func namesAgreeWithKubectl() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let cases: [(verb: String, typed: String, resolved: String)] = [
      ("list", "deployments", "list deployments.apps"), ("list", "deploy", "list deployments.apps"),
      ("list", "deployment", "list deployments.apps"), ("list", "Deployment", "list deployments.apps"),
      ("list", "deployments.apps", "list deployments.apps"), ("list", "deployment.apps", "list deployments.apps"),
      ("get", "po", "get pods"), ("get", "po/log", "get pods/log"),
      ("list", "hpa", "list horizontalpodautoscalers.autoscaling"),
      ("list", "so", "list scaledobjects.keda.sh"), ("list", "events", "list events"),
      ("list", "events.events.k8s.io", "list events.events.k8s.io"),
    ]
    try await Self.agreeWithKubectl(cases, cluster)
    // The audit's case, in a table: ALLOWED like kubectl's yes, exit 0.
    let deployments = await LampRunner.run(
      ["rbac", "check", "list", "deployments", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(deployments.code == 0, "\(deployments.stdout)\(deployments.stderr)")
    #expect(deployments.stdout.contains("ALLOWED   list deployments.apps   shop"))
  }

  @Test("RESOURCE.VERSION.GROUP resolves as kubectl auth can-i's RESTMapper does; an unknown version warns")
  func versionQualified() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let cases: [(verb: String, typed: String, resolved: String)] = [
      ("list", "deployments.v1.apps", "list deployments.apps"), ("list", "deploy.v1.apps", "list deployments.apps"),
      ("list", "Deployment.v1.apps", "list deployments.apps"),
      ("get", "deployments.v1.apps/scale", "get deployments.apps/scale"),
      ("list", "hpa.v1.autoscaling", "list horizontalpodautoscalers.autoscaling"),
      ("list", "horizontalpodautoscalers.v2.autoscaling", "list horizontalpodautoscalers.autoscaling"),
      ("list", "events.v1.events.k8s.io", "list events.events.k8s.io"),
      ("list", "scaledobjects.v1alpha1.keda.sh", "list scaledobjects.keda.sh"),
    ]
    try await Self.agreeWithKubectl(cases, cluster)
    // A version or group the server does not serve: kubectl's fallback to RESOURCE.GROUP, and its warning.
    for (typed, resource, group) in [
      ("deployments.v9.apps", "deployments", "v9.apps"), ("pods.v1.nope", "pods", "v1.nope"),
    ] {
      let (result, report) = try await Self.check(["list", typed, "-n", "shop"], cluster)
      #expect(report.items.map(\.permission) == ["list \(typed)"])
      #expect(
        result.stderr == "warning: the server doesn't have a resource type \"\(resource)\" in group \"\(group)\"\n",
        "\(result.stderr)")
      let kubectl = try await RBACBundleTests.kubectl(cluster, ["auth", "can-i", "list", typed, "-n", "shop"])
      #expect(kubectl.stderr.contains("the server doesn't have a resource type '\(resource)' in group '\(group)'"))
    }
  }

  @Test("unknown resources are asked as typed with kubectl's warning; * and impersonation's users are not warned")
  func unknownResources() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let (unknown, report) = try await Self.check(["list", "widgets", "-n", "shop"], cluster)
    #expect(report.items.map(\.permission) == ["list widgets"])
    #expect(unknown.stderr == "warning: the server doesn't have a resource type \"widgets\"\n")
    let kubectl = try await RBACBundleTests.kubectl(cluster, ["auth", "can-i", "list", "widgets", "-n", "shop"])
    #expect(kubectl.stderr.contains("the server doesn't have a resource type 'widgets'"))
    let (grouped, groupedReport) = try await Self.check(["list", "widgets.example.com", "-n", "shop"], cluster)
    #expect(groupedReport.items.map(\.permission) == ["list widgets.example.com"])
    #expect(grouped.stderr.contains("resource type \"widgets\" in group \"example.com\""))
    for arguments in [["*", "*"], ["impersonate", "users"], ["impersonate", "groups"]] {
      let (result, report) = try await Self.check(arguments, cluster)
      #expect(report.items.map(\.permission) == [arguments.joined(separator: " ")])
      #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
    }
  }

  @Test("a cluster-scoped resource is asked cluster-wide even with -n, so --suggest grants a ClusterRole")
  func clusterScoped() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let (_, report) = try await Self.check(["list", "no", "-n", "shop", "--as", "nobody@example.com"], cluster)
    #expect(report.items.map(\.permission) == ["list nodes"])
    #expect(report.items.first?.namespace == "")
    let suggest = await LampRunner.run(
      ["rbac", "check", "list", "no", "-n", "shop", "--as", "nobody@example.com", "--suggest"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(suggest.code == 3)
    #expect(suggest.stdout.contains("kind: ClusterRole\n") && !suggest.stdout.contains("kind: Role\n"))
  }

  @Test("--suggest for a short name grants the resolved group, and applying it makes kubectl say yes")
  func suggestGrantsTheRightGroup() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let arguments = ["rbac", "check", "create", "deploy", "-n", "shop", "--as", "nobody@example.com"]
    let denied = await LampRunner.run(arguments + ["--suggest"], kubeconfig: cluster.kubeconfigPath)
    #expect(denied.code == 3, "\(denied.stderr)")
    #expect(denied.stdout.hasPrefix("# Grants create deployments.apps to nobody@example.com"))
    #expect(denied.stdout.contains("- apiGroups:\n  - apps\n  resources:\n  - deployments\n"))
    #expect(!denied.stdout.contains("- \"\""), "deployments are not in the core group")
    let manifest = cluster.directory.appendingPathComponent("grant.yaml").path
    try denied.stdout.write(toFile: manifest, atomically: true, encoding: .utf8)
    let apply = try await RBACBundleTests.kubectl(cluster, ["apply", "-f", manifest])
    #expect(apply.status == 0, "\(apply.stderr)")
    let kubectl = try await Self.canI(cluster, ["create", "deployments", "-n", "shop"], as: "nobody@example.com")
    #expect(kubectl.status == 0, "\(kubectl.stdout)\(kubectl.stderr)")
    let allowed = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
    #expect(allowed.code == 0, "\(allowed.stdout)\(allowed.stderr)")
  }

  @Test("who-can resolves the resource the same way: list deploy finds the namespace's and view's subjects")
  func whoCan() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for typed in ["deployments", "deploy", "deployments.apps", "deployments.v1.apps"] {
      let result = await LampRunner.run(
        ["rbac", "who-can", "list", typed, "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(result.stderr)")
      let report = try JSONDecoder().decode(WhoCan.self, from: Data(result.stdout.utf8))
      #expect(report.permission == "list deployments.apps")
      let users = Set(report.items.filter { $0.subject.kind == Subject.userKind }.map(\.subject.name))
      #expect(users.isSuperset(of: ["viewer", "jane@example.com"]), "\(typed): \(users)")
      for user in users {
        let kubectl = try await Self.canI(cluster, ["list", "deployments", "-n", "shop"], as: user)
        #expect(kubectl.status == 0, "\(user)")
      }
    }
  }

  @Test("discovery forbidden: the check still runs on the name as typed, with one warning line")
  func discoveryForbidden() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let delete = try await RBACBundleTests.kubectl(cluster, ["delete", "clusterrolebinding", "system:discovery"])
    #expect(delete.status == 0, "\(delete.stderr)")
    let result = await LampRunner.run(
      ["rbac", "check", "list", "pods", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.contains("ALLOWED   list pods"))
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(result.stderr)")
    #expect(result.stderr.hasPrefix("warning: cannot look up \"pods\" in discovery, asking for it as typed: "))
    #expect(result.stderr.contains("forbidden"))
    let whoCan = await LampRunner.run(
      ["rbac", "who-can", "list", "pods", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(whoCan.code == 1)
    #expect(whoCan.stderr.split(separator: "\n").count == 1, "the error alone: \(whoCan.stderr)")
  }
}
