import Foundation
import KubeAPI
import LampTestSupport
import Synchronization
import Testing

@testable import RBACFeature

@Suite("lamp rbac check FEATURE")
struct RBACBundleTests {
  static func kubectl(_ cluster: TestCluster, _ arguments: [String]) async throws -> ProcessResult {
    try await ProcessRunner.run(
      "/usr/bin/kubectl", ["--kubeconfig", cluster.kubeconfigPath, "--context", "admin"] + arguments,
      environment: ["HOME": cluster.directory.path, "PATH": "/usr/bin:/bin"])
  }

  @Test("suggestions for two subjects never share a name, so applying the second cannot revoke the first")
  func suggestionNamesNameTheSubject() throws {
    let spec = PermissionSpec(
      attributes: ResourceAttributes(verb: "get", resource: "secrets", name: "api-db", namespace: "shop"))
    let jane = RoleSuggestion(for: spec, subject: RoleSuggestion.subject(forUser: "jane@example.com"), name: "lamp")
    let robot = RoleSuggestion(
      for: spec, subject: RoleSuggestion.subject(forUser: "system:serviceaccount:ci:robot"), name: "lamp")
    #expect(jane.role?.metadata.name == "lamp-get-secrets-api-db-for-jane-example-com")
    #expect(robot.role?.metadata.name == "lamp-get-secrets-api-db-for-sa-ci-robot")
    let other = RoleSuggestion(
      for: PermissionSpec(attributes: ResourceAttributes(verb: "get", resource: "secrets", namespace: "shop")),
      subject: RoleSuggestion.subject(forUser: "jane@example.com"), name: "lamp")
    #expect(other.role?.metadata.name == "lamp-get-secrets-for-jane-example-com", "no resource name, another role")
    // Long names are cut to 63 characters, kept apart by a hash of the whole.
    let long = (1...2).map { index in
      BundleSuggestion(
        granting: [spec], subject: RoleSuggestion.subject(forUser: String(repeating: "x", count: 70) + "\(index)"),
        name: "lamp-prometheus"
      ).roles.first?.metadata.name ?? ""
    }
    #expect(long.allSatisfy { $0.count == 63 }, "\(long)")
    #expect(long[0] != long[1])
  }

  @Test("the Prometheus story: DENIED for no-pods-proxy, --suggest applied through the API makes it ALLOWED")
  func prometheusStory() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let arguments = ["rbac", "check", "prometheus", "-n", "monitoring", "--context", "no-pods-proxy"]
    let denied = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
    #expect(denied.code == 3, "\(denied.stderr)")
    #expect(denied.stdout.contains("DENIED    get pods/proxy"))
    #expect(denied.stdout.contains("ALLOWED   list pods"))
    Golden.assert(denied.stdout, named: "bundle-prometheus-denied.txt")

    let suggested = await LampRunner.run(arguments + ["--suggest"], kubeconfig: cluster.kubeconfigPath)
    #expect(suggested.code == 3)
    #expect(suggested.stdout.contains("name: lamp-prometheus-for-no-pods-proxy\n"))
    #expect(suggested.stdout.contains("- pods/proxy"))
    #expect(!suggested.stdout.contains("'*'") && !suggested.stdout.contains("\"*\""), "never wildcards")
    #expect(suggested.stderr.contains("DENIED"), "the verdict goes to stderr, stdout is pure YAML")
    Golden.assert(suggested.stdout, named: "bundle-prometheus-suggest.txt")

    let manifest = cluster.directory.appendingPathComponent("grant.yaml").path
    try suggested.stdout.write(toFile: manifest, atomically: true, encoding: .utf8)
    let apply = try await Self.kubectl(cluster, ["apply", "-f", manifest])
    #expect(apply.status == 0, "\(apply.stderr)")

    let allowed = await LampRunner.run(arguments + ["-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(allowed.code == 0, "\(allowed.stdout)\(allowed.stderr)")
    #expect(allowed.stdout.contains("\"satisfied\": true"))
    let single = await LampRunner.run(
      ["rbac", "check", "get", "pods/proxy", "-n", "monitoring", "--context", "no-pods-proxy"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(single.code == 0 && single.stdout.contains("ALLOWED"))
  }

  @Test("a suggestion across all namespaces has a name of its own: applied after a namespace's, it revokes nothing")
  func allNamespacesSuggestionKeepsTheNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let inShop = ["rbac", "check", "map", "-n", "shop", "--as", "gina"]
    let everywhere = ["rbac", "check", "map", "-A", "--as", "gina"]
    for (arguments, name) in [(inShop, "lamp-map-for-gina"), (everywhere, "lamp-map-all-namespaces-for-gina")] {
      let suggested = await LampRunner.run(arguments + ["--suggest"], kubeconfig: cluster.kubeconfigPath)
      #expect(suggested.code == 3, "\(suggested.stderr)")
      #expect(suggested.stdout.contains("kind: ClusterRole\nmetadata:\n  name: \(name)\n"), "\(suggested.stdout)")
      let manifest = cluster.directory.appendingPathComponent("\(name).yaml").path
      try suggested.stdout.write(toFile: manifest, atomically: true, encoding: .utf8)
      let apply = try await Self.kubectl(cluster, ["apply", "-f", manifest])
      #expect(apply.status == 0, "\(apply.stderr)")
    }
    for arguments in [inShop, everywhere] {
      let check = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(check.code == 0, "\(arguments): \(check.stdout)")
    }
  }

  @Test("--as, --as-group and --serviceaccount ask for another subject through impersonation")
  func otherSubjects() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let keda = await LampRunner.run(
      ["rbac", "check", "secrets", "-n", "shop", "--serviceaccount", "keda:keda-operator"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(keda.code == 3, "the demo's KEDA denial: \(keda.stderr)")
    #expect(keda.stdout.contains("DENIED   get secrets"))
    let viewer = await LampRunner.run(
      ["rbac", "check", "prometheus", "-n", "monitoring", "--as", "no-pods-proxy"], kubeconfig: cluster.kubeconfigPath)
    #expect(viewer.code == 3)
    let admins = await LampRunner.run(
      ["rbac", "check", "all", "-n", "shop", "--as", "probe", "--as-group", "lamp-sim:exec-users", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(admins.code == 0, "\(admins.stdout)\(admins.stderr)")
    #expect(!admins.stdout.contains("\"allowed\": false"))
    let forbidden = await LampRunner.run(
      ["rbac", "check", "events", "--context", "viewer", "--as", "someone"], kubeconfig: cluster.kubeconfigPath)
    #expect(forbidden.code == 1)
    #expect(forbidden.stderr.contains("impersonate"))
    #expect(forbidden.stderr.hasSuffix("; the fix is \"impersonate users\" (someone) cluster-wide\n"))
    // A service account is impersonated through serviceaccounts, in its namespace.
    let account = await LampRunner.run(
      ["rbac", "check", "events", "--context", "viewer", "--serviceaccount", "shop:default"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(account.code == 1)
    #expect(
      account.stderr.hasSuffix("; the fix is \"impersonate serviceaccounts\" (default) in namespace shop\n"),
      "\(account.stderr)")
  }

  @Test("a subject with no rights at all: every need DENIED, exit 3, and a suggestion for all of them")
  func noRights() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["rbac", "check", "all", "-n", "shop", "--as", "nobody@example.com", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 3)
    #expect(!result.stdout.contains("\"allowed\": true"))
    #expect(result.stdout.contains("\"satisfied\": false"))
    let suggest = await LampRunner.run(
      ["rbac", "check", "events", "-n", "shop", "--as", "nobody@example.com", "--suggest"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(suggest.code == 3)
    #expect(suggest.stdout.contains("kind: ClusterRole\n") && suggest.stdout.contains("kind: Role\n"))
    #expect(suggest.stdout.contains("name: lamp-events-for-nobody-example-com\n"))
    Golden.assert(suggest.stdout, named: "bundle-events-suggest.txt")

    // The suggestion for everything, applied, is enough for everything.
    let all = ["rbac", "check", "all", "-n", "shop", "--as", "nobody@example.com"]
    let grantAll = await LampRunner.run(all + ["--suggest"], kubeconfig: cluster.kubeconfigPath)
    #expect(grantAll.code == 3)
    #expect(grantAll.stdout.contains("name: lamp-all-for-nobody-example-com\n"))
    #expect(!grantAll.stdout.contains("'*'") && !grantAll.stdout.contains("\"*\""), "never wildcards")
    // A permission the ClusterRole grants is not repeated in the Role, nor twice in the comment.
    let documents = grantAll.stdout.components(separatedBy: "---\n")
    let role = try #require(documents.first { $0.hasPrefix("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\n") })
    let clusterRole = try #require(
      documents.first { $0.hasPrefix("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n") })
    let both = ["scaledobjects", "scaledjobs", "statefulsets", "horizontalpodautoscalers"]
    for resource in both { #expect(clusterRole.contains("- \(resource)"), "\(resource)") }
    for resource in both {
      #expect(!role.contains("- \(resource)"), "\(resource) is granted cluster-wide already")
    }
    #expect(role.contains("- secrets") && role.contains("- pods/proxy"), "what only the namespace needs stays")
    let comment = try #require(grantAll.stdout.split(separator: "\n").first)
    let granted = comment.dropFirst("# Grants ".count).components(separatedBy: " to nobody@example.com")[0]
      .components(separatedBy: ", ")
    #expect(granted.count == Set(granted).count, "\(granted)")
    let manifest = cluster.directory.appendingPathComponent("grant-all.yaml").path
    try grantAll.stdout.write(toFile: manifest, atomically: true, encoding: .utf8)
    let apply = try await Self.kubectl(cluster, ["apply", "-f", manifest])
    #expect(apply.status == 0, "\(apply.stderr)")
    let after = await LampRunner.run(all, kubeconfig: cluster.kubeconfigPath)
    #expect(after.code == 0, "\(after.stdout)\(after.stderr)")
  }

  @Test("--list prints every bundle; unknown features and bad argument counts are usage errors")
  func catalog() async throws {
    let list = await LampRunner.run(["rbac", "check", "--list"], kubeconfig: "/nonexistent")
    #expect(list.code == 0)
    for name in ["events", "map", "karpenter", "keda", "secrets", "ask", "ask-write", "prometheus", "all"] {
      #expect(list.stdout.contains("\n\(name) "), "\(name)")
    }
    Golden.assert(list.stdout, named: "bundle-list.txt")
    let json = await LampRunner.run(["rbac", "check", "--list", "-o", "json"], kubeconfig: "/nonexistent")
    #expect(json.stdout.contains("\"kind\": \"FeatureBundleList\""))
    let unknown = await LampRunner.run(["rbac", "check", "events", "nope"], kubeconfig: "/nonexistent")
    #expect(unknown.code == 2)
    #expect(unknown.stderr.contains("unknown feature \"nope\""))
    let words = await LampRunner.run(["rbac", "check", "get"], kubeconfig: "/nonexistent")
    #expect(words.code == 2)
    #expect(
      words.stderr
        == "error: \"get\" is a verb: name the resource too, as in lamp rbac check get pods; see 'lamp rbac check --help'\n"
    )
    let suggestJSON = await LampRunner.run(
      ["rbac", "check", "events", "--suggest", "-o", "json"], kubeconfig: "/nonexistent")
    #expect(suggestJSON.code == 2)
  }

  @Test("--rules: everything the subject may do in the namespace (SelfSubjectRulesReview), like kubectl's --list")
  func rules() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["rbac", "check", "--rules", "-n", "monitoring", "--context", "no-pods-proxy"], kubeconfig: cluster.kubeconfigPath
    )
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\npods        "))
    #expect(result.stdout.contains("[get list watch]"))
    #expect(!result.stdout.contains("pods/proxy"))
    #expect(result.stderr.isEmpty, "complete: no warning")
    Golden.assert(result.stdout, named: "rules-no-pods-proxy.txt")
    let kubectl = try await Self.kubectl(
      cluster, ["auth", "can-i", "--list", "-n", "monitoring", "--as", "no-pods-proxy"])
    #expect(kubectl.status == 0, "\(kubectl.stderr)")
    for resource in ["pods", "services", "selfsubjectaccessreviews.authorization.k8s.io"] {
      #expect(kubectl.stdout.contains("\n\(resource) "), "kubectl lists \(resource) too")
    }
    let json = await LampRunner.run(
      ["rbac", "check", "--rules", "-n", "shop", "--as", "nobody@example.com", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"kind\": \"SubjectRules\""))
    #expect(json.stdout.contains("\"incomplete\": false"))
    #expect(!json.stdout.contains("\"pods\""), "a subject with no rights has only the discovery rules")
    let both = await LampRunner.run(["rbac", "check", "--rules", "events"], kubeconfig: cluster.kubeconfigPath)
    #expect(both.code == 2)
    for flag in ["-A", "--cluster-wide"] {
      let everywhere = await LampRunner.run(["rbac", "check", "--rules", flag], kubeconfig: cluster.kubeconfigPath)
      #expect(everywhere.code == 2, "\(flag): \(everywhere.stdout)")
      #expect(everywhere.stderr.contains("--rules lists one namespace's rules"))
    }

    // Subresources with a group are written as kubectl writes them, which lamp rbac check reads back.
    let jane = await LampRunner.run(
      ["rbac", "check", "--rules", "-n", "shop", "--as", "jane@example.com"], kubeconfig: cluster.kubeconfigPath)
    let janeByKubectl = try await Self.kubectl(
      cluster, ["auth", "can-i", "--list", "-n", "shop", "--as", "jane@example.com"])
    #expect(jane.stdout.contains("\ndeployments.apps/scale "), "\(jane.stdout)")
    #expect(janeByKubectl.stdout.contains("\ndeployments.apps/scale "), "\(janeByKubectl.stdout)")
    #expect(!jane.stdout.contains("/scale.apps"))
  }

  @Test("the events bundle asks what EventsQuery requests")
  func eventsBundleMatchesQuery() throws {
    let needs = try #require(try FeatureBundle.named("events").first).needs
    let asked = Set(needs.map { $0.spec(namespace: "ns").description })
    #expect(
      asked == [
        "list pods", "watch pods", "get pods", "list events.events.k8s.io", "watch events.events.k8s.io", "list nodes",
        "list nodepools.karpenter.sh", "get nodeclaims.karpenter.sh", "list ec2nodeclasses.karpenter.k8s.aws",
        "list nodeclasses.eks.amazonaws.com", "list aksnodeclasses.karpenter.azure.com", "list replicasets.apps",
        "list jobs.batch", "list statefulsets.apps", "list daemonsets.apps",
      ])
    #expect(try FeatureBundle.named("all").count == 8)
  }

  /// Each bundle against what its commands request from lamp-sim's demo, in a namespace and in all of them.
  static let bundleCommands: [(bundle: String, commands: [[String]])] = [
    // A question naming a Secret makes ask read Secret and ConfigMap names.
    ("ask", [["ask", "why does checkout crash? it reads db-credentials", "-n", "shop"], ["ask", "checkout", "-A"]]),
    ("map", [["map", "-n", "shop"], ["map", "-A"]]),
    ("karpenter", [["karpenter", "nodepools"], ["karpenter", "nodeclaims"], ["karpenter", "pending"]]),
    (
      "keda",
      [
        ["keda", "scaled", "-A"], ["keda", "auth", "-A"],
        ["keda", "scaled", "orders-consumer-scaler", "-n", "shop"],
      ]
    ),
  ]

  @Test("a bundle asks for what its commands request, no more and no less", arguments: 0..<bundleCommands.count)
  func bundleMatchesRequests(index: Int) async throws {
    let (bundle, commands) = Self.bundleCommands[index]
    let log = Mutex<Set<String>>([])
    let cluster = try await TestCluster.start { $0.permissionLog = { line in log.withLock { _ = $0.insert(line) } } }
    defer { Task { await cluster.stop() } }
    for command in commands {
      let result = await LampRunner.run(command, kubeconfig: cluster.kubeconfigPath)
      #expect([0, 3].contains(result.code), "\(command): \(result.stderr)")
    }
    // What the commands' requests needed (read before `rbac check` makes its own).
    let requested = log.withLock { $0 }
    // What `rbac check` asks this server about: the bundle's needs on the kinds it serves.
    let check = await LampRunner.run(["rbac", "check", bundle, "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(check.code == 0, "\(check.stderr)")
    let asked = Set(try Self.permissions(inReport: check.stdout))
    #expect(requested.subtracting(asked).isEmpty, "\(bundle) requests what it does not ask for")
    #expect(asked.subtracting(requested).isEmpty, "\(bundle) asks for what it does not request")
  }

  @Test("kinds the server does not serve are left out: no Karpenter, KEDA or Gateway API on an empty cluster")
  func unservedKindsLeftOut() async throws {
    let cluster = try await TestCluster.start(scenario: .empty)
    defer { Task { await cluster.stop() } }
    let check = await LampRunner.run(["rbac", "check", "all", "-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(check.code == 0, "\(check.stderr)")
    let groups = [
      "karpenter.sh", "karpenter.k8s.aws", "karpenter.azure.com", "eks.amazonaws.com", "keda.sh", "gateway.",
    ]
    for group in groups {
      #expect(!check.stdout.contains(group), "\(group)")
    }
    #expect(check.stdout.contains("list events.events.k8s.io"), "built-in kinds stay")
    #expect(check.stdout.contains("get pods/proxy"))
  }

  @Test("on a server without events.k8s.io, events are asked about in the core group, where lamp reads them")
  func coreEventsFallback() async throws {
    let cluster = try await TestCluster.start { $0.hiddenGroups = ["events.k8s.io"] }
    defer { Task { await cluster.stop() } }
    let check = await LampRunner.run(["rbac", "check", "events", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(check.code == 0, "\(check.stderr)")
    let asked = try Self.permissions(inReport: check.stdout)
    #expect(asked.contains("list events") && asked.contains("watch events"), "\(asked)")
    #expect(!asked.contains { $0.contains("events.k8s.io") }, "\(asked)")
  }

  /// The permissions of a `rbac check -o json` report, in its order.
  static func permissions(inReport json: String) throws -> [String] {
    struct Report: Decodable {
      var items: [Item]
      struct Item: Decodable { var permission: String }
    }
    return try JSONDecoder().decode(Report.self, from: Data(json.utf8)).items.map(\.permission)
  }

  @Test("missing: a need granted cluster-wide is not granted again in the namespace, and each need once")
  func missingCoveredByClusterWide() throws {
    func entry(_ resource: String, namespace: String, group: String? = nil) throws -> FeatureAccessReport.Entry {
      var spec = try PermissionSpec(verb: "list", resource: resource)
      spec.attributes.namespace = namespace
      let check = AccessCheck(
        permission: spec.description, namespace: namespace, allowed: false, denied: false, reason: nil,
        evaluationError: nil, alternatives: group)
      return FeatureAccessReport.Entry(spec: spec, check: check)
    }
    let report = FeatureAccessReport(entries: [
      try entry("scaledobjects.keda.sh", namespace: "shop"), try entry("secrets", namespace: "shop"),
      try entry("pods", namespace: "shop", group: "p"), try entry("pods", namespace: "shop"),
      try entry("scaledobjects.keda.sh", namespace: ""),
    ])
    #expect(report.missing.map(\.description) == ["list secrets", "list pods", "list scaledobjects.keda.sh"])
    #expect(report.missing.map(\.attributes.namespace) == ["shop", "shop", ""])
    let suggestion = BundleSuggestion(
      granting: report.missing, subject: RoleSuggestion.subject(forUser: "jane"), name: "all")
    #expect(suggestion.roles.first?.rules.flatMap(\.resources).sorted() == ["pods", "secrets"])
    #expect(suggestion.clusterRole?.rules.flatMap(\.resources) == ["scaledobjects"])
  }

  @Test("alternatives: one allowed is enough; the suggestion grants the first of an all-denied group")
  func alternatives() throws {
    func entry(_ verb: String, _ resource: String, allowed: Bool, group: String?) throws -> FeatureAccessReport.Entry {
      var spec = try PermissionSpec(verb: verb, resource: resource)
      spec.attributes.namespace = "monitoring"
      let check = AccessCheck(
        permission: spec.description, namespace: "monitoring", allowed: allowed, denied: false, reason: nil,
        evaluationError: nil, alternatives: group)
      return FeatureAccessReport.Entry(spec: spec, check: check)
    }
    let oneAllowed = FeatureAccessReport(entries: [
      try entry("get", "pods/proxy", allowed: false, group: "p"),
      try entry("get", "services/proxy", allowed: true, group: "p"),
    ])
    #expect(oneAllowed.satisfied)
    let noneAllowed = FeatureAccessReport(entries: [
      try entry("list", "pods", allowed: false, group: nil),
      try entry("get", "pods/proxy", allowed: false, group: "p"),
      try entry("get", "services/proxy", allowed: false, group: "p"),
    ])
    #expect(noneAllowed.missing.map(\.description) == ["list pods", "get pods/proxy"])
    let suggestion = BundleSuggestion(
      granting: noneAllowed.missing, subject: RoleSuggestion.subject(forUser: "jane"), name: "Prometheus")
    #expect(suggestion.roles.count == 1 && suggestion.clusterRole == nil)
    #expect(suggestion.roles.first?.name == "prometheus-for-jane")
    #expect(suggestion.roles.first?.rules.map(\.verbs) == [["get"], ["list"]])
    #expect(suggestion.roles.first?.rules.flatMap(\.resources) == ["pods/proxy", "pods"])
  }
}
