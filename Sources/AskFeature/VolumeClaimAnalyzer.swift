import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// PersistentVolumeClaims that stay Pending, with the binder's or provisioner's latest warning.
public struct VolumeClaimAnalyzer: Analyzer {
  public init() {}

  public var name: String { "volumes" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    context.snapshot.objects("PersistentVolumeClaim").filter { $0.string("status", "phase") == "Pending" }.map {
      claim in
      let ref = claim.ref
      let warnings = context.events(about: ref).filter(\.isWarning)
      let storageClass = claim.string("spec", "storageClassName")
      var evidence = [
        Evidence(object: ref, source: "status.phase", text: "Pending"),
        Evidence(
          object: ref, source: "spec.storageClassName",
          text: storageClass.map { $0.isEmpty ? "\"\" (static binding only)" : $0 } ?? "not set (cluster default)"),
      ]
      evidence += warnings.suffix(1).map(AnalysisContext.evidence)
      let cause = warnings.last.map { ": " + $0.message } ?? ""
      return Finding(
        analyzer: name, reason: "ClaimPending", severity: .error, object: ref,
        title: "PersistentVolumeClaim is not bound\(cause)", rootCauseScore: 0.92, evidence: evidence,
        fix: Fix(
          summary: "Set spec.storageClassName to a class with a provisioner (recreate the claim), or create a "
            + "PersistentVolume that matches its size and access modes",
          commands: ["kubectl get storageclass", "kubectl get pv"]))
    }
  }
}
