import EventsFeature
import Foundation
import KubeAPI
import Testing

@Suite("PendingClassifier")
struct PendingClassifierTests {
  @Test("the demo cluster: one finding per stuck pod or workload, with its detail, longest first")
  func demo() throws {
    let findings = PendingClassifier.classify(try DemoCluster.snapshot())
    let byName = Dictionary(findings.map { ($0.name, $0) }) { a, _ in a }
    #expect(
      byName["recommender-6b8f7d9c5-x4hqd"]?.explanation == "no node and no NodePool offers kubernetes.io/arch=arm64")
    #expect(
      byName["metrics-server-5f8b7c6d94-p2w7n"]?.explanation.hasPrefix(
        "untolerated taint CriticalAddonsOnly=true:NoSchedule on 1 node (the only node matching its selector)") == true)
    #expect(byName["ml-training-7xq2m"]?.reason == .insufficientResources)
    #expect(byName["ml-training-7xq2m"]?.nodePools?.map(\.fits) == [false, false])
    #expect(byName["media-processor-79c5b8d6f4-r8tfn"]?.reason == .unboundVolume)
    #expect(byName["media-processor-79c5b8d6f4-r8tfn"]?.nodePools == nil, "Karpenter cannot bind a claim")
    #expect(byName["web-6d4cf56db6-9xkqz"]?.explanation.contains("nodeclaim/default-q7zrt") == true)
    #expect(byName["checkout-7b9f5d6c4-l4xzp"]?.container == "app")
    #expect(byName["worker"]?.kind == "Deployment")
    #expect(byName["pdf-export"]?.reason == .createFailed)
    #expect(byName["pdf-renderer-5f9c4d7b6-n6gwl"] == nil, "restarted after an OOM kill but running now")
    #expect(byName["search-6c7f4b9d5-h6kzp"] == nil, "running, only not ready")
    #expect(findings.count == 10)
    let since = findings.compactMap(\.since)
    #expect(since == since.sorted())
  }

  @Test("without nodes, the scheduler's message decides and every reason it gives is named; Karpenter's, the pools'")
  func messageOnly() throws {
    var snapshot = try DemoCluster.snapshot()
    snapshot.nodes = nil
    snapshot.nodePools = nil
    let findings = PendingClassifier.classify(snapshot)
    let web = try #require(findings.first { $0.name == "web-6d4cf56db6-9xkqz" })
    #expect(web.reason == .podAffinity)
    #expect(web.explanation.hasSuffix("nominated to nodeclaim/default-q7zrt"))
    let ml = try #require(findings.first { $0.name == "ml-training-7xq2m" })
    #expect(ml.reason == .insufficientResources)
    #expect(
      ml.explanation
        == "not enough cpu on 2 nodes (requests cpu 6); untolerated taint CriticalAddonsOnly=true on 1 node and "
        + "node.kubernetes.io/memory-pressure on 1 node; 1 node does not match karpenter.sh/capacity-type=on-demand; "
        + "no NodePool can provide one (default rejected by Karpenter: all available instance types exceed its "
        + "limits; spot offers karpenter.sh/capacity-type In [spot] only)")
    // Which reason decides is unknown without the nodes: the taint is named after the selector that counts more.
    let metrics = try #require(findings.first { $0.name == "metrics-server-5f8b7c6d94-p2w7n" })
    #expect(
      metrics.explanation
        == "3 nodes do not match eks.amazonaws.com/nodegroup=system; untolerated taint CriticalAddonsOnly=true on 1 "
        + "node and node.kubernetes.io/memory-pressure on 1 node; no NodePool can provide one (each does not set "
        + "eks.amazonaws.com/nodegroup)")
    let arm = try #require(findings.first { $0.name == "recommender-6b8f7d9c5-x4hqd" })
    #expect(arm.explanation.hasSuffix("no NodePool can provide one (each offers kubernetes.io/arch In [amd64] only)"))
    #expect(arm.nodePools?.map(\.nodePool) == ["default", "spot"])
  }

  @Test("Karpenter's latest message overrules a NodePool lamp finds no obstacle in, and stands in for unlisted pools")
  func karpenterMessage() throws {
    func decode<T: Decodable>(_ json: String) throws -> T {
      try KubeJSON.decoder().decode(T.self, from: Data(json.utf8))
    }
    let pod: Pod = try decode(
      #"{"metadata":{"name":"big","namespace":"shop","uid":"big-uid","creationTimestamp":"2026-11-20T11:00:00Z"},"#
        + #""spec":{"containers":[{"name":"app","resources":{"requests":{"cpu":"64"}}}]},"status":{"phase":"Pending"}}"#
    )
    let pool: NodePool = try decode(
      #"{"apiVersion":"karpenter.sh/v1","kind":"NodePool","metadata":{"name":"general"},"spec":{"template":{"spec":"#
        + #"{"requirements":[{"key":"kubernetes.io/arch","operator":"In","values":["amd64"]}]}}}}"#)
    func event(_ name: String, _ message: String) -> ClusterEvent {
      ClusterEvent(
        Event(
          metadata: ObjectMeta(name: name, namespace: "shop"),
          involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "big", uid: "big-uid"),
          reason: "FailedScheduling", message: message, type: "Warning", count: 1, lastTimestamp: DemoCluster.now))
    }
    let scheduler = event("big.1", "0/3 nodes are available: 3 Insufficient cpu.")
    let karpenter = event(
      "big.2",
      #"Failed to schedule pod, incompatible with nodepool "general", daemonset overhead={"cpu":"175m"}, no instance "#
        + #"type satisfied resources {"cpu":"64175m","pods":"4"} and requirements karpenter.sh/nodepool In [general], "#
        + #"kubernetes.io/arch In [amd64] (no instance type has enough resources)"#)
    var snapshot = ClusterSnapshot(pods: [pod], events: [scheduler], nodePools: [pool])
    let fits = try #require(PendingClassifier.classify(snapshot).first)
    #expect(fits.explanation == "not enough cpu on 3 nodes (requests cpu 64); NodePool general could provide a node")
    snapshot.events.append(karpenter)
    let rejected = try #require(PendingClassifier.classify(snapshot).first)
    #expect(
      rejected.explanation
        == "not enough cpu on 3 nodes (requests cpu 64); no NodePool can provide one (general rejected by Karpenter: "
        + "no instance type has enough resources)")
    #expect(rejected.nodePools?.map(\.fits) == [false])
    snapshot.nodePools = nil
    let unlisted = try #require(PendingClassifier.classify(snapshot).first)
    #expect(unlisted.explanation == rejected.explanation)
    snapshot.events = [scheduler]
    let unknown = try #require(PendingClassifier.classify(snapshot).first)
    #expect(unknown.explanation == "not enough cpu on 3 nodes (requests cpu 64)")
    #expect(unknown.nodePools == nil)
  }

  @Test("a pod with no events and no condition is not yet scheduled")
  func notYetScheduled() throws {
    let pod = Pod(
      metadata: ObjectMeta(name: "fresh", namespace: "shop", creationTimestamp: DemoCluster.now),
      spec: Pod.Spec(schedulerName: "custom-scheduler"), status: Pod.Status(phase: "Pending"))
    let finding = try #require(PendingClassifier.classify(ClusterSnapshot(pods: [pod], events: [])).first)
    #expect(finding.reason == .notYetScheduled)
    #expect(finding.explanation.contains("custom-scheduler"))
  }

  @Test("a pod held by scheduling gates is its own class: no NodePool verdict, whatever the scheduler said before")
  func schedulingGated() throws {
    var snapshot = try DemoCluster.snapshot()
    var spec = Pod.Spec(containers: [Pod.Container(name: "app")])
    spec.schedulingGates = [Pod.SchedulingGate(name: "kueue.x-k8s.io/admission"), Pod.SchedulingGate(name: "b/c")]
    let pod = Pod(
      metadata: ObjectMeta(name: "gated", namespace: "shop", uid: "gated", creationTimestamp: DemoCluster.now),
      spec: spec,
      status: Pod.Status(
        phase: "Pending",
        conditions: [
          StatusCondition(
            type: "PodScheduled", status: "False", reason: "SchedulingGated",
            message: "Scheduling is blocked due to non-empty scheduling gates")
        ]))
    snapshot.pods = [pod]
    // From before the gate was added back (a queue may gate a pod again after evicting it).
    snapshot.events.append(
      ClusterEvent(
        Event(
          metadata: ObjectMeta(name: "gated.1", namespace: "shop"),
          involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "gated", uid: "gated"),
          reason: "FailedScheduling", message: "0/5 nodes are available: 5 Insufficient cpu.", type: "Warning",
          count: 2, lastTimestamp: DemoCluster.now)))
    let finding = try #require(PendingClassifier.classify(snapshot).first { $0.name == "gated" })
    #expect(finding.reason == .schedulingGated)
    #expect(finding.reason.isScheduling)
    #expect(
      finding.explanation
        == "held by scheduling gates kueue.x-k8s.io/admission and b/c; it is not scheduled until they are removed")
    #expect(finding.nodePools == nil)
    #expect(
      finding.evidence == [
        "PodScheduled=False (SchedulingGated): Scheduling is blocked due to non-empty scheduling gates"
      ])
  }

  @Test("a nomination to a node no longer listed, or to a NodeClaim known to be gone, is stale")
  func staleNominations() throws {
    var snapshot = try DemoCluster.snapshot()
    let web = "web-6d4cf56db6-9xkqz"
    func explanation() throws -> String {
      try #require(PendingClassifier.classify(snapshot).first { $0.name == web }).explanation
    }
    #expect(try explanation().hasSuffix("; Karpenter nominated nodeclaim/default-q7zrt for it"))
    snapshot.goneNodeClaims = ["default-q7zrt"]
    #expect(try explanation().hasSuffix("; it was nominated to nodeclaim/default-q7zrt, which no longer exists"))
    #expect(PendingClassifier.classify(snapshot).first { $0.name == web }?.nominated == nil)

    let index = try #require(snapshot.pods.firstIndex { $0.metadata.name == web })
    snapshot.pods[index].status?.nominatedNodeName = "ip-10-0-45-101.us-west-2.compute.internal"
    // status.nominatedNodeName is the scheduler's: set when the pod preempts pods on that node.
    #expect(
      try explanation().hasSuffix(
        "; the scheduler nominated node ip-10-0-45-101.us-west-2.compute.internal for it, where it preempts "
          + "lower-priority pods"))
    #expect(PendingClassifier.classify(snapshot).first { $0.name == web }?.nominatedByScheduler == true)
    snapshot.pods[index].status?.nominatedNodeName = "ip-10-9-9-9.us-west-2.compute.internal"
    #expect(
      try explanation().hasSuffix(
        "; it was nominated to node ip-10-9-9-9.us-west-2.compute.internal, which no longer exists"))
  }

  @Test("the shared example: taints named with the nodes carrying them; the batch NodePool's taint is not tolerated")
  func sharedExample() throws {
    let pod: Pod = try DemoCluster.fixture("pod-pending-untolerated-taint.json")
    let node: Node = try DemoCluster.fixture("node-karpenter-aws.json")
    let pool: NodePool = try DemoCluster.fixture("nodepool-with-status.json")
    let event = ClusterEvent(try DemoCluster.fixture("event-failedscheduling.events-v1.json", as: EventV1.self))
    let snapshot = ClusterSnapshot(pods: [pod], events: [event], nodes: [node], nodePools: [pool])
    let finding = try #require(PendingClassifier.classify(snapshot).first)
    #expect(finding.reason == .untoleratedTaint)
    #expect(
      finding.explanation
        == "untolerated taint example.com/dedicated=batch:NoSchedule on 1 node; no NodePool can provide one "
        + "(batch taint example.com/dedicated=batch:NoSchedule not tolerated)")
    #expect(finding.evidence.first?.hasPrefix("FailedScheduling ×7 (default-scheduler): 0/3 nodes") == true)
  }

  @Test("cordoned and tainted nodes: the class is whichever blocks more nodes, and the other is named too")
  func cordonedBeatsAFewTaints() throws {
    var snapshot = try DemoCluster.snapshot()
    let pod = Pod(
      metadata: ObjectMeta(name: "plain", namespace: "shop", uid: "plain-uid", creationTimestamp: DemoCluster.now),
      spec: Pod.Spec(containers: [Pod.Container(name: "app")]), status: Pod.Status(phase: "Pending"))
    let message =
      "0/5 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 1 node(s) had "
      + "untolerated taint {node.kubernetes.io/memory-pressure: }, 3 node(s) were unschedulable."
    let event = ClusterEvent(
      Event(
        metadata: ObjectMeta(name: "plain.1", namespace: "shop"),
        involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "plain", uid: "plain-uid"),
        reason: "FailedScheduling", message: message, type: "Warning", count: 2, lastTimestamp: DemoCluster.now))
    snapshot.pods = [pod]
    snapshot.events = [event]
    let untainted = Set((snapshot.nodes ?? []).filter { $0.taints.isEmpty }.map(\.metadata.name))
    func cordon(_ count: Int) {
      var left = count
      snapshot.nodes = snapshot.nodes?.map { node in
        guard untainted.contains(node.metadata.name), left > 0 else { return node }
        left -= 1
        var cordoned = node
        cordoned.spec = Node.Spec(taints: node.spec?.taints, unschedulable: true)
        return cordoned
      }
    }
    cordon(3)
    let most = try #require(PendingClassifier.classify(snapshot).first)
    #expect(most.reason == .nodesCordoned, "\(most.explanation)")
    #expect(
      most.explanation.hasPrefix(
        "3 of the 5 nodes it may use are cordoned; the other 2: untolerated taints CriticalAddonsOnly=true:NoSchedule "
          + "on 1 node and node.kubernetes.io/memory-pressure:NoSchedule on 1 node"), "\(most.explanation)")
    snapshot.nodes = try DemoCluster.snapshot().nodes
    cordon(1)
    // Two untainted nodes left: nothing blocks it there, so placement says nothing and the message decides.
    #expect(PendingClassifier.classify(snapshot).first?.reason != .untoleratedTaint)
    // Every node cordoned, the tainted ones too: the scheduler checks the cordon first and counts them as cordoned.
    snapshot.nodes = try DemoCluster.snapshot().nodes?.map { node in
      var cordoned = node
      cordoned.spec = Node.Spec(taints: node.spec?.taints, unschedulable: true)
      return cordoned
    }
    let all = try #require(PendingClassifier.classify(snapshot).first)
    #expect(all.reason == .nodesCordoned)
    #expect(all.explanation.hasPrefix("the 5 nodes it may use are cordoned"), "\(all.explanation)")
  }

  @Test("a volume whose Secret or ConfigMap does not exist is a ConfigError naming it; other mount failures are not")
  func missingVolumeSource() throws {
    func pod(_ name: String, mountFailure: String) -> (Pod, ClusterEvent) {
      let volumes = [
        Pod.Volume(name: "keys", secret: Pod.SecretVolumeSource(secretName: "api-keys")),
        Pod.Volume(name: "settings", configMap: Pod.OptionalReference(name: "app-settings")),
      ]
      let pod = Pod(
        metadata: ObjectMeta(name: name, namespace: "shop", uid: name, creationTimestamp: DemoCluster.now),
        spec: Pod.Spec(nodeName: "n1", containers: [Pod.Container(name: "app")], volumes: volumes),
        status: Pod.Status(
          phase: "Pending",
          containerStatuses: [
            Pod.ContainerStatus(name: "app", state: Pod.ContainerState(waiting: .init(reason: "ContainerCreating")))
          ]))
      let event = ClusterEvent(
        Event(
          metadata: ObjectMeta(name: "\(name).1", namespace: "shop"),
          involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: name, uid: name),
          reason: "FailedMount", message: mountFailure, type: "Warning", count: 9, lastTimestamp: DemoCluster.now))
      if !mountFailure.hasPrefix("MountVolume") {
        let scheduling = ClusterEvent(
          Event(
            metadata: ObjectMeta(name: "\(name).1", namespace: "shop"),
            involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: name, uid: name),
            reason: "FailedScheduling", message: mountFailure, type: "Warning", count: 3,
            lastTimestamp: DemoCluster.now.addingTimeInterval(-400)))
        return (pod, scheduling)
      }
      return (pod, event)
    }
    let cases = [
      pod("certs", mountFailure: #"MountVolume.SetUp failed for volume "certs" : secret "tls-missing" not found"#),
      pod("config", mountFailure: #"MountVolume.SetUp failed for volume "cfg" : configmap "app-config" not found"#),
      pod("nfs", mountFailure: #"MountVolume.SetUp failed for volume "data" : mount failed: exit status 32"#),
      pod(
        "secret-key",
        mountFailure: #"MountVolume.SetUp failed for volume "keys" : references non-existent secret key: stripe"#),
      pod(
        "config-key",
        mountFailure:
          #"MountVolume.SetUp failed for volume "settings" : configmap references non-existent config key: app.yaml"#),
      pod("placed", mountFailure: "0/2 nodes are available: 2 Insufficient cpu."),
    ]
    let snapshot = ClusterSnapshot(pods: cases.map(\.0), events: cases.map(\.1))
    let byName = Dictionary(PendingClassifier.classify(snapshot).map { ($0.name, $0) }) { a, _ in a }
    #expect(byName["certs"]?.reason == .configError)
    #expect(byName["certs"]?.explanation == "volume certs: Secret shop/tls-missing does not exist")
    #expect(byName["config"]?.explanation == "volume cfg: ConfigMap shop/app-config does not exist")
    #expect(byName["nfs"]?.reason == .containerCreating)
    #expect(byName["secret-key"]?.reason == .configError)
    #expect(byName["secret-key"]?.explanation == "volume keys: Secret shop/api-keys has no key stripe")
    #expect(byName["config-key"]?.explanation == "volume settings: ConfigMap shop/app-settings has no key app.yaml")
    // A scheduling failure from before the pod was placed says nothing about its containers.
    #expect(byName["placed"]?.explanation == "waiting for the kubelet on n1 to start its containers")
  }

  @Test("a DaemonSet's pod gets no NodePool verdict: Karpenter does not provision for it")
  func daemonSetPod() throws {
    var snapshot = try DemoCluster.snapshot()
    let pod = Pod(
      metadata: ObjectMeta(
        name: "agent-x1", namespace: "shop", uid: "agent-x1", creationTimestamp: DemoCluster.now,
        ownerReferences: [
          OwnerReference(apiVersion: "apps/v1", kind: "DaemonSet", name: "agent", uid: "ds1", controller: true)
        ]),
      spec: Pod.Spec(containers: [Pod.Container(name: "agent")]), status: Pod.Status(phase: "Pending"))
    let event = ClusterEvent(
      Event(
        metadata: ObjectMeta(name: "agent-x1.1", namespace: "shop"),
        involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "agent-x1", uid: "agent-x1"),
        reason: "FailedScheduling", message: "0/5 nodes are available: 5 Insufficient cpu.", type: "Warning",
        count: 2, lastTimestamp: DemoCluster.now))
    snapshot.pods = [pod]
    snapshot.events = [event]
    let finding = try #require(PendingClassifier.classify(snapshot).first)
    #expect(finding.nodePools == nil)
    #expect(!finding.explanation.contains("NodePool"), "\(finding.explanation)")
  }

  @Test("container states: OOMKilled crash loops, missing Secrets, image pulls")
  func containers() throws {
    func pod(_ name: String, waiting reason: String, message: String, last: Pod.ContainerState? = nil) -> Pod {
      Pod(
        metadata: ObjectMeta(name: name, namespace: "shop", creationTimestamp: DemoCluster.now),
        spec: Pod.Spec(
          nodeName: "n1",
          containers: [
            Pod.Container(
              name: "app", image: "example/app:1",
              resources: ResourceRequirements(limits: ["memory": try! .init(parsing: "256Mi")]))
          ]),
        status: Pod.Status(
          phase: name == "crash" ? "Running" : "Pending",
          containerStatuses: [
            Pod.ContainerStatus(
              name: "app", restartCount: 3, state: Pod.ContainerState(waiting: .init(reason: reason, message: message)),
              lastState: last)
          ]))
    }
    let oom = Pod.ContainerState(terminated: .init(exitCode: 137, reason: "OOMKilled"))
    let snapshot = ClusterSnapshot(
      pods: [
        pod("crash", waiting: "CrashLoopBackOff", message: "back-off", last: oom),
        pod("secret", waiting: "CreateContainerConfigError", message: "secret \"db-password\" not found"),
        pod("pull", waiting: "ErrImagePull", message: "failed to pull: 401 Unauthorized"),
        pod(
          "timeout", waiting: "ErrImagePull",
          message: "pulling quay.io/org/app:4013: dial tcp 54.4.0.3:443: i/o timeout"),
      ], events: [])
    let byName = Dictionary(PendingClassifier.classify(snapshot).map { ($0.name, $0) }) { a, _ in a }
    #expect(
      byName["crash"]?.explanation
        == "container app keeps crashing: last exit code 137 (OOMKilled, memory limit 256Mi), 3 restarts")
    #expect(byName["secret"]?.explanation == "container app: Secret shop/db-password does not exist")
    #expect(
      byName["pull"]?.explanation == "container app cannot pull example/app:1: access denied (check imagePullSecrets)")
    #expect(
      byName["timeout"]?.explanation.hasSuffix("registry unreachable") == true, "a tag holding 401 is not a status")
  }
}
