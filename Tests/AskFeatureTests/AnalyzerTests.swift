import AskFeature
import EventsFeature
import Foundation
import KubeAPI
import Testing

/// Analyzers on small hand-made snapshots: the cases the demo does not have.
@Suite struct AnalyzerTests {
  static let now = Date(timeIntervalSince1970: 1_795_176_000)

  static func document(_ kind: String, _ json: String) throws -> ObjectDocument {
    var document = try KubeJSON.decoder().decode(ObjectDocument.self, from: Data(json.utf8))
    document.kind = kind
    return document
  }

  static func pod(_ name: String, labels: [String: String], ready: Bool) -> Pod {
    Pod(
      metadata: ObjectMeta(name: name, namespace: "app", labels: labels),
      status: Pod.Status(
        phase: "Running",
        conditions: [Pod.Condition(type: "Ready", status: ready ? "True" : "False")]))
  }

  static func context(pods: [Pod] = [], objects: [ObjectDocument] = [], events: [ClusterEvent] = []) -> AnalysisContext
  {
    AnalysisContext(
      snapshot: AskSnapshot(cluster: ClusterSnapshot(pods: pods, events: events, nodes: []), objects: objects),
      now: now)
  }

  @Test func serviceSelectingNothingNamesTheNearMiss() throws {
    let service = try Self.document(
      "Service", #"{"metadata":{"name":"web","namespace":"app"},"spec":{"selector":{"app":"web","tier":"front"}}}"#)
    let pods = [Self.pod("web-1", labels: ["app": "web", "tier": "frontend"], ready: true)]
    let findings = ServiceAnalyzer().analyze(Self.context(pods: pods, objects: [service]))
    let finding = try #require(findings.first)
    #expect(finding.reason == "ServiceSelectsNothing")
    #expect(finding.evidence.contains { $0.text == "pod web-1 matches all but tier (it has tier=frontend)" })
  }

  @Test func serviceWithOnlyUnreadyPodsIsASymptom() throws {
    let service = try Self.document(
      "Service", #"{"metadata":{"name":"web","namespace":"app"},"spec":{"selector":{"app":"web"}}}"#)
    let pods = [Self.pod("web-1", labels: ["app": "web"], ready: false)]
    let finding = try #require(ServiceAnalyzer().analyze(Self.context(pods: pods, objects: [service])).first)
    #expect(finding.reason == "ServiceNoReadyEndpoints")
    #expect(finding.rootCauseScore < 0.6)
  }

  @Test func ingressToAPortTheServiceDoesNotHave() throws {
    let service = try Self.document(
      "Service",
      #"{"metadata":{"name":"web","namespace":"app"},"spec":{"selector":{"app":"web"},"ports":[{"n"#
        + #"ame":"http","port":80}]}}"#
    )
    let ingress = try Self.document(
      "Ingress",
      #"{"metadata":{"name":"web","namespace":"app"},"spec":{"rules":[{"host":"a.example","http":{"#
        + #""paths":[{"path":"/","backend":{"service":{"name":"web","port":{"number":8080}}}}]}}]}}"#
    )
    let finding = try #require(IngressAnalyzer().analyze(Self.context(objects: [service, ingress])).first)
    #expect(finding.reason == "IngressBackendPortMissing")
    #expect(finding.evidence.last?.text == "http/80")
  }

  @Test func rbacDenialsBecomeOneFindingWithTheRoleThatFixesIt() throws {
    let message =
      #"failed to list *v1.Secret: secrets is forbidden: User "system:serviceaccount:ops:backup" c"#
      + #"annot list resource "secrets" in API group "" in the namespace "app""#
    let event = ClusterEvent(
      name: "e1", namespace: "app",
      regarding: ObjectReference(kind: "Pod", namespace: "app", name: "backup-1"), reason: "FailedSync",
      message: message, type: "Warning", count: 3, firstSeen: Self.now, lastSeen: Self.now, source: "backup")
    let findings = RBACDenialAnalyzer().analyze(Self.context(events: [event, event]))
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.title == "ops/backup is denied list on secrets in app")
    #expect(
      finding.fix.commands == [
        "kubectl create role backup-list-secrets --verb=list --resource=secrets -n app",
        "kubectl create rolebinding backup-list-secrets --role=backup-list-secrets --serviceaccount=ops:backup -n app",
      ])
  }

  @Test func quotaNearlyUsedUp() throws {
    let quota = try Self.document(
      "ResourceQuota",
      #"{"metadata":{"name":"q","namespace":"app"},"status":{"hard":{"pods":"10","requests.cpu":"8"#
        + #""},"used":{"pods":"10","requests.cpu":"2"}}}"#
    )
    let finding = try #require(QuotaAnalyzer().analyze(Self.context(objects: [quota])).first)
    #expect(finding.title == "ResourceQuota nearly or fully used: pods 10 of 10")
  }

  @Test func notReadyNode() throws {
    let node = Node(
      metadata: ObjectMeta(name: "n1"),
      status: Node.Status(conditions: [
        Node.Condition(
          type: "Ready", status: "Unknown", reason: "NodeStatusUnknown", message: "Kubelet stopped posting")
      ]))
    let context = AnalysisContext(
      snapshot: AskSnapshot(cluster: ClusterSnapshot(pods: [], events: [], nodes: [node])), now: Self.now)
    let finding = try #require(NodeAnalyzer().analyze(context).first)
    #expect(finding.reason == "NodeNotReady")
    #expect(finding.severity == .critical)
  }
}
