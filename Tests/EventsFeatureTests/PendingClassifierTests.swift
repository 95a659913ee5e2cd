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

  @Test("without nodes, the scheduler's message alone decides")
  func messageOnly() throws {
    var snapshot = try DemoCluster.snapshot()
    snapshot.nodes = nil
    snapshot.nodePools = nil
    let findings = PendingClassifier.classify(snapshot)
    let web = try #require(findings.first { $0.name == "web-6d4cf56db6-9xkqz" })
    #expect(web.reason == .podAffinity)
    #expect(web.explanation.hasSuffix("nominated to nodeclaim/default-q7zrt"))
    let ml = try #require(findings.first { $0.name == "ml-training-7xq2m" })
    #expect(ml.explanation == "not enough cpu on 2 nodes (requests cpu 6)")
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
      ], events: [])
    let byName = Dictionary(PendingClassifier.classify(snapshot).map { ($0.name, $0) }) { a, _ in a }
    #expect(
      byName["crash"]?.explanation
        == "container app keeps crashing: last exit code 137 (OOMKilled, memory limit 256Mi), 3 restarts")
    #expect(byName["secret"]?.explanation == "container app: Secret db-password does not exist")
    #expect(
      byName["pull"]?.explanation == "container app cannot pull example/app:1: access denied (check imagePullSecrets)")
  }
}
