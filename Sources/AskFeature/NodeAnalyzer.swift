import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Nodes that are NotReady or report memory, disk or PID pressure.
public struct NodeAnalyzer: Analyzer {
  public init() {}

  public var name: String { "nodes" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for node in context.snapshot.cluster.nodes ?? [] {
      let ref = ObjectRef(kind: "Node", namespace: "", name: node.metadata.name)
      let conditions = node.status?.conditions ?? []
      if let ready = conditions.first(where: { $0.type == "Ready" }), ready.status != "True" {
        result.append(
          Finding(
            analyzer: name, reason: "NodeNotReady", severity: .critical, object: ref,
            title: "Node is NotReady: \(ready.reason ?? "") \(ready.message ?? "")", rootCauseScore: 0.85,
            evidence: [
              Evidence(object: ref, source: "status.conditions[Ready]", text: "\(ready.status): \(ready.message ?? "")")
            ],
            fix: Fix(
              summary: "Check the kubelet and the instance; drain and replace the node if it does not recover",
              commands: [
                "kubectl describe node \(ref.name)",
                "kubectl drain \(ref.name) --ignore-daemonsets --delete-emptydir-data",
              ])))
      }
      for condition in conditions where ["MemoryPressure", "DiskPressure", "PIDPressure"].contains(condition.type) {
        guard condition.status == "True" else { continue }
        var evidence = [
          Evidence(
            object: ref, source: "status.conditions[\(condition.type)]",
            text: condition.message ?? condition.reason ?? "True")
        ]
        evidence += context.events(about: ref).filter(\.isWarning).suffix(2).map(AnalysisContext.evidence)
        result.append(
          Finding(
            analyzer: name, reason: condition.type, severity: .warning, object: ref,
            title: "Node under \(condition.type): the kubelet evicts pods and new pods avoid it", rootCauseScore: 0.7,
            evidence: evidence,
            fix: Fix(
              summary: "Find the pods using the most of it and set requests/limits that match their use",
              commands: [
                "kubectl describe node \(ref.name)", "kubectl get pods -A --field-selector spec.nodeName=\(ref.name)",
              ])))
      }
    }
    return result
  }
}
