import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Containers whose last run ended OOMKilled and that are running again (crash loops are `CrashLoopAnalyzer`'s):
/// names the memory limit and the restart count.
public struct OOMKilledAnalyzer: Analyzer {
  public init() {}

  public var name: String { "oomkilled" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for pod in context.pods where pod.metadata.deletionTimestamp == nil {
      for status in pod.status?.containerStatuses ?? [] {
        guard status.lastState?.terminated?.reason == "OOMKilled", status.state?.waiting?.reason != "CrashLoopBackOff"
        else { continue }
        let ref = AnalysisContext.ref(pod)
        let container = pod.spec?.containers?.first { $0.name == status.name }
        let limit = container?.resources?.limits?["memory"].map { "\($0)" }
        let restarts = status.restartCount ?? 0
        var title = "container \(status.name) was OOMKilled"
        title += limit.map { " (memory limit \($0))" } ?? " (no memory limit: the node ran out)"
        if restarts > 0 { title += ", \(restarts) restart\(restarts == 1 ? "" : "s")" }
        let evidence = [
          Evidence(
            object: ref, source: "status.containerStatuses[\(status.name)].lastState.terminated",
            text: "reason OOMKilled, exit code \(status.lastState?.terminated?.exitCode ?? 137)"),
          Evidence(
            object: ref, source: "spec.containers[\(status.name)].resources.limits.memory", text: limit ?? "not set"),
        ]
        let owner = context.specOwner(of: pod)
        result.append(
          Finding(
            analyzer: name, reason: "OOMKilled", severity: .warning, object: ref, title: title, rootCauseScore: 0.8,
            evidence: evidence,
            fix: Fix(
              summary: "Raise the memory limit above the container's peak use, or reduce its memory use",
              commands: [
                "kubectl set resources \(owner.kubectlName)\(ref.namespaceFlag) -c \(status.name)"
                  + " --limits=memory=NEW_LIMIT"
              ])))
      }
    }
    return result
  }
}
