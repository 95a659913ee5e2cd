import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Pods the kubelet evicted (node pressure): the eviction message says which resource ran out.
public struct EvictionAnalyzer: Analyzer {
  public init() {}

  public var name: String { "eviction" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    context.pods.filter { $0.phase == "Failed" && $0.status?.reason == "Evicted" }.map { pod in
      let ref = AnalysisContext.ref(pod)
      let message = pod.status?.message ?? ""
      var evidence = [Evidence(object: ref, source: "status.message", text: message)]
      if let node = pod.spec?.nodeName, !node.isEmpty {
        evidence.append(
          Evidence(
            object: ObjectRef(kind: "Node", namespace: "", name: node), source: "spec.nodeName",
            text: "evicted from this node"))
      }
      return Finding(
        analyzer: name, reason: "Evicted", severity: .warning, object: ref,
        title: "evicted: " + (message.components(separatedBy: ". ").first ?? "node pressure"), rootCauseScore: 0.6,
        evidence: evidence,
        fix: Fix(
          summary: "Set memory requests close to real use so the pod lands on a node with room; delete the evicted pod",
          commands: ["kubectl delete pod \(ref.name)\(ref.namespaceFlag)"]))
    }
  }
}
