import Formatters
import Foundation
import KubeAPI
import LampCommands
import LampTestSupport
import Synchronization
import Testing

/// `lamp events` end to end against the demo cluster, in-process, with the clock pinned to the demo's "now".
@Suite("lamp events")
struct EventsCommandTests {
  struct Report: Decodable {
    struct Pending: Decodable {
      var kind: String
      var namespace: String
      var name: String
      var reason: String
      var explanation: String
      var pendingSeconds: Int
    }
    struct Item: Decodable {
      var type: String
      var reason: String
      var lastSeen: String?
      var count: Int
      var object: ObjectReference
    }
    var apiVersion: String
    var kind: String
    var pending: [Pending]
    var events: [Item]
    var warnings: [String]
  }

  static func report(_ text: String) throws -> Report {
    try JSONDecoder().decode(Report.self, from: Data(text.utf8))
  }

  @Test("golden files: table, wide, JSON, YAML and 80 columns")
  func golden() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let table = await LampRunner.run(["events", "-A"], kubeconfig: kubeconfig)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(table.stderr.isEmpty)
    Golden.assert(table.stdout, named: "events-table.txt")
    let wide = await LampRunner.run(["events", "-n", "shop", "-o", "wide"], kubeconfig: kubeconfig)
    Golden.assert(wide.stdout, named: "events-wide.txt")
    let json = await LampRunner.run(["events", "-A", "-o", "json"], kubeconfig: kubeconfig)
    Golden.assert(json.stdout, named: "events-all.json")
    let yaml = await LampRunner.run(["events", "-n", "batch", "-o", "yaml"], kubeconfig: kubeconfig)
    Golden.assert(yaml.stdout, named: "events-batch.yaml")
    let narrow = await LampRunner.run(
      ["events", "-A"], kubeconfig: kubeconfig, environment: ["COLUMNS": "80", "NO_COLOR": "1"],
      stdoutIsTerminal: true)
    Golden.assert(narrow.stdout, named: "events-80.txt")
    // On an 80-column terminal, text and long object names move under their row, wrapped.
    for line in narrow.stdout.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    let longest = table.stdout.split(separator: "\n").map(\.count).max() ?? 0
    #expect(longest > 300, "without a terminal nothing is cut")
  }

  @Test("every pending class of the demo is recognised with its detail")
  func pendingClasses() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["events", "-A", "-o", "json", "--pending-only"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    let report = try Self.report(result.stdout)
    #expect(report.apiVersion == "lamp/v1" && report.kind == "EventReport")
    #expect(report.events.isEmpty)
    func finding(_ name: String) -> Report.Pending? { report.pending.first { $0.name == name } }
    let expected: [(String, String, String)] = [
      (
        "recommender-6b8f7d9c5-x4hqd", "NodeSelectorMismatch", "no node and no NodePool offers kubernetes.io/arch=arm64"
      ),
      ("metrics-server-5f8b7c6d94-p2w7n", "UntoleratedTaint", "CriticalAddonsOnly=true:NoSchedule on 1 node"),
      ("ml-training-7xq2m", "InsufficientResources", "default at its cpu limit"),
      ("media-processor-79c5b8d6f4-r8tfn", "UnboundVolume", "PersistentVolumeClaim media-uploads is not bound"),
      ("web-6d4cf56db6-9xkqz", "PodAffinity", "anti-affinity"),
      ("checkout-7b9f5d6c4-l4xzp", "CrashLoop", "exit code 1 (Error)"),
      ("storefront-5b4d9c7f6-k2rvd", "ImagePull", "registry.example.com/shop/storefront:2.0.0-rc1: not found"),
      ("api-7d9f6b5c2-b7mtc", "ConfigError", "ConfigMap shop/api-config has no key database-url"),
      ("worker", "FailedCreate", "ServiceAccount batch/queue-worker does not exist"),
      ("pdf-export", "FailedCreate", "exceeds ResourceQuota batch-compute"),
    ]
    for (name, reason, detail) in expected {
      let item = try #require(finding(name), "\(name) is reported")
      #expect(item.reason == reason, "\(name)")
      #expect(item.explanation.contains(detail), "\(name): \(item.explanation)")
    }
    #expect(finding("worker")?.kind == "Deployment")
    #expect(report.pending.count == expected.count, "no healthy pod is reported")
    // Longest-pending first.
    #expect(report.pending.map(\.pendingSeconds) == report.pending.map(\.pendingSeconds).sorted(by: >))
  }

  @Test("a pod held by scheduling gates is SchedulingGated, counts as Pending for CI, and waits on no capacity")
  func schedulingGatedPod() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let pod = try JSONDecoder().decode(
      JSONValue.self,
      from: Data(
        """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"queued","namespace":"shop","uid":"queued-uid",
         "creationTimestamp":"2026-11-20T11:00:00Z"},
         "spec":{"schedulingGates":[{"name":"kueue.x-k8s.io/admission"}],"containers":[{"name":"app",
          "resources":{"requests":{"cpu":"64"}}}]},
         "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False",
          "reason":"SchedulingGated","message":"Scheduling is blocked due to non-empty scheduling gates"}]}}
        """.utf8))
    try await cluster.sim.apply([pod])
    let result = await LampRunner.run(
      ["events", "-n", "shop", "-o", "json", "--pending-only", "--fail-if-pending"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 3, "\(result.stderr)")
    let queued = try #require(try Self.report(result.stdout).pending.first { $0.name == "queued" })
    #expect(queued.reason == "SchedulingGated")
    #expect(
      queued.explanation
        == "held by scheduling gate kueue.x-k8s.io/admission; it is not scheduled until it is removed")
    let capacity = await LampRunner.run(
      ["karpenter", "pending", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(capacity.code == 0, "\(capacity.stderr)")
    #expect(!capacity.stdout.contains("queued"), "a gated pod waits for its gate, not for a node")
  }

  @Test("events: Warnings before Normal, newest first, repeats collapsed into one row")
  func orderingAndCollapse() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // The same warning recorded twice as separate objects (as after a controller restart).
    let duplicates = try (1...2).map { index in
      try JSONDecoder().decode(
        JSONValue.self,
        from: Data(
          """
          {"apiVersion":"v1","kind":"Event","metadata":{"name":"redis-0.dup\(index)","namespace":"shop"},
           "involvedObject":{"apiVersion":"v1","kind":"Pod","name":"redis-0","namespace":"shop"},
           "reason":"FailedMount","type":"Warning","message":"MountVolume.SetUp failed for volume \\"data\\"",
           "count":\(index * 2),"firstTimestamp":"2026-11-20T11:0\(index):00Z",
           "lastTimestamp":"2026-11-20T11:1\(index):00Z","source":{"component":"kubelet"}}
          """.utf8))
    }
    try await cluster.sim.apply(duplicates)
    let result = await LampRunner.run(
      ["events", "-n", "shop", "-o", "json", "--no-pending"], kubeconfig: cluster.kubeconfigPath)
    let report = try Self.report(result.stdout)
    #expect(report.pending.isEmpty)
    let types = report.events.map(\.type)
    #expect(types == types.sorted { $0 == "Warning" && $1 != "Warning" })
    for type in ["Warning", "Normal"] {
      let seen = report.events.filter { $0.type == type }.compactMap(\.lastSeen)
      #expect(seen == seen.sorted(by: >), "\(type) newest first")
    }
    let mounts = report.events.filter { $0.reason == "FailedMount" && $0.object.name == "redis-0" }
    #expect(mounts.count == 1)
    #expect(mounts.first?.count == 6)
    #expect(mounts.first?.lastSeen == "2026-11-20T11:12:00Z")
  }

  @Test("--no-pending alone reads only events, and shows the same events as the whole report")
  func eventsAlone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    func events(_ arguments: [String]) async throws -> (events: NSArray, lists: [Substring]) {
      let result = await LampRunner.run(["events", "-A", "-o", "json", "-v=6"] + arguments, kubeconfig: kubeconfig)
      #expect(result.code == 0, "\(result.stderr)")
      let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary
      let lists = result.stderr.split(separator: "\n").filter { $0.contains("GET") && !$0.contains("/events") }
      return (try #require(document?["events"] as? NSArray), lists)
    }
    let whole = try await events([])
    let alone = try await events(["--no-pending"])
    #expect(alone.events == whole.events)
    #expect(alone.events.count > 10)
    // Discovery aside, nothing but events: no pods, nodes or NodePools, and no ReplicaSets or Jobs for the
    // FailedCreate events that the pending section would have explained.
    #expect(alone.lists.allSatisfy { $0.contains("/api ") || $0.contains("/apis ") }, "\(alone.lists)")
    #expect(whole.lists.contains { $0.contains("/pods?") } && whole.lists.contains { $0.contains("/nodes?") })
    // A check still reads the pods (EventsChecksTests), and so does a scope.
    let scoped = try await events(["--no-pending", "-l", "app=web"])
    #expect(scoped.lists.contains { $0.contains("/pods?") })
    // An empty table names only what was looked for.
    for (flags, message) in [
      ([], "No pending pods and no events"), (["--no-pending"], "No events"), (["--pending-only"], "No pending pods"),
    ] {
      let empty = await LampRunner.run(["events", "-n", "nosuch"] + flags, kubeconfig: kubeconfig)
      #expect(empty.code == 0 && empty.stdout.isEmpty)
      #expect(empty.stderr == "\(message) found in namespace \"nosuch\".\n")
    }
  }

  @Test("a server without events.k8s.io gives the same report through core/v1")
  func coreEventsOnly() async throws {
    let modern = try await TestCluster.start()
    let legacy = try await TestCluster.start { $0.hiddenGroups = ["events.k8s.io"] }
    defer {
      Task {
        await modern.stop()
        await legacy.stop()
      }
    }
    let a = await LampRunner.run(["events", "-A", "-o", "json"], kubeconfig: modern.kubeconfigPath)
    let b = await LampRunner.run(["events", "-A", "-o", "json"], kubeconfig: legacy.kubeconfigPath)
    #expect(b.code == 0, "\(b.stderr)")
    #expect(!a.stdout.isEmpty)
    #expect(a.stdout == b.stdout)
  }

  @Test("--for is group-aware, follows owners both ways and accepts a UID")
  func forTarget() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let deployment = try Self.report(
      await LampRunner.run(["events", "-n", "shop", "--for", "deployment/web", "-o", "json"], kubeconfig: kubeconfig)
        .stdout)
    #expect(deployment.pending.map(\.name) == ["web-6d4cf56db6-9xkqz"])
    let kinds = Set(deployment.events.compactMap(\.object.kind))
    #expect(kinds == ["Deployment", "ReplicaSet", "Pod"])
    let pod = try Self.report(
      await LampRunner.run(
        ["events", "-n", "shop", "--for", "pods/web-6d4cf56db6-9xkqz", "-o", "json"], kubeconfig: kubeconfig
      ).stdout)
    #expect(Set(pod.events.compactMap(\.object.kind)) == ["Deployment", "ReplicaSet", "Pod"])
    let uid = try #require(pod.events.first { $0.object.kind == "Pod" }?.object.uid)
    let byUID = try Self.report(
      await LampRunner.run(["events", "-n", "shop", "--for", "pod/\(uid)", "-o", "json"], kubeconfig: kubeconfig)
        .stdout)
    #expect(byUID.pending.map(\.name) == ["web-6d4cf56db6-9xkqz"])
    let worker = await LampRunner.run(
      ["events", "-n", "batch", "--for", "deploy.apps/worker", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(worker.code == 3)
    #expect(worker.stdout.contains("deployment/worker"))
    #expect(!worker.stdout.contains("ml-training"))
  }

  @Test("CI: --fail-if-pending and --wait exit 3 or 0")
  func ciExitCodes() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let any = await LampRunner.run(["events", "-A", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(any.code == 3)
    #expect(any.stdout.contains("PENDING"), "the report is printed first")
    #expect(any.stderr.contains("check failed: 10 pods or workloads are pending"))
    let long = await LampRunner.run(["events", "-A", "--fail-if-pending=30h"], kubeconfig: kubeconfig)
    #expect(long.code == 0)
    // The value may also be the next word, as the help line shows it; a next word that is no duration is not.
    let spaced = await LampRunner.run(["events", "-A", "--fail-if-pending", "30h"], kubeconfig: kubeconfig)
    #expect(spaced.code == 0, "\(spaced.stderr)")
    let beforeFlag = await LampRunner.run(["events", "--fail-if-pending", "-A"], kubeconfig: kubeconfig)
    #expect(beforeFlag.code == 3, "\(beforeFlag.stderr)")
    let twoHours = await LampRunner.run(["events", "-n", "shop", "--fail-if-pending=2h"], kubeconfig: kubeconfig)
    #expect(twoHours.code == 3, "recommender has been pending 25h")
    let clean = await LampRunner.run(["events", "-n", "monitoring", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(clean.code == 0, "\(clean.stderr)")
    let selected = await LampRunner.run(
      ["events", "-n", "shop", "-l", "app=search", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(selected.code == 0, "search pods run (not ready, but running): \(selected.stdout)")

    let timeout = await LampRunner.run(
      ["events", "-n", "shop", "--wait", "--timeout", "1s"], kubeconfig: kubeconfig,
      environment: ["LAMP_WAIT_INTERVAL": "0.2"])
    #expect(timeout.code == 3)
    #expect(timeout.stderr.contains("timed out"))
    let done = await LampRunner.run(
      ["events", "-n", "monitoring", "--wait", "--timeout", "5s"], kubeconfig: kubeconfig)
    #expect(done.code == 0)
  }

  @Test("--wait returns 0 once the pod leaves Pending")
  func waitUntilScheduled() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let waiting = Task {
      await LampRunner.run(
        ["events", "-n", "batch", "--for", "job/ml-training", "--wait", "--timeout", "20s", "--pending-only"],
        kubeconfig: kubeconfig, environment: ["LAMP_WAIT_INTERVAL": "0.2"])
    }
    try await Task.sleep(for: .milliseconds(600))
    try await cluster.sim.apply([try await Self.runningPod(cluster, namespace: "batch", name: "ml-training-7xq2m")])
    let result = await waiting.value
    #expect(result.code == 0, "\(result.stderr)")
  }

  @Test("--watch prints a new Warning and a pod leaving Pending, then ends cleanly")
  func watch() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let clock = Mutex(TestCluster.referenceNow)
    let (run, stdout, environment) = Self.watching(
      ["events", "-n", "shop", "--watch", "-o", "json"], cluster, now: { clock.withLock { $0 } })
    try await Self.until { stdout.text.contains("\"kind\":\"EventReport\"") }
    try await cluster.sim.apply([
      try Self.warning(
        "web.new", namespace: "shop", deployment: "web", reason: "ProgressDeadlineExceeded",
        message: "rollout is stuck")
    ])
    try await Self.until { stdout.text.contains("ProgressDeadlineExceeded") }
    try await cluster.sim.apply([try await Self.runningPod(cluster, namespace: "shop", name: "web-6d4cf56db6-9xkqz")])
    try await Self.until { stdout.text.contains("\"type\":\"Resolved\"") }
    clock.withLock { $0 += 3600 }
    let deletion = try await SimCurl(cluster).request(
      "/api/v1/namespaces/shop/pods/recommender-6b8f7d9c5-x4hqd", method: "DELETE")
    #expect(deletion.status == 200)
    try await Self.until { stdout.text.contains("\"deleted\":true") }
    run.cancel()
    #expect(await run.value == 0)
    let lines = stdout.text.split(separator: "\n")
    #expect(lines.count >= 3)
    for line in lines {
      let object = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8))
      #expect(object["apiVersion"] == .string("lamp/v1"))
    }
    let resolved = lines.filter { $0.contains("\"type\":\"Resolved\"") }
    try #require(resolved.count == 2, "\(resolved)")
    #expect(resolved[0].contains("web-6d4cf56db6-9xkqz") && !resolved[0].contains("deleted"), "scheduled and running")
    // Deleted while pending, which fixed nothing: said so, with how long it had been pending by then (25h when the
    // watch began, an hour before).
    let deleted = try JSONDecoder().decode(JSONValue.self, from: Data(resolved[1].utf8))
    #expect(deleted["deleted"] == .bool(true))
    #expect(deleted["pending"]?["name"] == .string("recommender-6b8f7d9c5-x4hqd"))
    #expect((deleted["pending"]?["pendingSeconds"]?.intValue ?? 0) >= 26 * 3600)

    // The initial block holds the events a single report shows (a watch reads each event's uid to tell them apart).
    let single = OutputSink()
    let singleEnvironment = LampEnvironment(
      variables: environment.variables, stdout: single, stderr: OutputSink(), now: { TestCluster.referenceNow })
    #expect(await LampCLI.run(["events", "-n", "shop", "-o", "json"], environment: singleEnvironment) == 0)
    let initial = try JSONDecoder().decode(JSONValue.self, from: Data(lines[0].utf8))["events"]?.arrayValue ?? []
    let report = try JSONDecoder().decode(JSONValue.self, from: Data(single.text.utf8))["events"]?.arrayValue ?? []
    #expect(initial.count > 5)
    #expect(initial == report.filter { $0["reason"] != .string("ProgressDeadlineExceeded") })
  }

  @Test(
    "--watch -l and --for take in pods made after they started, with the events seen before their pod",
    arguments: [["-l", "app=recommender"], ["--for", "deployment/recommender"]])
  func watchScopeFollowsNewPods(scope: [String]) async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let (run, stdout, _) = Self.watching(["events", "-n", "shop", "--watch", "-o", "json"] + scope, cluster)
    try await Self.until { stdout.text.contains("\"kind\":\"EventReport\"") }
    // A replacement pod's first event can arrive before the pod does.
    let name = "recommender-6b8f7d9c5-z9k2p"
    try await cluster.sim.apply([
      try Self.warning(
        "\(name).1", namespace: "shop", pod: name, reason: "FailedScheduling", message: "replacement not scheduled")
    ])
    try await Task.sleep(for: .milliseconds(300))
    #expect(!stdout.text.contains("replacement not scheduled"), "not in scope until its pod is seen")
    let response = try await SimCurl(cluster).request("/api/v1/namespaces/shop/pods/recommender-6b8f7d9c5-x4hqd")
    var pod = try JSONDecoder().decode(JSONValue.self, from: Data(response.body.utf8))
    guard case .object(var metadata)? = pod["metadata"] else { throw CancellationError() }
    metadata["name"] = .string(name)
    metadata["uid"] = nil
    metadata["resourceVersion"] = nil
    pod["metadata"] = .object(metadata)
    try await cluster.sim.apply([pod])
    try await Self.until { stdout.text.contains("replacement not scheduled") }
    try await Self.until {
      stdout.text.contains("\"type\":\"Pending\"") && stdout.text.contains("\"name\":\"\(name)\"")
    }
    run.cancel()
    #expect(await run.value == 0)
    #expect(!stdout.text.contains("api-7d9f6b5c2-b7mtc"), "pods the selector does not pick stay out")
  }

  @Test("--watch table rows line up with the sections above them, and a new section brings its header")
  func watchTable() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // monitoring starts with nothing to show: no section, no header.
    let (run, stdout, _) = Self.watching(["events", "-n", "monitoring", "--watch"], cluster)
    try await Task.sleep(for: .milliseconds(500))
    for (name, message) in [("a", "short"), ("b", "a longer message than the first")] {
      try await cluster.sim.apply([
        try Self.warning(
          "prometheus.\(name)", namespace: "monitoring", deployment: "prometheus", reason: "TestReason",
          message: message)
      ])
      try await Self.until { stdout.text.contains(message) }
    }
    run.cancel()
    #expect(await run.value == 0)
    let lines = stdout.text.split(separator: "\n", omittingEmptySubsequences: true)
    try #require(lines.count == 4, "\(stdout.text)")
    #expect(lines[0] == "EVENTS")
    #expect(lines[1].hasPrefix("LAST SEEN"))
    // Every column starts where its header does.
    for header in ["TYPE", "REASON", "OBJECT", "MESSAGE"] {
      let column = try #require(lines[1].range(of: header)).lowerBound.utf16Offset(in: lines[1])
      for row in lines[2...] {
        let cell = row.dropFirst(column)
        #expect(!cell.hasPrefix(" ") && row.dropFirst(column - 1).hasPrefix(" "), "\(header) in \"\(row)\"")
      }
    }
  }

  @Test("--watch table: a row of the other section than the one printed last brings its title and header again")
  func watchTableSections() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let (run, stdout, _) = Self.watching(["events", "-n", "shop", "--watch"], cluster)
    try await Self.until { stdout.text.contains("EVENTS") }
    try await cluster.sim.apply([
      try Self.warning("web.new", namespace: "shop", deployment: "web", reason: "FirstNew", message: "first")
    ])
    try await Self.until { stdout.text.contains("FirstNew") }
    try await cluster.sim.apply([try await Self.runningPod(cluster, namespace: "shop", name: "web-6d4cf56db6-9xkqz")])
    try await Self.until { stdout.text.contains("Resolved") }
    try await cluster.sim.apply([
      try Self.warning("web.later", namespace: "shop", deployment: "web", reason: "SecondNew", message: "second")
    ])
    try await Self.until { stdout.text.contains("SecondNew") }
    run.cancel()
    #expect(await run.value == 0)
    let lines = stdout.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let first = try #require(lines.firstIndex { $0.contains("FirstNew") })
    try #require(lines.count > first + 8, "\(stdout.text)")
    #expect(Array(lines[(first + 1)...(first + 2)]) == ["", "PENDING"], "\(stdout.text)")
    #expect(lines[first + 3] == lines[1], "the header as the report printed it: \(stdout.text)")
    #expect(lines[first + 4].hasPrefix("web-6d4cf56db6-9xkqz") && lines[first + 4].contains("Resolved"))
    #expect(Array(lines[(first + 5)...(first + 6)]) == ["", "EVENTS"], "\(stdout.text)")
    #expect(lines[first + 7].hasPrefix("LAST SEEN") && lines[first + 8].contains("SecondNew"), "\(stdout.text)")
  }

  @Test("a message of several lines shows them all, joined, in every table layout; JSON keeps the line breaks")
  func multiLineMessage() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    try await cluster.sim.apply([
      try Self.warning(
        "prometheus.mount", namespace: "monitoring", deployment: "prometheus", reason: "FailedMount",
        message: "MountVolume.SetUp failed\\nOutput:\\tmount: /data: wrong fs type\\n\\n")
    ])
    let joined = "MountVolume.SetUp failed Output: mount: /data: wrong fs type"
    for arguments in [[], ["-o", "wide"]] {
      let run = await LampRunner.run(["events", "-n", "monitoring"] + arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(run.code == 0, "\(run.stderr)")
      #expect(run.stdout.hasSuffix(joined + "\n"), "\(arguments): \(run.stdout)")
    }
    for columns in ["80", "200"] {
      let run = await LampRunner.run(
        ["events", "-n", "monitoring"], kubeconfig: cluster.kubeconfigPath,
        environment: ["COLUMNS": columns, "NO_COLOR": "1"], stdoutIsTerminal: true)
      // At 80 columns the message goes on an indented line under its row.
      #expect(run.stdout.hasSuffix((columns == "80" ? "\n    " : "   ") + joined + "\n"), "\(run.stdout)")
    }
    let json = await LampRunner.run(["events", "-n", "monitoring", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.stdout.contains(#""message": "MountVolume.SetUp failed\nOutput:\tmount: /data: wrong fs type\n\n""#))
  }

  @Test("--watch on a terminal: rows follow the report's layout, fit the width, and are aged when printed")
  func watchOnATerminal() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let message = "a message long enough to need cutting or wrapping on every terminal this test sets up for it"
    for columns in [80, 150] {
      let clock = Mutex(TestCluster.referenceNow)
      let (run, stdout, _) = Self.watching(
        ["events", "-n", "shop", "--watch", "--no-pending"], cluster, columns: columns, now: { clock.withLock { $0 } })
      try await Self.until { stdout.text.contains("EVENTS") }
      // Five minutes later, an event seen 30 seconds before.
      clock.withLock { $0 = TestCluster.referenceNow.addingTimeInterval(300) }
      try await cluster.sim.apply([
        try Self.warning(
          "web.late\(columns)", namespace: "shop", deployment: "web", reason: "Late\(columns)", message: message,
          seen: "2026-11-20T12:04:30Z")
      ])
      try await Self.until { stdout.text.contains("Late\(columns)") }
      run.cancel()
      #expect(await run.value == 0)
      let lines = stdout.text.split(separator: "\n").map(String.init)
      #expect(lines.allSatisfy { TerminalText.displayWidth($0) <= columns }, "\(columns): \(stdout.text)")
      let row = try #require(lines.firstIndex { $0.contains("Late\(columns)") })
      #expect(lines[row].hasPrefix("30s "), "aged when printed, not when the watch began: \(lines[row])")
      if columns == 80 {
        // As in the report above it: the object and the message on an indented line under the row.
        #expect(lines[row + 1].hasPrefix("    deployment/web: a message long enough"), "\(lines[row + 1])")
        #expect(lines[..<row].contains { $0.hasPrefix("    pod/") }, "the report was laid out the same way")
      } else {
        #expect(lines[row].contains("deployment/web") && lines[row].hasSuffix("…"), "\(lines[row])")
      }
    }
  }

  @Test("unscoped, only pods that may be stuck are read: Pending ones listed, crash-looping ones fetched by name")
  func readsOnlyStuckPods() async throws {
    let log = Mutex<[String]>([])
    let cluster = try await TestCluster.start { $0.requestLog = { line in log.withLock { $0.append(line) } } }
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["events", "-A", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    Golden.assert(result.stdout, named: "events-all.json")
    let podRequests = log.withLock { $0 }.filter { $0.contains("/pods") }
    let lists = podRequests.filter { $0.hasPrefix("GET /api/v1/pods?") }
    #expect(lists.count == 1 && lists.allSatisfy { $0.contains("fieldSelector=status.phase%3DPending") }, "\(lists)")
    let fetched = podRequests.filter { $0.hasPrefix("GET /api/v1/namespaces/") }
    #expect(fetched.contains { $0.contains("/pods/checkout-7b9f5d6c4-l4xzp ") }, "\(fetched)")
    #expect(!fetched.isEmpty && fetched.count < 10, "only pods the kubelet warned about: \(fetched)")
  }

  @Test("bad input: unknown --for kind, bad durations, conflicting flags; forbidden lists become warnings")
  func badInput() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let unknown = await LampRunner.run(["events", "--for", "gizmo/x"], kubeconfig: kubeconfig)
    #expect(unknown.code == 2)
    #expect(
      unknown.stderr
        == "error: the server doesn't have a resource type \"gizmo\" (in --for); see 'lamp events --help'\n")
    let malformed = await LampRunner.run(["events", "--for", "web"], kubeconfig: kubeconfig)
    #expect(malformed.code == 2)
    let missing = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deployment/nope", "--wait"], kubeconfig: kubeconfig)
    #expect(missing.code == 1)
    #expect(missing.stderr.contains("\"nope\" not found"))
    let since = await LampRunner.run(["events", "--since", "soon"], kubeconfig: kubeconfig)
    #expect(since.code == 2)
    #expect(since.stderr == "error: invalid --since duration \"soon\" (e.g. 30s, 10m, 2h); see 'lamp events --help'\n")
    let threshold = await LampRunner.run(["events", "--fail-if-pending=-1"], kubeconfig: kubeconfig)
    #expect(threshold.code == 2)
    let both = await LampRunner.run(["events", "--pending-only", "--no-pending"], kubeconfig: kubeconfig)
    #expect(both.code == 2)
    let types = await LampRunner.run(["events", "--types", "Error"], kubeconfig: kubeconfig)
    #expect(types.code == 2)

    let limited = await LampRunner.run(["events", "-A", "--context", "no-pods-proxy"], kubeconfig: kubeconfig)
    #expect(limited.code == 0, "\(limited.stderr)")
    #expect(limited.stderr.contains("missing permission: list events.events.k8s.io or events in all namespaces"))
    #expect(limited.stderr.contains("missing permission: list nodes"))
    #expect(limited.stdout.contains("recommender-6b8f7d9c5-x4hqd"), "pods are still shown")
    #expect(limited.stdout.contains("checkout-7b9f5d6c4-l4xzp"), "without events, running pods are listed and triaged")
    #expect(!limited.stdout.contains("EVENTS"))
  }

  @Test("--for and -l leave out events about an earlier pod of the same name (another uid), as kubectl describe does")
  func earlierPodOfTheSameName() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    func event(_ reason: String, uid: String?) throws -> JSONValue {
      let uidField = uid.map { #","uid":"\#($0)""# } ?? ""
      return try JSONDecoder().decode(
        JSONValue.self,
        from: Data(
          """
          {"apiVersion":"v1","kind":"Event","metadata":{"name":"checkout-7b9f5d6c4-l4xzp.\(reason)","namespace":"shop"},
           "involvedObject":{"apiVersion":"v1","kind":"Pod","name":"checkout-7b9f5d6c4-l4xzp","namespace":"shop"\(uidField)},
           "reason":"\(reason)","type":"Warning","message":"about a pod of this name","count":1,
           "firstTimestamp":"2026-11-20T11:59:58Z","lastTimestamp":"2026-11-20T11:59:58Z"}
          """.utf8))
    }
    try await cluster.sim.apply([try event("EarlierPod", uid: "0ld-pod-uid"), try event("NoUID", uid: nil)])
    for arguments in [["--for", "pod/checkout-7b9f5d6c4-l4xzp"], ["-l", "app=checkout"]] {
      let run = await LampRunner.run(["events", "-n", "shop"] + arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(run.code == 0, "\(run.stderr)")
      #expect(run.stdout.contains("BackOff"), "the pod's own events: \(run.stdout)")
      #expect(run.stdout.contains("NoUID"), "an event without a uid is matched by name")
      #expect(!run.stdout.contains("EarlierPod"), "\(arguments)")
    }
  }

  @Test("--for a cluster-scoped object reads its events in default, where they are recorded, whatever -n names")
  func clusterScopedTarget() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let node = "ip-10-0-88-52.us-west-2.compute.internal"
    let once = await LampRunner.run(
      ["events", "-n", "shop", "--for", "node/\(node)"], kubeconfig: cluster.kubeconfigPath)
    #expect(once.code == 0, "\(once.stderr)")
    #expect(once.stdout.contains("EvictionThresholdMet"), "\(once.stdout)")
    #expect(!once.stdout.contains("BackOff"), "only the node's events")
    // An empty report says what it looked for, not the -n namespace that no Node is in.
    let none = await LampRunner.run(
      ["events", "-n", "shop", "--for", "node/\(node)", "--reason", "NoSuchReason"], kubeconfig: cluster.kubeconfigPath)
    #expect(none.code == 0 && none.stdout.isEmpty)
    #expect(none.stderr == "No pending pods and no events found for node/\(node).\n", "\(none.stderr)")
    let workload = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deploy/web", "--no-pending", "--reason", "NoSuchReason"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(workload.stderr == "No events found for deploy/web in namespace \"shop\".\n", "\(workload.stderr)")
    let (run, stdout, _) = Self.watching(["events", "-n", "shop", "--for", "node/\(node)", "--watch"], cluster)
    try await Self.until { stdout.text.contains("EvictionThresholdMet") }
    try await cluster.sim.apply([try Self.nodeNotReady(node)])
    try await Self.until { stdout.text.contains("NodeNotReady") }
    run.cancel()
    #expect(await run.value == 0)
  }

  /// A NodeNotReady event about `node`, recorded in `default` as the node controller does.
  static func nodeNotReady(_ node: String) throws -> JSONValue {
    try JSONDecoder().decode(
      JSONValue.self,
      from: Data(
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"\(node).later","namespace":"default"},
         "involvedObject":{"kind":"Node","name":"\(node)","uid":"\(node)"},"reason":"NodeNotReady","type":"Warning",
         "message":"Node is not ready","count":1,"firstTimestamp":"2026-11-20T11:59:59Z",
         "lastTimestamp":"2026-11-20T11:59:59Z"}
        """.utf8))
  }

  @Test("--for a ScaledObject takes in its HPA; a NodePool its NodeClaims and their Nodes; a NodeClaim its Node")
  func nonWorkloadOwners() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    func objects(_ target: String) async throws -> Set<String> {
      let run = await LampRunner.run(
        ["events", "-n", "shop", "--for", target, "--no-pending", "-o", "json"], kubeconfig: kubeconfig)
      #expect(run.code == 0 && run.stderr.isEmpty, "\(target): \(run.stderr)")
      let report = try Self.report(run.stdout)
      return Set(report.events.map { "\($0.object.kind ?? "")/\($0.object.name ?? "")/\($0.reason)" })
    }
    #expect(try await objects("so/web-scaler") == ["HorizontalPodAutoscaler/keda-hpa-web-scaler/SuccessfulRescale"])
    #expect(
      try await objects("scaledobject.keda.sh/orders-consumer-scaler") == [
        "ScaledObject/orders-consumer-scaler/KEDAScalerFailed",
        "HorizontalPodAutoscaler/keda-hpa-orders-consumer-scaler/FailedGetExternalMetric",
        "HorizontalPodAutoscaler/keda-hpa-orders-consumer-scaler/FailedComputeMetricsReplicas",
      ])
    // Node ip-10-0-88-52 is spot-x9wxq's, known by its owner reference; default-q7zrt is another pool's claim.
    #expect(
      try await objects("nodepool/spot") == [
        "NodeClaim/spot-2bq8n/DisruptionBlocked",
        "Node/ip-10-0-20-187.us-west-2.compute.internal/DisruptionBlocked",
        "Node/ip-10-0-88-52.us-west-2.compute.internal/NodeHasInsufficientMemory",
        "Node/ip-10-0-88-52.us-west-2.compute.internal/EvictionThresholdMet",
      ])
    #expect(
      try await objects("nodeclaim/spot-2bq8n") == [
        "NodeClaim/spot-2bq8n/DisruptionBlocked", "Node/ip-10-0-20-187.us-west-2.compute.internal/DisruptionBlocked",
      ])

    // A watch keeps the owned objects in scope: a later event about the pool's Node is printed.
    let node = "ip-10-0-20-187.us-west-2.compute.internal"
    let (run, stdout, _) = Self.watching(["events", "-n", "shop", "--for", "nodepool/spot", "--watch"], cluster)
    try await Self.until { stdout.text.contains("DisruptionBlocked") }
    try await cluster.sim.apply([try Self.nodeNotReady(node)])
    try await Self.until { stdout.text.contains("NodeNotReady") }
    run.cancel()
    #expect(await run.value == 0)
    #expect(!stdout.text.contains("default-q7zrt"))
  }

  @Test("--for a NodePool without list nodeclaims: a warning names the permission, and the rest is shown")
  func nodeClaimsForbidden() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // The viewer may read NodePools (to name the target) but not NodeClaims.
    let grant = try ["ClusterRole", "ClusterRoleBinding"].map { kind in
      let body =
        kind == "ClusterRole"
        ? #""rules":[{"apiGroups":["karpenter.sh"],"resources":["nodepools"],"verbs":["get","list"]}]"#
        : #""roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"pool-reader"},"#
          + #""subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"viewer"}]"#
      return try JSONDecoder().decode(
        JSONValue.self,
        from: Data(
          #"{"apiVersion":"rbac.authorization.k8s.io/v1","kind":"\#(kind)","metadata":{"name":"pool-reader"},\#(body)}"#
            .utf8))
    }
    try await cluster.sim.apply(grant)
    let run = await LampRunner.run(
      ["events", "-n", "shop", "--for", "nodepool/spot", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath)
    #expect(run.code == 0, "\(run.stderr)")
    #expect(
      run.stderr.contains(
        "missing permission: list nodeclaims.karpenter.sh; the events of the NodePool's NodeClaims are not shown"),
      "\(run.stderr)")
  }

  @Test("without list nodes and nodepools, the scheduler's and Karpenter's messages say why a pod is stuck")
  func messagesAlone() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let run = await LampRunner.run(
      ["events", "-n", "kube-system", "--pending-only", "-o", "json", "--context", "viewer"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(run.code == 0, "\(run.stderr)")
    #expect(run.stderr.contains("missing permission: list nodes; pending reasons rest on the scheduler's messages"))
    #expect(run.stderr.contains("list nodepools.karpenter.sh; NodePools are known from Karpenter's events alone"))
    let report = try JSONDecoder().decode(JSONValue.self, from: Data(run.stdout.utf8))
    guard let pending = report["pending"]?.arrayValue, let stuck = pending.first else {
      Issue.record("no pending entry: \(run.stdout)")
      return
    }
    #expect(stuck["name"] == .string("metrics-server-5f8b7c6d94-p2w7n"))
    #expect(
      stuck["explanation"]
        == .string(
          "3 nodes do not match eks.amazonaws.com/nodegroup=system; untolerated taint CriticalAddonsOnly=true on 1 "
            + "node and node.kubernetes.io/memory-pressure on 1 node; no NodePool can provide one (each does not set "
            + "eks.amazonaws.com/nodegroup)"))
    #expect(stuck["nodePools"]?.arrayValue?.map { $0["nodePool"] } == [.string("default"), .string("spot")])
  }

  /// `lamp events ARGUMENTS` running in-process until cancelled, with what it has printed so far; with `columns`,
  /// printing to a terminal that wide.
  static func watching(
    _ arguments: [String], _ cluster: TestCluster, columns: Int? = nil,
    now: @escaping @Sendable () -> Date = { TestCluster.referenceNow }
  ) -> (run: Task<Int32, Never>, stdout: OutputSink, environment: LampEnvironment) {
    let stdout = OutputSink()
    var variables = ["KUBECONFIG": cluster.kubeconfigPath, "HOME": cluster.directory.path]
    if let columns { variables.merge(["COLUMNS": String(columns), "NO_COLOR": "1"]) { $1 } }
    let environment = LampEnvironment(
      variables: variables, stdout: stdout, stderr: OutputSink(), stdoutIsTerminal: columns != nil, now: now)
    return (Task { await LampCLI.run(arguments, environment: environment) }, stdout, environment)
  }

  /// A core/v1 Warning event about a Deployment (or a Pod), seen once at `seen` (by default just before the demo's
  /// "now").
  static func warning(
    _ name: String, namespace: String, deployment: String? = nil, pod: String? = nil, reason: String,
    message: String, seen: String = "2026-11-20T11:59:58Z"
  ) throws -> JSONValue {
    let (apiVersion, kind, object) = pod.map { ("v1", "Pod", $0) } ?? ("apps/v1", "Deployment", deployment ?? "")
    return try JSONDecoder().decode(
      JSONValue.self,
      from: Data(
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"\(name)","namespace":"\(namespace)"},
         "involvedObject":{"apiVersion":"\(apiVersion)","kind":"\(kind)","name":"\(object)","namespace":"\(namespace)"},
         "reason":"\(reason)","type":"Warning","message":"\(message)","count":1,
         "firstTimestamp":"\(seen)","lastTimestamp":"\(seen)"}
        """.utf8))
  }

  /// The pod as it is, but scheduled, running and ready.
  static func runningPod(_ cluster: TestCluster, namespace: String, name: String) async throws -> JSONValue {
    let response = try await SimCurl(cluster).request("/api/v1/namespaces/\(namespace)/pods/\(name)")
    var pod = try JSONDecoder().decode(JSONValue.self, from: Data(response.body.utf8))
    guard case .object(var spec)? = pod["spec"], case .object(var status)? = pod["status"] else {
      throw CancellationError()
    }
    spec["nodeName"] = .string("ip-10-0-77-18.us-west-2.compute.internal")
    status["phase"] = .string("Running")
    status["conditions"] = .array([
      .object(["type": .string("Ready"), "status": .string("True")]),
      .object(["type": .string("PodScheduled"), "status": .string("True")]),
    ])
    pod["spec"] = .object(spec)
    pod["status"] = .object(status)
    return pod
  }

  static func until(_ condition: @Sendable () -> Bool) async throws {
    for _ in 0..<200 {
      if condition() { return }
      try await Task.sleep(for: .milliseconds(50))
    }
    Issue.record("condition not met in time")
  }
}
