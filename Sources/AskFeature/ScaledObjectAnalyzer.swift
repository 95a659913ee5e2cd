import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// KEDA ScaledObjects that cannot scale: target missing or of a kind without a scale subresource, a trigger failing
/// (often an RBAC denial reading the trigger's secret), or not Ready for another reason; paused ones are noted.
public struct ScaledObjectAnalyzer: Analyzer {
  public init() {}

  public var name: String { "keda" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for scaler in context.snapshot.objects("ScaledObject") {
      let ref = scaler.ref
      let targetKind = scaler.string("spec", "scaleTargetRef", "kind") ?? "Deployment"
      let targetName = scaler.string("spec", "scaleTargetRef", "name") ?? ""
      let target = ObjectRef(kind: targetKind, namespace: ref.namespace, name: targetName)
      let events = context.events(about: ref)
      let ready = scaler.condition("Ready")
      // A target that cannot be scaled: the reference, and what KEDA says when not Ready.
      var targetEvidence = [Evidence(object: ref, source: "spec.scaleTargetRef", text: "\(targetKind)/\(targetName)")]
      if let ready, ready.status != "True" {
        targetEvidence.append(
          Evidence(object: ref, source: "status.conditions[Ready]", text: "\(ready.reason): \(ready.message)"))
      }
      if TargetCheck.missing(target, context: context) {
        result.append(
          Finding(
            analyzer: name, reason: "ScaleTargetMissing", severity: .error, object: ref,
            title: "ScaledObject's scale target \(targetKind) \(targetName) does not exist", rootCauseScore: 0.95,
            evidence: targetEvidence,
            fix: Fix(
              summary: "Point spec.scaleTargetRef.name at an existing \(targetKind), or delete the ScaledObject",
              commands: [
                "kubectl get deployments\(ref.namespaceFlag)",
                "kubectl edit scaledobject \(ref.name)\(ref.namespaceFlag)",
              ])))
        continue
      }
      if TargetCheck.unscalable(scaler, context: context) {
        result.append(
          Finding(
            analyzer: name, reason: "ScaleTargetNotScalable", severity: .error, object: ref,
            title: "ScaledObject cannot scale \(targetKind) \(targetName): \(targetKind) has no scale subresource",
            rootCauseScore: 0.95, evidence: targetEvidence,
            fix: Fix(
              summary: "Point spec.scaleTargetRef at a kind with a scale subresource (a Deployment, a StatefulSet, "
                + "a custom resource whose CRD declares one), or delete the ScaledObject",
              commands: ["kubectl edit scaledobject \(ref.name)\(ref.namespaceFlag)"])))
        continue
      }
      if let failed = events.last(where: { $0.reason == "KEDAScalerFailed" }) {
        var evidence = [AnalysisContext.evidence(failed)]
        if let ready, ready.status != "True" {
          evidence.append(
            Evidence(object: ref, source: "status.conditions[Ready]", text: "\(ready.reason): \(ready.message)"))
        }
        var title = "ScaledObject trigger fails: " + TriggerText.short(failed.message)
        var fix = Fix(
          summary: "Fix the trigger's connection settings or its TriggerAuthentication",
          commands: ["kubectl describe scaledobject \(ref.name)\(ref.namespaceFlag)"])
        if let denial = RBACDenial.parse(failed.message) {
          title =
            "ScaledObject trigger fails: \(denial.userShort) may not \(denial.verb) \(denial.resource)"
            + " in \(denial.namespace ?? ref.namespace)"
          fix = denial.fix(fallbackNamespace: ref.namespace)
        }
        result.append(
          Finding(
            analyzer: name, reason: "TriggerFailing", severity: .error, object: ref, title: title, rootCauseScore: 0.95,
            evidence: evidence, fix: fix))
        continue
      }
      if let ready, ready.status == "False" {
        result.append(
          Finding(
            analyzer: name, reason: ready.reason.isEmpty ? "NotReady" : ready.reason, severity: .error, object: ref,
            title: "ScaledObject is not Ready: \(ready.message)", rootCauseScore: 0.85,
            evidence: [
              Evidence(object: ref, source: "status.conditions[Ready]", text: "\(ready.reason): \(ready.message)")
            ],
            fix: Fix(
              summary: "Fix what the Ready condition names",
              commands: ["kubectl describe scaledobject \(ref.name)\(ref.namespaceFlag)"])))
        continue
      }
      let pausedAnnotation =
        scaler.metadata.annotations?["autoscaling.keda.sh/paused"] == "true"
        || scaler.metadata.annotations?["autoscaling.keda.sh/paused-replicas"] != nil
      if pausedAnnotation || scaler.condition("Paused")?.status == "True" {
        result.append(
          Finding(
            analyzer: name, reason: "Paused", severity: .info, object: ref,
            title: "ScaledObject is paused: KEDA does not scale \(targetKind.lowercased())/\(targetName)",
            rootCauseScore: 0.3,
            evidence: [Evidence(object: ref, source: "metadata.annotations", text: "autoscaling.keda.sh/paused")],
            fix: Fix(
              summary: "Remove the pause annotation when scaling should resume",
              commands: [
                "kubectl annotate scaledobject \(ref.name)\(ref.namespaceFlag) autoscaling.keda.sh/paused-"
                  + " autoscaling.keda.sh/paused-replicas-"
              ])))
      }
    }
    return result
  }
}

/// Shortens KEDA's trigger error messages.
enum TriggerText {
  static func short(_ message: String) -> String {
    let line = message.split(separator: "\n").first.map(String.init) ?? message
    return line.count > 160 ? String(line.prefix(157)) + "..." : line
  }
}
