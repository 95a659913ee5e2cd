import Foundation
import KubeAPI
import Testing

@testable import EventsFeature

@Suite("TriagedPod: what lamp events decodes of each pod")
struct TriagedPodTests {
  @Test("the demo cluster classifies the same with triaged pods as with whole ones")
  func sameFindings() throws {
    let whole = try DemoCluster.snapshot()
    var triaged = whole
    triaged.pods = try DemoCluster.objects(kind: "Pod").map { (try DemoCluster.decode($0) as TriagedPod).pod }
    #expect(triaged.pods.count == whole.pods.count)
    #expect(triaged.pods.contains { $0.spec == nil }, "healthy pods are decoded without their spec")
    #expect(PendingClassifier.classify(triaged) == PendingClassifier.classify(whole))
  }

  @Test("a scanned pod list gives the same triaged pods as JSONDecoder")
  func scanningMatchesDecoding() throws {
    let pods = try DemoCluster.objects(kind: "Pod")
    let page = try DemoCluster.listPage(kind: "PodList", items: pods)
    let decoded = try KubeJSON.decoder().decode(ObjectList<TriagedPod>.self, from: page).items.map(\.pod)
    let scanned = try #require(ObjectList<TriagedPod>.scanning(page)).items.map(\.pod)
    #expect(scanned.count == pods.count)
    #expect(scanned == decoded)
  }

  @Test(
    "spec and full status only for pods the classifier looks at",
    arguments: [
      ("Running", nil, 1, false), ("Pending", nil, 1, true), ("Running", "CrashLoopBackOff", 1, true),
      ("Running", "ContainerCreating", 1, true), ("Succeeded", nil, 1, false), ("Failed", nil, 1, false),
      // Up between two crashes of a crash loop, maybe: the classifier looks.
      ("Running", nil, 3, true),
    ] as [(String, String?, Int, Bool)])
  func detail(phase: String, waiting: String?, restarts: Int, detailed: Bool) throws {
    let state =
      waiting.map { #"{"waiting":{"reason":"\#($0)"}}"# } ?? #"{"running":{"startedAt":"2026-11-20T10:00:00Z"}}"#
    let json = """
      {"metadata":{"name":"p","namespace":"shop","uid":"u1","ownerReferences":[{"apiVersion":"apps/v1",
      "kind":"ReplicaSet","name":"web-1","uid":"rs1","controller":true}]},
      "spec":{"nodeName":"n1","containers":[{"name":"app","image":"nginx"}]},
      "status":{"phase":"\(phase)","conditions":[{"type":"Ready","status":"False"}],
      "containerStatuses":[{"name":"app","ready":false,"restartCount":\(restarts),"state":\(state)}]}}
      """
    let pod = try KubeJSON.decoder().decode(TriagedPod.self, from: Data(json.utf8)).pod
    #expect(pod.metadata.name == "p")
    #expect(pod.controller?.name == "web-1", "owners are kept for --for")
    #expect(pod.phase == phase)
    #expect((pod.spec != nil) == detailed)
    #expect((pod.status?.containerStatuses != nil) == detailed)
  }
}
