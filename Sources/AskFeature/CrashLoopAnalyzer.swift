import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Containers in CrashLoopBackOff: the classifier's text (last exit code and reason), plus the tail of the
/// previous run's log when it was fetched.
public struct CrashLoopAnalyzer: Analyzer {
  public init() {}

  public var name: String { "crashloop" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for pending in context.pendingFindings where pending.reason == .crashLoop && pending.kind == "Pod" {
      guard let pod = context.pod(namespace: pending.namespace, name: pending.name) else { continue }
      let ref = AnalysisContext.ref(pod)
      let container = pending.container ?? ""
      var evidence = pending.evidence.map {
        EvidenceText.parse($0, object: ref, statusField: "status.containerStatuses[\(container)].state")
      }
      let status = (pod.status?.containerStatuses ?? []).first { $0.name == container }
      if let last = status?.lastState?.terminated {
        let parts = [
          last.reason.map { "reason \($0)" }, last.exitCode.map { "exit code \($0)" },
          last.finishedAt.map { "finished \(Self.time($0))" },
        ].compactMap { $0 }
        evidence.append(
          Evidence(
            object: ref, source: "status.containerStatuses[\(container)].lastState.terminated",
            text: parts.joined(separator: ", ")))
      }
      let key = AskSnapshot.logKey(namespace: ref.namespace, pod: ref.name, container: container)
      if let log = context.snapshot.logs[key], !log.isEmpty {
        evidence.append(Evidence(object: ref, source: "log --previous (tail)", text: log))
      }
      let oom = status?.lastState?.terminated?.reason == "OOMKilled"
      var title = "CrashLoopBackOff: \(pending.explanation)"
      let missing = LogHints.missingServices(in: context.snapshot.logs[key] ?? "", context: context)
      if let service = missing.first {
        title += "; its log fails to resolve \(service.name).\(service.namespace).svc: \(service) does not exist"
        evidence.append(Evidence(object: service, source: "services", text: "not found"))
      }
      var fix =
        oom
        ? Fix(
          summary: "Raise the container's memory limit (or fix the leak)",
          commands: [
            "kubectl set resources \(context.specOwner(of: pod).kubectlName)\(ref.namespaceFlag) -c \(container) "
              + "--limits=memory=NEW_LIMIT"
          ])
        : Fix(
          summary: "Fix the cause of the exit shown in the log, then let the pod restart",
          commands: ["kubectl logs \(ref.name)\(ref.namespaceFlag) -c \(container) --previous"])
      if let service = missing.first, !oom {
        fix = Fix(
          summary:
            "Create Service \(service.name) in \(service.namespace) (or fix the host name the app is configured with)",
          commands: [
            "kubectl get services -n \(service.namespace)",
            "kubectl set env \(context.specOwner(of: pod).kubectlName)\(ref.namespaceFlag) --list",
          ])
      }
      result.append(
        Finding(
          analyzer: name, reason: "CrashLoopBackOff", severity: .error, object: ref,
          title: title, rootCauseScore: 0.9, evidence: evidence, fix: fix))
    }
    return result
  }

  static func time(_ date: Date) -> String {
    KubeTime.format(date)
  }
}
