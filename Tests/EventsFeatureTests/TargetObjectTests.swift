import Testing

@testable import EventsFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

@Suite("the --for target's rollout, as --wait counts it")
struct TargetObjectTests {
  func object(spec: String, status: String, generation: Int = 1) throws -> TargetObject {
    try JSONDecoder().decode(
      TargetObject.self,
      from: Data(#"{"metadata":{"name":"x","generation":\#(generation)},"spec":\#(spec),"status":\#(status)}"#.utf8))
  }

  @Test("a Deployment's rollout is unfinished until its updated replicas reach its replicas, unless paused")
  func deployment() throws {
    let midway = try object(spec: #"{"replicas":3}"#, status: #"{"observedGeneration":1,"updatedReplicas":1}"#)
    #expect(midway.unfinishedRollout(kind: "Deployment") == EventsQuery.Rollout(updated: 1, wanted: 3))
    // Omitted counts are zero (the API leaves them out), and an omitted spec.replicas is the default, 1.
    let fresh = try object(spec: "{}", status: #"{"observedGeneration":1}"#)
    #expect(fresh.unfinishedRollout(kind: "Deployment") == EventsQuery.Rollout(updated: 0, wanted: 1))
    let done = try object(spec: #"{"replicas":3}"#, status: #"{"observedGeneration":1,"updatedReplicas":3}"#)
    #expect(done.unfinishedRollout(kind: "Deployment") == nil)
    let paused = try object(
      spec: #"{"replicas":3,"paused":true}"#, status: #"{"observedGeneration":1,"updatedReplicas":1}"#)
    #expect(paused.unfinishedRollout(kind: "Deployment") == nil)
    // Counts from before the controller saw generation 2 are not this rollout's.
    let unobserved = try object(
      spec: #"{"replicas":3}"#, status: #"{"observedGeneration":1,"updatedReplicas":3}"#, generation: 2)
    #expect(unobserved.unfinishedRollout(kind: "Deployment") == nil && unobserved.awaitsController)
    #expect(midway.unfinishedRollout(kind: "ReplicaSet") == nil)
  }

  @Test("a StatefulSet's rolling update stops at its partition; OnDelete has no rollout to wait for")
  func statefulSet() throws {
    let partitioned = try object(
      spec: #"{"replicas":5,"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}"#,
      status: #"{"observedGeneration":1,"updatedReplicas":1}"#)
    #expect(partitioned.unfinishedRollout(kind: "StatefulSet") == EventsQuery.Rollout(updated: 1, wanted: 2))
    let past = try object(
      spec: #"{"replicas":5,"updateStrategy":{"rollingUpdate":{"partition":3}}}"#,
      status: #"{"observedGeneration":1,"updatedReplicas":2}"#)
    #expect(past.unfinishedRollout(kind: "StatefulSet") == nil)
    let onDelete = try object(
      spec: #"{"replicas":5,"updateStrategy":{"type":"OnDelete"}}"#, status: #"{"observedGeneration":1}"#)
    #expect(onDelete.unfinishedRollout(kind: "StatefulSet") == nil)
    // A partition beyond the replicas leaves nothing to update.
    let beyond = try object(
      spec: #"{"replicas":2,"updateStrategy":{"rollingUpdate":{"partition":9}}}"#, status: #"{"observedGeneration":1}"#)
    #expect(beyond.unfinishedRollout(kind: "StatefulSet") == nil)
  }
}
