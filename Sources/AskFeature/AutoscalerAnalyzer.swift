import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// HorizontalPodAutoscalers that cannot scale: target missing or of a kind without a scale subresource, unable to get
/// the scale, or unable to compute replicas from metrics (naming metrics-server when its pods are not running). HPAs
/// that KEDA owns are reported at a lower score: `ScaledObjectAnalyzer` names the cause.
public struct AutoscalerAnalyzer: Analyzer {
  public init() {}

  public var name: String { "hpa" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for hpa in context.snapshot.objects("HorizontalPodAutoscaler") {
      let ref = hpa.ref
      let keda = (hpa.metadata.ownerReferences ?? []).contains { $0.kind == "ScaledObject" }
      let targetKind = hpa.string("spec", "scaleTargetRef", "kind") ?? "Deployment"
      let targetName = hpa.string("spec", "scaleTargetRef", "name") ?? ""
      let target = ObjectRef(kind: targetKind, namespace: ref.namespace, name: targetName)
      if TargetCheck.missing(target, context: context) {
        result.append(
          Finding(
            analyzer: name, reason: "ScaleTargetMissing", severity: .error, object: ref,
            title: "HPA scale target \(targetKind) \(targetName) does not exist", rootCauseScore: keda ? 0.6 : 0.9,
            evidence: [Evidence(object: ref, source: "spec.scaleTargetRef", text: "\(targetKind)/\(targetName)")],
            fix: Fix(
              summary: "Point spec.scaleTargetRef at an existing workload, or delete the HPA",
              commands: ["kubectl edit hpa \(ref.name)\(ref.namespaceFlag)"])))
        continue
      }
      if TargetCheck.unscalable(hpa, context: context) {
        result.append(
          Finding(
            analyzer: name, reason: "ScaleTargetNotScalable", severity: .error, object: ref,
            title: "HPA cannot scale \(targetKind) \(targetName): \(targetKind) has no scale subresource",
            rootCauseScore: keda ? 0.6 : 0.9,
            evidence: [Evidence(object: ref, source: "spec.scaleTargetRef", text: "\(targetKind)/\(targetName)")],
            fix: Fix(
              summary: "Point spec.scaleTargetRef at a kind with a scale subresource (a Deployment, a StatefulSet, "
                + "a custom resource whose CRD declares one), or delete the HPA",
              commands: ["kubectl edit hpa \(ref.name)\(ref.namespaceFlag)"])))
        continue
      }
      for type in ["AbleToScale", "ScalingActive"] {
        // ScalingDisabled: the target was scaled to zero on purpose (KEDA at zero replicas, or by hand).
        guard let condition = hpa.condition(type), condition.status == "False", condition.reason != "ScalingDisabled"
        else { continue }
        var evidence = [
          Evidence(object: ref, source: "status.conditions[\(type)]", text: "\(condition.reason): \(condition.message)")
        ]
        var title = "HPA cannot scale \(targetKind.lowercased())/\(targetName): \(condition.reason)"
        var fix = Fix(
          summary: "Fix what the condition names", commands: ["kubectl describe hpa \(ref.name)\(ref.namespaceFlag)"])
        if condition.message.contains("metrics.k8s.io") || condition.reason == "FailedGetResourceMetric" {
          let servers = context.metricsServerPods
          let down = servers.filter { $0.condition("Ready")?.status != "True" }
          title = "HPA has no resource metrics (metrics API unavailable)"
          if !servers.isEmpty && down.count == servers.count {
            let pod = down[0]
            title += ": metrics-server is not running (pod \(pod.metadata.name) is \(pod.phase))"
            evidence.append(
              Evidence(object: AnalysisContext.ref(pod), source: "status.phase", text: "\(pod.phase), not Ready"))
            fix = Fix(
              summary: "Get metrics-server running (see its pod's finding); the HPA recovers by itself",
              commands: ["lamp ask metrics-server -n \(pod.metadata.namespace ?? "kube-system")"])
          } else {
            fix = Fix(
              summary: "Install or repair metrics-server (the resource metrics API)",
              commands: ["kubectl get apiservice v1beta1.metrics.k8s.io"])
          }
        }
        let metricsServerDown = evidence.count > 1
        result.append(
          Finding(
            analyzer: name, reason: condition.reason.isEmpty ? "\(type)False" : condition.reason, severity: .warning,
            object: ref, title: title, rootCauseScore: keda ? 0.55 : (metricsServerDown ? 0.85 : 0.75),
            evidence: evidence, fix: fix))
        break
      }
    }
    return result
  }
}
