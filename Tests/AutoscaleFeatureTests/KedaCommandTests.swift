import Foundation
import LampTestSupport
import Testing

@Suite("lamp keda")
struct KedaCommandTests {
  @Test("scaled: active, idle at zero, paused, error; table, wide and JSON")
  func scaled() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let table = await LampRunner.run(["keda", "scaled"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.first { $0.contains("web-scaler") }?.contains("Active") == true)
    #expect(lines.first { $0.contains("thumbnailer-scaler") }?.contains("Idle at zero") == true)
    #expect(lines.first { $0.contains("etl-runner-scaler") }?.contains("Paused at") == true)
    #expect(lines.first { $0.contains("orders-consumer-scaler") }?.contains("Error") == true)
    #expect(lines.first { $0.contains("legacy-cart-scaler") }?.contains("(missing)") == true)
    #expect(lines.first { $0.contains("invoice-processor") }?.contains("ScaledJob") == true)
    Golden.assert(table.stdout, named: "scaled.txt")

    let wide = await LampRunner.run(["keda", "scaled", "-o", "wide"], kubeconfig: cluster.kubeconfigPath)
    #expect(wide.stdout.contains("s0-rabbitmq-orders Failing ×184"))
    #expect(wide.stdout.contains("s0-prometheus=61250m/50"))
    Golden.assert(wide.stdout, named: "scaled-wide.txt")

    let json = await LampRunner.run(["keda", "scaled", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"kind\": \"ScaledList\""))
    Golden.assert(json.stdout, named: "scaled.json")
  }

  @Test("--state filters and -n narrows; a bad --state is a usage error")
  func stateFilter() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let errors = await LampRunner.run(
      ["keda", "scaled", "--state", "error", "--no-headers"], kubeconfig: cluster.kubeconfigPath)
    let names = errors.stdout.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true)[1]
    }
    #expect(names == ["legacy-cart-scaler", "orders-consumer-scaler"])
    let zero = await LampRunner.run(
      ["keda", "scaled", "--state", "zero,paused", "-n", "batch", "--no-headers"], kubeconfig: cluster.kubeconfigPath)
    #expect(zero.stdout.split(separator: "\n").count == 2)
    #expect(zero.stdout.contains("thumbnailer-scaler") && zero.stdout.contains("etl-runner-scaler"))
    let bad = await LampRunner.run(["keda", "scaled", "--state", "sleepy"], kubeconfig: cluster.kubeconfigPath)
    #expect(bad.code == 2)
  }

  @Test("scaled NAME: the detail view with triggers, authentication, conditions, HPA and events")
  func detail() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let text = await LampRunner.run(
      ["keda", "scaled", "orders-consumer-scaler", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(text.code == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Authentication: TriggerAuthentication/rabbitmq-auth"))
    #expect(text.stdout.contains("Ready=False TriggerError"))
    Golden.assert(text.stdout, named: "scaled-orders-consumer.txt")
    let json = await LampRunner.run(
      ["keda", "scaled", "web-scaler", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"kind\": \"ScaledDetail\""))
    Golden.assert(json.stdout, named: "scaled-web-scaler.json")
    let missing = await LampRunner.run(["keda", "scaled", "nope", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(missing.code == 1)
    #expect(missing.stderr == "error: no ScaledObject or ScaledJob \"nope\" in namespace \"shop\"\n")
  }

  @Test("auth: sources, users, and a reference to a missing Secret is flagged")
  func auth() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.missingSecretAuth, KedaFixtures.fallbackObject])
    let table = await LampRunner.run(["keda", "auth"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stdout.contains("Secret shop/kafka-credentials not found"))
    #expect(table.stdout.contains("ScaledObject shop/web-scaler"))
    Golden.assert(table.stdout, named: "auth.txt")
    let json = await LampRunner.run(["keda", "auth", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"missingSecrets\""))
    Golden.assert(json.stdout, named: "auth.json")
  }

  @Test("auth: a reference to a name no Secret can have (\"..\") is a missing Secret, not a failed command")
  func impossibleSecretName() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let auth = KedaFixtures.missingSecretAuth.replacingOccurrences(
      of: #""name":"kafka-credentials""#, with: #""name":"..""#)
    try await KedaFixtures.apply(cluster, [auth, KedaFixtures.fallbackObject])
    let table = await LampRunner.run(["keda", "auth"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stdout.contains("Secret shop/.. not found"), "\(table.stdout)")
  }

  @Test("fallback state, and trigger credentials are redacted in the detail view")
  func fallback() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.missingSecretAuth, KedaFixtures.fallbackObject])
    let table = await LampRunner.run(
      ["keda", "scaled", "--state", "fallback", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stdout.contains("Fallback to 6"))
    Golden.assert(table.stdout, named: "scaled-fallback.txt")
    let detail = await LampRunner.run(
      ["keda", "scaled", "kafka-scaler", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(!detail.stdout.contains("hunter2"))
    #expect(detail.stdout.contains("secret sasl=kafka-credentials/password (missing)"))
    Golden.assert(detail.stdout, named: "scaled-kafka-fallback.txt")
  }

  @Test("credentials inline in trigger metadata are redacted: headers, Bearer/Basic values, tokens; table, JSON, YAML")
  func inlineCredentials() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.inlineCredentialsObject])
    let secrets = ["HdrTok5", "KeyTok6", "QmFzaWNUb2s3", "InlineTok8", "CustomTok9"]
    for format in ["table", "json", "yaml"] {
      let result = await LampRunner.run(
        ["keda", "scaled", "headers-scaler", "-n", "shop", "-o", format], kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 0, "\(result.stderr)")
      for secret in secrets { #expect(!result.stdout.contains(secret), "\(format) shows \(secret)") }
      #expect(result.stdout.contains("Authorization=<redacted>,X-Scope-OrgID=tenant-a,X-Api-Key=<redacted>"))
      #expect(result.stdout.contains("sum(rate(http_requests_total[2m]))"))
    }
  }

  @Test("scaled NAME escapes control characters in every part that comes from the cluster, keys included")
  func detailEscapesKeys() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(
      cluster,
      [
        """
        {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
         "metadata":{"name":"esc-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
         "spec":{"scaleTargetRef":{"name":"web"},"minReplicaCount":1,"maxReplicaCount":3,
           "triggers":[{"type":"cron\\u001b]0;pwned\\u0007","metadata":{"k\\u001b]0;pwned\\u0007":"v"}}]}}
        """,
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"esc-scaler.1","namespace":"shop"},
         "involvedObject":{"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","name":"esc-scaler",
           "namespace":"shop"},
         "reason":"Bad\\u001b[31m","type":"Warning","message":"m","count":1,"lastTimestamp":"2026-11-20T11:00:00Z"}
        """,
      ])
    let detail = await LampRunner.run(
      ["keda", "scaled", "esc-scaler", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(detail.code == 0, "\(detail.stderr)")
    #expect(!detail.stdout.contains("\u{1B}") && !detail.stdout.contains("\u{07}"), "\(detail.stdout)")
    #expect(detail.stdout.contains("cron\\x1b]0;pwned\\x07"), "\(detail.stdout)")
    #expect(detail.stdout.contains("Bad\\x1b[31m"), "\(detail.stdout)")
  }

  @Test("a missing target is an Error even before KEDA writes a status")
  func missingTargetWithoutStatus() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.missingTargetObject])
    let table = await LampRunner.run(["keda", "scaled", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let row = TableText.row(table.stdout, containing: "ghost-scaler")
    #expect(row.contains("Deployment/ghost (missing)"), "\(row)")
    #expect(row.contains("Error"), "\(row)")
    let errors = await LampRunner.run(
      ["keda", "scaled", "--state", "error", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(errors.stdout.contains("\"name\": \"ghost-scaler\""))
  }

  @Test("a target of a kind or version the cluster does not serve (an argo Rollout without argo) is missing: an Error")
  func targetKindNotServed() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.rolloutTargetObject, KedaFixtures.unservedVersionObject])
    let table = await LampRunner.run(["keda", "scaled", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let row = TableText.row(table.stdout, containing: "rollout-scaler")
    #expect(row.contains("Rollout/web (missing)"), "\(row)")
    #expect(row.contains("Error"), "\(row)")
    // apps/v9 is not served, though Deployment web exists in apps/v1.
    let version = TableText.row(table.stdout, containing: "v9-scaler")
    #expect(version.contains("Deployment/web (missing)") && version.contains("Error"), "\(version)")
  }

  @Test("a target whose kind has no scale subresource (a DaemonSet, a CRD without one) is not scalable: an Error")
  func targetKindNotScalable() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, KedaFixtures.scaleSubresourceObjects)
    let table = await LampRunner.run(["keda", "scaled", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let agent = TableText.row(table.stdout, containing: "agent-scaler")
    #expect(agent.contains("DaemonSet/default (not scalable)") && agent.contains("Error"), "\(agent)")
    let nodeClass = TableText.row(table.stdout, containing: "nodeclass-scaler")
    #expect(nodeClass.contains("EC2NodeClass/default (not scalable)") && nodeClass.contains("Error"), "\(nodeClass)")
    // The NodePool CRD declares a scale subresource.
    let pool = TableText.row(table.stdout, containing: "pool-scaler")
    #expect(pool.contains("NodePool/default") && !pool.contains("Error"), "\(pool)")
    let detail = await LampRunner.run(
      ["keda", "scaled", "agent-scaler", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(detail.stdout.contains("Target: DaemonSet/default (not scalable)"), "\(detail.stdout)")
    let json = await LampRunner.run(
      ["keda", "scaled", "-n", "shop", "--state", "error", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"targetUnscalable\": true"))
    #expect(!json.stdout.contains("pool-scaler"))
  }

  @Test("auth: a key the Secret lacks is a problem naming the key; Secret values are never printed")
  func missingSecretKey() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await KedaFixtures.apply(cluster, [KedaFixtures.missingKeyAuth])
    let table = await LampRunner.run(["keda", "auth", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(table.code == 0, "\(table.stderr)")
    let row = TableText.row(table.stdout, containing: "wrong-key-auth")
    #expect(row.last == "Secret shop/prometheus-reader has no key \"token\"", "\(row)")
    #expect(row.contains { $0.contains("bearerToken=prometheus-reader/token (no such key)") })
    #expect(TableText.row(table.stdout, containing: "prometheus-auth").last == "<none>")
    let json = await LampRunner.run(["keda", "auth", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains("\"keyExists\": false"))
    #expect(json.stdout.contains("\"key\": \"token\""))
    // The demo's `prometheus-reader` holds `prom-reader-7Kq2vX9mWc4LpT8z` (base64 `cHJvbS1yZWFkZXIt…`).
    for output in [table.stdout, json.stdout] {
      #expect(!output.contains("prom-reader-7Kq2") && !output.contains("cHJvbS1yZWFkZXIt"))
    }
  }

  @Test("-A is accepted where all namespaces are the default, and wins over -n; not with NAME")
  func allNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let plain = await LampRunner.run(["keda", "scaled"], kubeconfig: cluster.kubeconfigPath)
    let all = await LampRunner.run(["keda", "scaled", "-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(all.code == 0, "\(all.stderr)")
    #expect(all.stdout == plain.stdout)
    let both = await LampRunner.run(
      ["keda", "scaled", "--all-namespaces", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(both.stdout == plain.stdout)
    let auth = await LampRunner.run(["keda", "auth", "-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(auth.code == 0, "\(auth.stderr)")
    #expect(auth.stdout.contains("aws-pod-identity"))
    let named = await LampRunner.run(["keda", "scaled", "web-scaler", "-A"], kubeconfig: cluster.kubeconfigPath)
    #expect(named.code == 2)
    #expect(named.stderr.contains("give its namespace with -n"))
  }

  @Test("an empty --state or a --keda-namespace no path can hold is a usage error, before any request")
  func emptyValues() async throws {
    for arguments in [
      ["keda", "scaled", "--state", ""], ["keda", "scaled", "--state", "error,"],
      ["keda", "auth", "--keda-namespace", ""],
      ["keda", "scaled", "--keda-namespace", ".."],
    ] {
      let result = await LampRunner.run(arguments, kubeconfig: "/nonexistent/kubeconfig")
      #expect(result.code == 2, "\(arguments): \(result.stderr)")
    }
  }

  @Test("ScaledObjects served but no trigger authentication kind: auth says the CRDs are missing")
  func authenticationsNotServed() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for crd in ["triggerauthentications.keda.sh", "clustertriggerauthentications.keda.sh"] {
      let deletion = try await SimCurl(cluster).request(
        "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/\(crd)", method: "DELETE")
      #expect(deletion.status == 200)
    }
    let auth = await LampRunner.run(["keda", "auth"], kubeconfig: cluster.kubeconfigPath)
    #expect(auth.code == 1 && auth.stdout.isEmpty)
    #expect(
      auth.stderr
        == "error: the cluster serves no keda.sh TriggerAuthentication (is its CustomResourceDefinition installed?)\n")
  }

  @Test("ScaledObjects no longer served since discovery was cached: not installed, not a list of ScaledJobs alone")
  func scaledObjectsGone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let cache = ["XDG_CACHE_HOME": cluster.directory.appendingPathComponent("cache").path]
    let before = await LampRunner.run(["keda", "scaled", "-A"], kubeconfig: cluster.kubeconfigPath, environment: cache)
    #expect(before.code == 0, "\(before.stderr)")
    let deletion = try await SimCurl(cluster).request(
      "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/scaledobjects.keda.sh", method: "DELETE")
    #expect(deletion.status == 200)
    let after = await LampRunner.run(["keda", "scaled", "-A"], kubeconfig: cluster.kubeconfigPath, environment: cache)
    #expect(after.code == 1 && after.stdout.isEmpty, "\(after.stdout)")
    #expect(after.stderr == "error: KEDA is not installed: the cluster serves no keda.sh ScaledObject\n")
  }

  @Test("no KEDA CRD: one line, exit 1")
  func notInstalled() async throws {
    let cluster = try await TestCluster.start(scenario: .empty)
    defer { Task { await cluster.stop() } }
    for command in [["scaled"], ["auth"], ["scaled", "x"]] {
      let result = await LampRunner.run(["keda"] + command, kubeconfig: cluster.kubeconfigPath)
      #expect(result.code == 1)
      #expect(result.stderr == "error: KEDA is not installed: the cluster serves no keda.sh ScaledObject\n")
    }
  }
}
