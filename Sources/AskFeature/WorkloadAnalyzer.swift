import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Deployments and StatefulSets with fewer ready replicas than desired: a symptom, ranked below the causes
/// found on their pods.
public struct WorkloadAnalyzer: Analyzer {
  public init() {}

  public var name: String { "workload" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for workload in context.snapshot.cluster.workloads
    where ["Deployment", "StatefulSet"].contains(workload.kind ?? "") {
      let desired = workload.spec?.replicas ?? 1
      let ready = workload.status?.readyReplicas ?? 0
      guard desired > 0, ready < desired else { continue }
      let ref = ObjectRef(
        kind: workload.kind ?? "", namespace: workload.metadata.namespace ?? "", name: workload.metadata.name)
      result.append(
        Finding(
          analyzer: name, reason: "Unavailable", severity: .warning, object: ref,
          title: "\(ready) of \(desired) replicas ready", rootCauseScore: 0.2,
          evidence: [
            Evidence(object: ref, source: "status.readyReplicas", text: "\(ready) (spec.replicas \(desired))")
          ],
          fix: Fix(
            summary: "See the findings on its pods; the workload recovers when they run",
            commands: ["lamp events\(ref.namespaceFlag) --for \(ref.kubectlName)"])))
    }
    return result
  }
}
