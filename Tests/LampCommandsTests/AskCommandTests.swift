import Foundation
import KubeAPI
import LampCommands
import LampTestSupport
import Testing

/// `lamp ask` offline end to end against the demo cluster, in-process.
@Suite("lamp ask")
struct AskCommandTests {
  struct Document: Decodable {
    struct Object: Decodable {
      var kind: String
      var namespace: String
      var name: String
    }
    struct Evidence: Decodable {
      var object: Object
      var source: String
      var text: String
    }
    struct Fix: Decodable {
      var summary: String
      var commands: [String]
    }
    struct Item: Decodable {
      var rank: Int
      var relevance: String
      var severity: String
      var reason: String
      var object: Object
      var title: String
      var evidence: [Evidence]
      var fix: Fix
    }
    var apiVersion: String
    var kind: String
    var namespace: String?
    var subjects: [Object]
    var findings: [Item]
  }

  static func document(_ text: String) throws -> Document {
    try JSONDecoder().decode(Document.self, from: Data(text.utf8))
  }

  @Test("JSON: the top finding is the root cause; a Japanese question picks its namespace")
  func json() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let english = await LampRunner.run(
      ["ask", "why is the recommender pod not running?", "-n", "shop", "-o", "json"], kubeconfig: kubeconfig)
    #expect(english.code == 0, "\(english.stderr)")
    let document = try Self.document(english.stdout)
    #expect(document.apiVersion == "lamp/v1")
    #expect(document.kind == "Diagnosis")
    let top = try #require(document.findings.first)
    #expect(top.reason == "NodeSelectorMismatch")
    #expect(top.title.contains("arm64"))
    #expect(top.object.name == "recommender-6b8f7d9c5-x4hqd")

    // No -n: the question names the namespace.
    let japanese = await LampRunner.run(
      ["ask", "shopのcheckoutが再起動を繰り返しているのはなぜ？", "-o", "json"], kubeconfig: kubeconfig)
    #expect(japanese.code == 0, "\(japanese.stderr)")
    let crash = try Self.document(japanese.stdout)
    #expect(crash.namespace == "shop")
    let first = try #require(crash.findings.first)
    #expect(first.reason == "CrashLoopBackOff")
    // The previous run's log tail is fetched through pods/log.
    #expect(first.evidence.contains { $0.source.hasPrefix("log --previous") })
  }

  @Test("credentials in a crash-looping pod's log never reach the answer, in text or JSON")
  func logCredentials() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let log = [
      "connecting to postgres://admin:HunterPw99@orders-db.shop.svc:5432/orders",
      "DEBUG Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
      "ERROR token=ghp_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789 AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMIK7MDENGbPxRfiCY",
    ].joined(separator: "\n")
    let pod: [String: Any] = [
      "apiVersion": "v1", "kind": "Pod",
      "metadata": [
        "name": "leaky", "namespace": "shop", "uid": "leaky", "creationTimestamp": "2026-11-20T10:00:00Z",
        "annotations": ["lamp-sim.dev/previous-logs": log],
      ],
      "spec": [
        "nodeName": "ip-10-0-45-101.us-west-2.compute.internal", "containers": [["name": "app", "image": "x"]],
      ],
      "status": [
        "phase": "Running",
        "containerStatuses": [
          [
            "name": "app", "ready": false, "restartCount": 7, "image": "x", "imageID": "",
            "state": ["waiting": ["reason": "CrashLoopBackOff"]],
            "lastState": ["terminated": ["exitCode": 1, "reason": "Error"]],
          ]
        ],
      ],
    ]
    try await cluster.sim.apply([try JSONValue.parse(try JSONSerialization.data(withJSONObject: pod))])
    for format in ["text", "json"] {
      let run = await LampRunner.run(
        ["ask", "why is leaky crashing?", "-n", "shop"] + (format == "json" ? ["-o", "json"] : []),
        kubeconfig: cluster.kubeconfigPath)
      #expect(run.code == 0, "\(run.stderr)")
      #expect(run.stdout.contains("postgres://admin:<redacted token>@orders-db"), "\(run.stdout)")
      for secret in ["HunterPw99", "eyJhbGci", "ghp_AbCd", "wJalrXUtnFEMI"] {
        #expect(!run.stdout.contains(secret), "\(format): \(secret)")
      }
    }
  }

  @Test("autoscalers whose target kind has no scale subresource (a DaemonSet) are found, from discovery")
  func unscalableTargets() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let documents = [
      """
      {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject","metadata":{"name":"agent-scaler","namespace":"shop"},
       "spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"DaemonSet","name":"log-agent"},
         "triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}}]}}
      """,
      """
      {"apiVersion":"autoscaling/v2","kind":"HorizontalPodAutoscaler",
       "metadata":{"name":"agent-hpa","namespace":"shop"},
       "spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"DaemonSet","name":"log-agent"},"maxReplicas":3}}
      """,
    ]
    try await cluster.sim.apply(try documents.map { try JSONValue.parse(Data($0.utf8)) })
    let run = await LampRunner.run(["ask", "agent", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(run.code == 0, "\(run.stderr)")
    let findings =
      try #require(
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])["findings"] as? [[String: Any]]
    let unscalable = (findings ?? []).filter { $0["reason"] as? String == "ScaleTargetNotScalable" }
    let titles = unscalable.compactMap { $0["title"] as? String }.sorted()
    #expect(
      titles == [
        "HPA cannot scale DaemonSet log-agent: DaemonSet has no scale subresource",
        "ScaledObject cannot scale DaemonSet log-agent: DaemonSet has no scale subresource",
      ], "\(run.stdout)")
  }

  @Test("text answer, YAML, whole-namespace review and usage errors")
  func text() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let answer = await LampRunner.run(["ask", "legacy-gateway", "-n", "shop", "--explain"], kubeconfig: kubeconfig)
    #expect(answer.code == 0, "\(answer.stderr)")
    Golden.assert(answer.stdout, named: "ask-legacy-gateway.txt")
    #expect(answer.stdout.contains("1. [error] Service shop/legacy-gateway"))
    #expect(answer.stdout.contains("Trace"))

    let review = await LampRunner.run(["ask", "-n", "batch", "-o", "yaml"], kubeconfig: kubeconfig)
    #expect(review.code == 0, "\(review.stderr)")
    #expect(review.stdout.contains("kind: Diagnosis"))
    #expect(review.stdout.contains("queue-worker"))

    let all = await LampRunner.run(["ask", "-A", "--max-findings", "3"], kubeconfig: kubeconfig)
    #expect(all.code == 0, "\(all.stderr)")
    #expect(all.stdout.contains("Health review of all namespaces"))

    let bad = await LampRunner.run(["ask", "-o", "wide"], kubeconfig: kubeconfig)
    #expect(bad.code == 2)
    let both = await LampRunner.run(["ask", "-A", "-n", "shop"], kubeconfig: kubeconfig)
    #expect(both.code == 2)
  }

  @Test("a question of - is read from standard input; --continue without a model is a usage error")
  func questionOnStandardInput() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let environment = ["KUBECONFIG": kubeconfig, "LAMP_NOW": "2026-11-20T12:00:00Z", "LAMP_LLM_PROVIDER": "none"]
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    let words = await LampRunner.run(["ask", "legacy-gateway", "-n", "shop", "--offline"], kubeconfig: kubeconfig)
    #expect(words.code == 0, "\(words.stderr)")
    let piped = try await ProcessRunner.run(
      lamp, ["ask", "-", "-n", "shop", "--offline"], environment: environment,
      stdin: Data("legacy-gateway\n".utf8))
    #expect(piped.status == 0, "\(piped.stderr)")
    #expect(piped.stdout == words.stdout)
    #expect(piped.stdout.contains("Service shop/legacy-gateway"))
    let empty = try await ProcessRunner.run(lamp, ["ask", "-"], environment: environment, stdin: Data(" \n".utf8))
    #expect(empty.status == 2)
    #expect(empty.stderr.hasPrefix("error: no question on standard input"), "\(empty.stderr)")
    let mixed = await LampRunner.run(["ask", "why", "-"], kubeconfig: kubeconfig)
    #expect(mixed.code == 2)
    for arguments in [["--continue", "--offline"], ["--continue", "-o", "json"], ["--continue"]] {
      let resumed = try await ProcessRunner.run(
        lamp, ["ask", "-n", "shop"] + arguments, environment: environment, stdin: Data())
      #expect(resumed.status == 2, "\(arguments)")
      #expect(resumed.stderr.hasPrefix("error: --continue resumes a conversation with a model"), "\(resumed.stderr)")
      #expect(resumed.stdout.isEmpty, "no review is printed in place of the conversation")
    }
    // Said before the cluster is read: no kubeconfig is needed to learn that.
    let early = await LampRunner.run(
      ["ask", "--continue"], kubeconfig: "/nonexistent/kubeconfig", environment: ["LAMP_LLM_PROVIDER": "none"])
    #expect(early.code == 2)
    #expect(early.stderr.hasPrefix("error: --continue resumes a conversation with a model"), "\(early.stderr)")
  }
}
