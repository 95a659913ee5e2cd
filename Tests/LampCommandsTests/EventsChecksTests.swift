import Foundation
import KubeAPI
import LampCommands
import LampTestSupport
import Synchronization
import Testing

/// What a CI job relies on: a check never passes on what it cannot see, and `--for` finds what the user means.
@Suite("lamp events checks and --for")
struct EventsChecksTests {
  @Test("a subject that may not list pods makes --fail-if-pending and --wait exit 1, not pass")
  func unreadablePods() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let fail = await LampRunner.run(
      ["events", "-n", "shop", "--as", "jane", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(fail.code == 1)
    #expect(
      fail.stderr.hasSuffix(
        "error: missing permission: list pods in namespace \"shop\"; --fail-if-pending cannot check\n"))
    let wait = await LampRunner.run(
      ["events", "-n", "shop", "--as", "jane", "-l", "app=web", "--wait", "--timeout", "5s"], kubeconfig: kubeconfig)
    #expect(wait.code == 1)
    #expect(wait.stderr == "error: missing permission: list pods in namespace \"shop\"; --wait cannot check\n")
    // Without a check, jane may list neither events nor pods: an error too, not an empty report.
    let report = await LampRunner.run(["events", "-n", "shop", "--as", "jane"], kubeconfig: kubeconfig)
    #expect(report.code == 1 && report.stderr.hasSuffix("every list was forbidden (see the warnings above)\n"))
  }

  @Test("a refused impersonation is an error even when discovery comes from the cache")
  func refusedImpersonation() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-home-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let arguments = ["events", "-n", "shop", "--context", "viewer", "--as", "system:admin", "--fail-if-pending"]
    // The first run fills the discovery cache as viewer; the second asks only for lists.
    #expect(
      await LampRunner.run(
        ["events", "-n", "shop", "--context", "viewer"], kubeconfig: cluster.kubeconfigPath,
        environment: ["HOME": home.path]
      ).code == 0)
    let refused = await LampRunner.run(arguments, kubeconfig: cluster.kubeconfigPath, environment: ["HOME": home.path])
    #expect(refused.code == 1)
    #expect(refused.stderr.hasPrefix("error: users \"system:admin\" is forbidden: User \"viewer\" cannot impersonate"))
    #expect(!refused.stderr.contains("warning:"), "\(refused.stderr)")
  }

  @Test("a crash loop counts from the kubelet's first warning, not from its last restart")
  func crashLoopAge() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deployment/checkout", "--fail-if-pending=10m", "-o", "json"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 3, "\(result.stdout)")
    let report = try JSONDecoder().decode(JSONValue.self, from: Data(result.stdout.utf8))
    let pending = try #require(report["pending"]?.arrayValue?.first)
    #expect(pending["reason"] == .string("CrashLoop"))
    #expect((pending["pendingSeconds"]?.intValue ?? 0) > 600, "\(pending)")
  }

  @Test("--no-pending hides the section from the report, not from --fail-if-pending")
  func noPendingStillChecks() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["events", "-n", "batch", "--fail-if-pending=5m", "--no-pending"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 3)
    #expect(!result.stdout.contains("PENDING"))
  }

  @Test("--wait polls until its deadline, not one interval before it")
  func waitsTheWholeTimeout() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let start = Date()
    let result = await LampRunner.run(
      ["events", "-n", "shop", "--wait", "--timeout", "1s"], kubeconfig: cluster.kubeconfigPath,
      environment: ["LAMP_WAIT_INTERVAL": "5"])
    #expect(result.code == 3)
    #expect(Date().timeIntervalSince(start) >= 0.9, "gave up before the timeout")
  }

  @Test("--for node/NAME finds the kubelet's events, which carry the node's name as their uid")
  func nodeEvents() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(
      ["events", "--for", "node/ip-10-0-88-52.us-west-2.compute.internal", "--no-pending"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0)
    #expect(result.stdout.contains("EvictionThresholdMet"), "\(result.stdout)\(result.stderr)")
  }

  @Test("--for an object that no longer exists shows the events still recorded about it; a check on it fails")
  func goneTarget() async throws {
    let log = Mutex<[String]>([])
    let cluster = try await TestCluster.start { $0.requestLog = { line in log.withLock { $0.append(line) } } }
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let pod = "checkout-7b9f5d6c4-l4xzp"
    let path = "/api/v1/namespaces/shop/pods/\(pod)"
    let body = try await SimCurl(cluster).request(path).body
    let object = try JSONDecoder().decode(JSONValue.self, from: Data(body.utf8))
    let uid = try #require(object[path: ["metadata", "uid"]]?.stringValue)
    #expect(try await SimCurl(cluster).request(path, method: "DELETE").status == 200)
    for arguments in [
      ["-n", "shop", "--for", "pod/\(pod)"], ["-A", "--for", "pod/\(pod)"], ["-n", "shop", "--for", "po/\(uid)"],
      ["-A", "--for", "pods/\(uid)"],
    ] {
      let run = await LampRunner.run(["events"] + arguments, kubeconfig: kubeconfig)
      #expect(run.code == 0, "\(arguments): \(run.stderr)")
      #expect(run.stderr.hasPrefix("warning: pods \""), "\(arguments): \(run.stderr)")
      #expect(run.stderr.hasSuffix("(in --for): showing the events still recorded about it\n"), "\(run.stderr)")
      #expect(run.stdout.contains("pod/\(pod)") && run.stdout.contains("BackOff"), "\(arguments): \(run.stdout)")
      let objects = Set(run.stdout.split(separator: "\n").dropFirst(2).map { $0.contains("pod/\(pod)") })
      #expect(objects == [true], "only its own events: \(run.stdout)")
    }
    // A gone object owns nothing that can be found: no workloads are listed for it (with -A, the FailedCreate
    // events of other namespaces are what lists them).
    #expect(!log.withLock { $0 }.contains { $0.contains("/namespaces/shop/replicasets") }, "\(log.withLock { $0 })")
    for check in [["--wait", "--timeout", "1s"], ["--fail-if-pending"]] {
      let run = await LampRunner.run(["events", "-n", "shop", "--for", "pod/\(pod)"] + check, kubeconfig: kubeconfig)
      #expect(run.code == 1, "\(check)")
      #expect(run.stderr == "error: pods \"\(pod)\" not found in namespace \"shop\" (in --for)\n")
    }
  }

  @Test("-A --for looks in every namespace; a missing name says so, a bare UID asks for its kind")
  func targetAcrossNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let web = await LampRunner.run(["events", "-A", "--for", "deployment/web", "-o", "json"], kubeconfig: kubeconfig)
    #expect(web.code == 0, "\(web.stderr)")
    let report = try JSONDecoder().decode(JSONValue.self, from: Data(web.stdout.utf8))
    #expect(report["pending"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["web-6d4cf56db6-9xkqz"])
    let nope = await LampRunner.run(
      ["events", "-A", "--for", "deployment/nope", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(nope.code == 1)
    #expect(nope.stderr == "error: deployments.apps \"nope\" not found in any namespace (in --for)\n")
    let bare = await LampRunner.run(
      ["events", "--for", "fdbd9602-905e-4306-8e32-c817c6ab66d0"], kubeconfig: kubeconfig)
    #expect(bare.code == 2)
    #expect(bare.stderr.contains("KIND/NAME or KIND/UID"))
  }

  @Test("-l checks a workload that cannot create the pods it would select: the job fails, as with --for")
  func selectorCoversPodlessWorkloads() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    // ReplicaSet worker-7f9c6d4b5 (pod template app=worker) has no pods: its ServiceAccount is missing.
    let fail = await LampRunner.run(
      ["events", "-n", "batch", "-l", "app=worker", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(fail.code == 3, "\(fail.stdout)\(fail.stderr)")
    #expect(fail.stdout.contains("deployment/worker"), "\(fail.stdout)")
    #expect(fail.stdout.contains("ServiceAccount batch/queue-worker does not exist"))
    #expect(fail.stdout.contains("replicaset/worker-7f9c6d4b5"), "its FailedCreate events are in scope too")
    #expect(!fail.stdout.contains("pdf-export"), "\(fail.stdout)")
    let wait = await LampRunner.run(
      ["events", "-n", "batch", "-l", "app=worker", "--wait", "--timeout", "1s"], kubeconfig: kubeconfig,
      environment: ["LAMP_WAIT_INTERVAL": "0.2"])
    #expect(wait.code == 3, "\(wait.stdout)\(wait.stderr)")
    let other = await LampRunner.run(
      ["events", "-n", "batch", "-l", "app=nothing-here", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(other.code == 0, "\(other.stdout)\(other.stderr)")
  }

  @Test("--wait with -l or a workload's --for waits for its pods to exist, as right after kubectl apply")
  func waitForPodsToExist() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let interval = ["LAMP_WAIT_INTERVAL": "0.2"]
    let none = await LampRunner.run(
      ["events", "-n", "shop", "-l", "app=late", "--wait", "--timeout", "1s"], kubeconfig: kubeconfig,
      environment: interval)
    #expect(none.code == 3, "\(none.stdout)\(none.stderr)")
    // The check-failed line alone: no "No pending pods … found" line before it to contradict it.
    #expect(none.stderr == "check failed: timed out after 1s; no pods matching -l app=late\n", "\(none.stderr)")
    // A point-in-time check has nothing pending to report.
    let check = await LampRunner.run(
      ["events", "-n", "shop", "-l", "app=late", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(check.code == 0, "\(check.stderr)")
    let waiting = Task {
      await LampRunner.run(
        ["events", "-n", "shop", "-l", "app=late", "--wait", "--timeout", "20s", "--pending-only"],
        kubeconfig: kubeconfig, environment: interval)
    }
    try await Task.sleep(for: .milliseconds(600))
    try await cluster.sim.apply([try Self.runningPod("late", startedAt: "2026-11-20T11:59:10Z", restarts: 0)])
    let result = await waiting.value
    #expect(result.code == 0, "\(result.stdout)\(result.stderr)")
    // A Deployment the controllers have not made pods for yet has none to wait for; one scaled to zero wants none.
    try await cluster.sim.apply([try Self.deployment("fresh", replicas: 2), try Self.deployment("idle", replicas: 0)])
    let fresh = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deploy/fresh", "--wait", "--timeout", "1s"], kubeconfig: kubeconfig,
      environment: interval)
    #expect(fresh.code == 3, "\(fresh.stdout)\(fresh.stderr)")
    #expect(fresh.stderr.hasSuffix("check failed: timed out after 1s; no pods of deploy/fresh\n"), "\(fresh.stderr)")
    // With -l as well, the message names both: the selector may be what matches nothing.
    let both = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deploy/web", "-l", "app=api", "--wait", "--timeout", "1s"],
      kubeconfig: kubeconfig, environment: interval)
    #expect(both.code == 3)
    #expect(both.stderr.hasSuffix("; no pods of deploy/web matching -l app=api\n"), "\(both.stderr)")
    let idle = await LampRunner.run(
      ["events", "-n", "shop", "--for", "deployment/idle", "--wait", "--timeout", "5s"], kubeconfig: kubeconfig,
      environment: interval)
    #expect(idle.code == 0, "\(idle.stdout)\(idle.stderr)")
    // A kind that has no pods of its own is clear without any.
    let service = await LampRunner.run(
      ["events", "-n", "monitoring", "--for", "service/prometheus", "--wait", "--timeout", "5s"],
      kubeconfig: kubeconfig, environment: interval)
    #expect(service.code == 0, "\(service.stdout)\(service.stderr)")
  }

  @Test("--wait is not clear while the pods in scope are still being made")
  func waitForPodsBeingMade() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let interval = ["LAMP_WAIT_INTERVAL": "0.2"]
    func replicaSet(_ name: String, wants: Int, has: Int) throws -> JSONValue {
      try JSONValue.parse(
        Data(
          """
          {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"\(name)","namespace":"shop","uid":"\(name)",
            "creationTimestamp":"2026-11-20T10:00:00Z",
            "ownerReferences":[
              {"apiVersion":"apps/v1","kind":"Deployment","name":"roll","uid":"roll","controller":true}]},
           "spec":{"replicas":\(wants),"selector":{"matchLabels":{"app":"roll"}},
             "template":{"metadata":{"labels":{"app":"roll"}},"spec":{"containers":[{"name":"app","image":"x"}]}}},
           "status":{"replicas":\(has)}}
          """.utf8))
    }
    try await cluster.sim.apply([
      // At generation 2, which its controller has not acted on yet; its ReplicaSet has its pod.
      try Self.deployment("roll", replicas: 1, generation: 2, observed: 1), try replicaSet("roll-1", wants: 1, has: 1),
      try Self.runningPod("roll-1-a", label: "roll", owner: "roll-1", startedAt: "2026-11-20T10:01:00Z", restarts: 0),
    ])
    func wait(_ scope: [String]) async -> LampResult {
      await LampRunner.run(
        ["events", "-n", "shop", "--wait", "--timeout", "1s"] + scope, kubeconfig: kubeconfig, environment: interval)
    }
    let unobserved = await wait(["--for", "deployment/roll"])
    #expect(unobserved.code == 3, "\(unobserved.stdout)\(unobserved.stderr)")
    #expect(unobserved.stderr.hasSuffix("; pods of deployment/roll still being made\n"), "\(unobserved.stderr)")
    try await cluster.sim.apply([try Self.deployment("roll", replicas: 1, generation: 2, observed: 2, updated: 1)])
    #expect(await wait(["--for", "deployment/roll"]).code == 0)
    // Between two steps of a rollout nothing is pending, but the next step's pods are still to come.
    try await cluster.sim.apply([try Self.deployment("roll", replicas: 3, generation: 3, observed: 3, updated: 1)])
    let midway = await wait(["--for", "deployment/roll"])
    #expect(midway.code == 3, "\(midway.stdout)\(midway.stderr)")
    #expect(
      midway.stderr.hasSuffix("; the rollout of deployment/roll has made 1 of 3 new pods\n"), "\(midway.stderr)")
    // A paused rollout goes no further: the pods that exist are what there is to check.
    try await cluster.sim.apply([
      try Self.deployment("roll", replicas: 3, generation: 3, observed: 3, updated: 1, paused: true)
    ])
    #expect(await wait(["--for", "deployment/roll"]).code == 0)
    try await cluster.sim.apply([try Self.deployment("roll", replicas: 1, generation: 4, observed: 4, updated: 1)])
    // The controller made a new ReplicaSet that has not made its pod yet.
    try await cluster.sim.apply([try replicaSet("roll-2", wants: 1, has: 0)])
    let scalingUp = await wait(["-l", "app=roll"])
    #expect(scalingUp.code == 3, "\(scalingUp.stdout)\(scalingUp.stderr)")
    #expect(scalingUp.stderr.hasSuffix("; pods matching -l app=roll still being made\n"), "\(scalingUp.stderr)")
    try await cluster.sim.apply([
      try replicaSet("roll-2", wants: 1, has: 1),
      try Self.runningPod("roll-2-a", label: "roll", owner: "roll-2", startedAt: "2026-11-20T11:59:00Z", restarts: 0),
    ])
    #expect(await wait(["-l", "app=roll"]).code == 0)
    #expect(await wait(["--for", "deployment/roll"]).code == 0)
  }

  @Test("a crash-looping container caught running between two crashes still fails the check; a recovered one not")
  func crashLoopBetweenCrashes() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    func pod(_ name: String, startedAt: String) throws -> JSONValue {
      try Self.runningPod(name, startedAt: startedAt, restarts: 21)
    }
    func backOff(_ name: String) throws -> JSONValue {
      try JSONValue.parse(
        Data(
          """
          {"apiVersion":"v1","kind":"Event","metadata":{"name":"\(name).backoff","namespace":"shop"},
           "involvedObject":{"apiVersion":"v1","kind":"Pod","name":"\(name)","namespace":"shop","uid":"\(name)"},
           "reason":"BackOff","type":"Warning","message":"Back-off restarting failed container app","count":300,
           "firstTimestamp":"2026-11-20T10:05:00Z","lastTimestamp":"2026-11-20T11:59:30Z"}
          """.utf8))
    }
    try await cluster.sim.apply([
      try pod("loop", startedAt: "2026-11-20T11:59:20Z"), try backOff("loop"),
      try pod("healed", startedAt: "2026-11-20T11:30:00Z"), try backOff("healed"),
    ])
    for arguments in [["-l", "app=loop"], ["--for", "pod/loop"], []] {
      let check = await LampRunner.run(
        ["events", "-n", "shop", "--pending-only", "--fail-if-pending"] + arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(check.code == 3, "\(arguments): \(check.stdout)\(check.stderr)")
      #expect(check.stdout.contains("keeps crashing: last exit code 1 (Error), 21 restarts; up again for 40s"))
    }
    let healed = await LampRunner.run(
      ["events", "-n", "shop", "--pending-only", "--fail-if-pending", "-l", "app=healed"],
      kubeconfig: cluster.kubeconfigPath)
    #expect(healed.code == 0, "\(healed.stdout)")
    // The assistant reads the same classification, as of the same clock.
    let ask = await LampRunner.run(
      ["ask", "why is pod loop failing", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(ask.code == 0, "\(ask.stderr)")
    #expect(ask.stdout.contains("keeps crashing"), "\(ask.stdout)")
  }

  @Test("a StatefulSet that cannot create its pods fails -l and --for checks until it wants none")
  func statefulSetFailedCreate() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    func statefulSet(replicas: Int) throws -> JSONValue {
      try JSONValue.parse(
        Data(
          """
          {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db","namespace":"batch","uid":"sts-db"},
           "spec":{"replicas":\(replicas),"serviceName":"db","selector":{"matchLabels":{"app":"db"}},
             "template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"db","image":"x"}]}}},
           "status":{"replicas":0}}
          """.utf8))
    }
    let event = try JSONValue.parse(
      Data(
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"db.1","namespace":"batch"},
         "involvedObject":{"apiVersion":"apps/v1","kind":"StatefulSet","name":"db","namespace":"batch","uid":"sts-db"},
         "reason":"FailedCreate","type":"Warning","count":30,"lastTimestamp":"2026-11-20T11:50:00Z",
         "message":"create Pod db-0 in StatefulSet db failed error: pods db-0 is forbidden: error looking up \
        service account batch/db-sa: serviceaccount db-sa not found"}
        """.utf8))
    try await cluster.sim.apply([try statefulSet(replicas: 1), event])
    for arguments in [["-l", "app=db"], ["--for", "statefulset/db"]] {
      let check = await LampRunner.run(
        ["events", "-n", "batch", "--pending-only", "--fail-if-pending"] + arguments, kubeconfig: kubeconfig)
      #expect(check.code == 3, "\(arguments): \(check.stdout)\(check.stderr)")
      #expect(check.stdout.contains("statefulset/db"), "\(check.stdout)")
    }
    try await cluster.sim.apply([try statefulSet(replicas: 0)])
    let scaledDown = await LampRunner.run(
      ["events", "-n", "batch", "--pending-only", "--fail-if-pending", "--for", "statefulset/db"],
      kubeconfig: kubeconfig)
    #expect(scaledDown.code == 0, "\(scaledDown.stdout)")
  }

  @Test("a FailedCreate is not pending once its ReplicaSet has its pods or wants none", arguments: [(0, 0), (2, 2)])
  func staleFailedCreate(wanted: Int, created: Int) async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let before = await LampRunner.run(
      ["events", "-n", "batch", "--pending-only", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(before.code == 3)
    #expect(before.stdout.contains("deployment/pdf-export"), "\(before.stdout)")
    let replicaSet = try JSONValue.parse(
      Data(
        """
        {"apiVersion":"apps/v1","kind":"ReplicaSet","metadata":{"name":"pdf-export-5c6b7d9f4","namespace":"batch",
         "uid":"f3cfbaa1-1984-4286-be31-dabdc9b85a96","labels":{"app":"pdf-export","pod-template-hash":"5c6b7d9f4"},
         "ownerReferences":[{"apiVersion":"apps/v1","kind":"Deployment","name":"pdf-export","controller":true,
           "uid":"8d2d15f9-9822-412a-813d-ffe866baf8d3"}]},
         "spec":{"replicas":\(wanted),"selector":{"matchLabels":{"app":"pdf-export"}},
           "template":{"metadata":{"labels":{"app":"pdf-export"}},
             "spec":{"containers":[{"name":"exporter","image":"x"}]}}},
         "status":{"replicas":\(created)}}
        """.utf8))
    try await cluster.sim.apply([replicaSet])
    let after = await LampRunner.run(
      ["events", "-n", "batch", "--pending-only", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(!after.stdout.contains("pdf-export"), "\(after.stdout)")
    #expect(after.stdout.contains("deployment/worker"), "the other failing workload still is: \(after.stdout)")
    #expect(after.code == 3)
  }

  @Test("a warning about a pod no path can name (\"..\") is shown, and that pod is not fetched")
  func warningAboutAnImpossiblePod() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let event = try JSONDecoder().decode(
      JSONValue.self,
      from: Data(
        """
        {"apiVersion":"v1","kind":"Event","metadata":{"name":"dotdot.1","namespace":"shop"},
         "involvedObject":{"apiVersion":"v1","kind":"Pod","name":"..","namespace":"shop"},
         "reason":"BackOff","type":"Warning","message":"Back-off restarting failed container",
         "count":3,"lastTimestamp":"2026-11-20T11:10:00Z","source":{"component":"kubelet"}}
        """.utf8))
    try await cluster.sim.apply([event])
    let result = await LampRunner.run(["events", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#""name": "..""#))
  }

  @Test("flags that would do nothing are usage errors; --no-headers prints rows only")
  func flagCombinations() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let kubeconfig = cluster.kubeconfigPath
    let watch = await LampRunner.run(["events", "-w", "--fail-if-pending"], kubeconfig: kubeconfig)
    #expect(watch.code == 2)
    #expect(
      watch.stderr
        == "error: --fail-if-pending checks one report and cannot be combined with --watch; see 'lamp events --help'\n")
    let timeout = await LampRunner.run(["events", "--timeout", "3s"], kubeconfig: kubeconfig)
    #expect(timeout.code == 2)
    #expect(timeout.stderr == "error: --timeout applies to --wait; see 'lamp events --help'\n")
    // A negative value reaches the value's own check instead of reading as an unknown flag.
    let negative = await LampRunner.run(["events", "--since", "-5m"], kubeconfig: kubeconfig)
    #expect(negative.code == 2)
    #expect(
      negative.stderr == "error: invalid --since duration \"-5m\" (e.g. 30s, 10m, 2h); see 'lamp events --help'\n")
    // 0, as in kubectl logs --since, is no limit; Go's units below a second are read.
    let all = await LampRunner.run(["events", "-n", "shop", "--no-pending"], kubeconfig: kubeconfig)
    let zero = await LampRunner.run(["events", "-n", "shop", "--no-pending", "--since", "0"], kubeconfig: kubeconfig)
    #expect(zero.code == 0 && zero.stdout == all.stdout && all.stdout.contains("BackOff"))
    let short = await LampRunner.run(["events", "-n", "shop", "--since", "1500ms"], kubeconfig: kubeconfig)
    #expect(short.code == 0, "\(short.stderr)")
    // Longer than kubectl reads (Go's limit): refused, where it once overflowed counting the wait in milliseconds.
    let endless = await LampRunner.run(["events", "--wait", "--timeout", "99999999999999h"], kubeconfig: kubeconfig)
    #expect(endless.code == 2)
    #expect(
      endless.stderr
        == "error: invalid --timeout duration \"99999999999999h\" (e.g. 30s, 10m, 2h); see 'lamp events --help'\n")
    // `..` is no namespace: libcurl would resolve it away and list every namespace's events instead.
    let dotDot = await LampRunner.run(["events", "-n", ".."], kubeconfig: kubeconfig)
    #expect(dotDot.code == 2)
    #expect(dotDot.stdout.isEmpty)
    #expect(dotDot.stderr == "error: invalid namespace \"..\": may not be '..'; see 'lamp events --help'\n")
    // The same namespace from the kubeconfig's context is refused by the first request that would use it.
    let copy = cluster.directory.appendingPathComponent("dot-dot-namespace").path
    try FileManager.default.copyItem(atPath: kubeconfig, toPath: copy)
    _ = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["--kubeconfig", copy, "config", "set-context", "--current", "--namespace=.."])
    let fromContext = await LampRunner.run(["events"], kubeconfig: copy)
    #expect(fromContext.code == 1)
    #expect(fromContext.stderr == "error: invalid namespace \"..\": may not be '..'\n")
    // Nothing readable at all is an error after the warnings, not an empty report that reads as a clear one.
    for command in [["events"], ["events", "--no-pending"], ["events", "-o", "json"], ["map"]] {
      let nobody = await LampRunner.run(command + ["-n", "shop", "--as", "nobody"], kubeconfig: kubeconfig)
      #expect(nobody.code == 1 && nobody.stdout.isEmpty, "\(command)")
      #expect(nobody.stderr.contains("warning: missing permission: list events") || command == ["map"])
      #expect(
        nobody.stderr.hasSuffix(
          "error: nothing could be read in namespace \"shop\": every list was forbidden (see the warnings above)\n"),
        "\(nobody.stderr)")
    }
    // A selector that cannot parse is a usage error (exit 2), found before any request, not the server's 400.
    for command in [["events"], ["map"]] {
      for selector in ["=web", "app in web", "app=web,"] {
        let bad = await LampRunner.run(command + ["-n", "shop", "-l", selector], kubeconfig: kubeconfig)
        #expect(bad.code == 2, "\(command) -l \(selector)")
        #expect(bad.stderr.hasPrefix("error: invalid -l selector \"\(selector)\": "), "\(bad.stderr)")
      }
    }
    let depth = await LampRunner.run(["map", "--focus", "deploy/web", "--depth", "-1"], kubeconfig: kubeconfig)
    #expect(depth.stderr == "error: --depth must be 0 or more; see 'lamp map --help'\n")
    let rows = await LampRunner.run(["events", "-n", "batch", "--no-headers"], kubeconfig: kubeconfig)
    #expect(rows.code == 0)
    let lines = rows.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(!lines.isEmpty)
    for line in lines {
      #expect(!line.isEmpty && line != "PENDING" && line != "EVENTS" && !line.hasPrefix("LAST SEEN"), "\(line)")
    }
  }

  /// Deployment NAME in shop, its pods labelled `app: NAME`, at `generation`, which its controller has acted on up
  /// to `observed`; `updated` of its pods are from its latest template.
  static func deployment(
    _ name: String, replicas: Int, generation: Int = 1, observed: Int = 1, updated: Int? = nil, paused: Bool = false
  ) throws -> JSONValue {
    let rollout = updated.map { #","updatedReplicas":\#($0)"# } ?? ""
    return
      try JSONValue.parse(
        Data(
          """
          {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"\(name)","namespace":"shop","uid":"\(name)",
            "generation":\(generation),"creationTimestamp":"2026-11-20T10:00:00Z"},
           "spec":{"replicas":\(replicas),"paused":\(paused),"selector":{"matchLabels":{"app":"\(name)"}},
             "template":{"metadata":{"labels":{"app":"\(name)"}},"spec":{"containers":[{"name":"app","image":"x"}]}}},
           "status":{"observedGeneration":\(observed)\(rollout)}}
          """.utf8))
  }

  /// A running pod in shop labelled `app: NAME` (or `app: LABEL`), its container up since `startedAt`: ready when it
  /// never restarted, else not ready after its last run ended with exit code 1. `owner` names its ReplicaSet.
  static func runningPod(
    _ name: String, label: String? = nil, owner: String? = nil, startedAt: String, restarts: Int
  ) throws -> JSONValue {
    let ready = restarts == 0
    let lastState = ready ? "" : #","lastState":{"terminated":{"exitCode":1,"reason":"Error"}}"#
    let owners = owner.map {
      #","ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet","name":"\#($0)","uid":"\#($0)","#
        + #""controller":true}]"#
    }
    return try JSONValue.parse(
      Data(
        """
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"\(name)","namespace":"shop","uid":"\(name)",
          "labels":{"app":"\(label ?? name)"},"creationTimestamp":"2026-11-20T10:00:00Z"\(owners ?? "")},
         "spec":{"nodeName":"ip-10-0-45-101.us-west-2.compute.internal","containers":[{"name":"app","image":"x"}]},
         "status":{"phase":"Running","conditions":[{"type":"Ready","status":"\(ready ? "True" : "False")"}],
           "containerStatuses":[{"name":"app","ready":\(ready),"restartCount":\(restarts),
             "state":{"running":{"startedAt":"\(startedAt)"}}\(lastState)}]}}
        """.utf8))
  }
}
