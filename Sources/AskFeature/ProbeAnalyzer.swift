import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Running pods whose readiness or liveness probes fail (`Unhealthy` events), so Services send them no traffic
/// or the kubelet restarts them.
public struct ProbeAnalyzer: Analyzer {
  public init() {}

  public var name: String { "probes" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for pod in context.pods where pod.phase == "Running" && pod.metadata.deletionTimestamp == nil {
      let ref = AnalysisContext.ref(pod)
      let unhealthy = context.events(about: ref).filter { $0.reason == "Unhealthy" }
      guard let latest = unhealthy.last else { continue }
      let probe = latest.message.components(separatedBy: " probe failed").first ?? "Probe"
      let ready = pod.condition("Ready")?.status == "True"
      if ready && probe == "Readiness" { continue }
      let detail = latest.message.components(separatedBy: "failed: ").dropFirst().joined(separator: "failed: ")
      let owner = context.specOwner(of: pod)
      result.append(
        Finding(
          analyzer: name, reason: "\(probe)ProbeFailing", severity: probe == "Liveness" ? .error : .warning,
          object: ref,
          title: "\(probe.lowercased()) probe failing" + (detail.isEmpty ? "" : ": \(detail)")
            + (ready ? "" : " (pod not Ready)"),
          rootCauseScore: 0.75, evidence: unhealthy.suffix(2).map(AnalysisContext.evidence),
          fix: Fix(
            summary: "Check why the app fails its probe endpoint (logs), or fix the probe's path, port or timing",
            commands: [
              "kubectl logs \(ref.name)\(ref.namespaceFlag) --tail=50",
              "kubectl edit \(owner.kubectlName)\(owner.namespaceFlag)",
            ])))
    }
    return result
  }
}
