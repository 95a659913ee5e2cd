import ByteScanning
import Formatters
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension PendingClassifier {
  /// A scheduled pod: the first container (init containers first) that waits for a bad reason.
  func containerFinding(_ pod: Pod, pending: Bool) -> PendingFinding? {
    let statuses = (pod.status?.initContainerStatuses ?? []) + (pod.status?.containerStatuses ?? [])
    let since = pending ? pod.metadata.creationTimestamp : failingSince(pod)
    for status in statuses {
      guard let waiting = status.state?.waiting, let reason = waiting.reason else { continue }
      let message = waiting.message ?? ""
      var finding: PendingFinding
      switch reason {
      case "CrashLoopBackOff":
        finding = base(pod, .crashLoop, crashText(status, pod: pod), since: since)
      case "ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull", "RegistryUnavailable":
        let image = image(of: status.name, in: pod) ?? status.image ?? "its image"
        let why = reason == "InvalidImageName" ? "invalid image name" : pullFailure(pod, message: message)
        finding = base(pod, .imagePull, "container \(status.name) cannot pull \(image): \(why)", since: since)
      case "CreateContainerConfigError":
        let problem = configProblem(message, namespace: pod.metadata.namespace ?? "")
        finding = base(pod, .configError, "container \(status.name): \(problem)", since: since)
      case "CreateContainerError", "RunContainerError", "PreStartHookError", "PostStartHookError":
        let text = message.isEmpty ? reason : TextCut.firstSentence(message)
        finding = base(pod, .containerError, "container \(status.name) cannot start: \(text)", since: since)
      case "ContainerCreating", "PodInitializing":
        guard pending else { continue }
        finding = creatingFinding(pod)
      default:
        continue
      }
      finding.container = status.name
      finding.evidence = ["\(status.name): \(reason)" + (message.isEmpty ? "" : ": \(message)")]
      if let warning = events(about: pod).last(where: \.isWarning) { finding.evidence.append(Self.describe(warning)) }
      return finding
    }
    if !pending, let finding = crashLoopBetweenCrashes(pod, statuses: statuses) { return finding }
    return pending ? creatingFinding(pod) : nil
  }

  /// A container up between two crashes of a crash loop, which a check taken at that moment must not pass: it
  /// restarted `crashLoopRestarts` times, last ended in failure, started again less than `backOffReset` ago, and
  /// the kubelet warned about back-off within that time. One that has run longer has recovered.
  func crashLoopBetweenCrashes(_ pod: Pod, statuses: [Pod.ContainerStatus]) -> PendingFinding? {
    guard let now = snapshot.now else { return nil }
    let backOffs = events(about: pod).filter { $0.isWarning && $0.reason == "BackOff" }
    guard let lastBackOff = backOffs.compactMap(\.lastSeen).max(),
      now.timeIntervalSince(lastBackOff) < Self.backOffReset
    else { return nil }
    for status in statuses {
      guard let started = status.state?.running?.startedAt, now.timeIntervalSince(started) < Self.backOffReset,
        (status.restartCount ?? 0) >= Self.crashLoopRestarts, let last = status.lastState?.terminated,
        last.exitCode != 0 || last.reason == "OOMKilled"
      else { continue }
      let up = Age.format(since: started, now: now)
      var finding = base(
        pod, .crashLoop, crashText(status, pod: pod) + "; up again for \(up)", since: failingSince(pod))
      finding.container = status.name
      finding.evidence = [
        "\(status.name): running since \(KubeTime.format(started)) after exit code \(last.exitCode ?? 0)"
      ]
      if let warning = backOffs.last { finding.evidence.append(Self.describe(warning)) }
      return finding
    }
    return nil
  }

  /// Since when a running pod has been failing: since it stopped being ready (its Ready condition's last change,
  /// else its creation), or since the kubelet first warned about its containers, whichever is earlier. The Ready
  /// condition alone would not do: a crash-looping container is ready for a moment after each restart, so its
  /// last change is never more than one back-off (at most 5 minutes) ago, and `--fail-if-pending=10m` would never
  /// see it.
  func failingSince(_ pod: Pod) -> Date? {
    var since = pod.metadata.creationTimestamp
    if let ready = pod.condition("Ready"), ready.status != "True", let time = ready.lastTransitionTime { since = time }
    let warned = events(about: pod).lazy.filter {
      $0.isWarning && EventsQuery.containerWarningReasons.contains($0.reason)
    }
    guard let firstWarning = warned.compactMap(\.firstSeen).min() else { return since }
    return since.map { min($0, firstWarning) } ?? firstWarning
  }

  /// Scheduled, containers not created yet: the latest kubelet warning says why (FailedMount, sandbox errors). A
  /// volume whose ConfigMap or Secret does not exist is a configuration error, as the same reference in `env` is.
  func creatingFinding(_ pod: Pod) -> PendingFinding {
    let node = pod.spec?.nodeName ?? ""
    if let warning = events(about: pod).last(where: \.isWarning), warning.reason == "FailedMount",
      let problem = Self.missingVolumeSource(warning.message, pod: pod)
    {
      var finding = base(pod, .configError, problem, evidence: [Self.describe(warning)])
      finding.node = node
      return finding
    }
    // The scheduler's warnings are from before the pod was placed: they say nothing about its containers.
    if let warning = events(about: pod).last(where: { $0.isWarning && $0.reason != "FailedScheduling" }) {
      var finding = base(
        pod, .containerCreating, "\(warning.reason): \(TextCut.firstSentence(warning.message))",
        evidence: [Self.describe(warning)])
      finding.node = node
      return finding
    }
    return base(pod, .containerCreating, "waiting for the kubelet on \(node) to start its containers")
  }

  func crashText(_ status: Pod.ContainerStatus, pod: Pod) -> String {
    var text = "container \(status.name) keeps crashing"
    if let last = status.lastState?.terminated {
      var details: [String] = []
      if let reason = last.reason, !reason.isEmpty { details.append(reason) }
      if last.reason == "OOMKilled",
        let limit = pod.spec?.containers?.first(where: { $0.name == status.name })?.resources?.limits?["memory"]
      {
        details.append("memory limit \(limit)")
      }
      let detail = details.isEmpty ? "" : " (\(details.joined(separator: ", ")))"
      if let code = last.exitCode {
        text += ": last exit code \(code)\(detail)"
      } else if !detail.isEmpty {
        text += ": last" + detail
      }
    }
    if let restarts = status.restartCount, restarts > 0 { text += ", \(restarts) restart\(restarts == 1 ? "" : "s")" }
    return text
  }

  func image(of container: String, in pod: Pod) -> String? {
    ((pod.spec?.initContainers ?? []) + (pod.spec?.containers ?? [])).first { $0.name == container }?.image
  }

  /// A short cause for an image pull failure, from the kubelet's message or the pod's latest `Failed` event.
  func pullFailure(_ pod: Pod, message: String) -> String {
    var text = message.lowercased()
    if let failed = events(about: pod).last(where: { $0.reason == "Failed" && $0.message.hasPrefix("Failed to pull") })
    {
      text += " " + failed.message.lowercased()
    }
    if text.contains("not found") || text.contains("manifest unknown") { return "not found" }
    // Status codes as words: an image tag, a digest or an address can hold the digits 401 or 403.
    let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
    if text.contains("unauthorized") || text.contains("access denied") || words.contains("403")
      || words.contains("401") || text.contains("authorization failed")
    {
      return "access denied (check imagePullSecrets)"
    }
    if text.contains("no such host") || text.contains("i/o timeout") || text.contains("connection refused") {
      return "registry unreachable"
    }
    return "pull failing"
  }

  /// `couldn't find key K in ConfigMap NS/N` → `ConfigMap NS/N has no key K`; `secret "x" not found` →
  /// `Secret NS/x does not exist`.
  func configProblem(_ message: String, namespace: String) -> String {
    if message.hasPrefix("couldn't find key "), let inRange = message.firstUTF8Range(of: " in ") {
      let key = message[message.index(message.startIndex, offsetBy: "couldn't find key ".count)..<inRange.lowerBound]
      return "\(message[inRange.upperBound...]) has no key \(key)"
    }
    if let missing = Self.missingObject(message, namespace: namespace) { return missing }
    return message.isEmpty ? "configuration error" : TextCut.firstSentence(message)
  }

  /// `MountVolume.SetUp failed for volume "certs" : secret "tls" not found` → `volume certs: Secret NS/tls does not
  /// exist`, and `… : references non-existent secret key: ca.crt` → `volume certs: Secret NS/tls has no key ca.crt`
  /// (the kubelet does not name the Secret: the pod's volume does); nil for any other mount failure.
  static func missingVolumeSource(_ message: String, pod: Pod) -> String? {
    guard message.hasPrefix("MountVolume.SetUp failed for volume "), let separator = message.firstUTF8Range(of: " : ")
    else { return nil }
    let namespace = pod.metadata.namespace ?? ""
    let volume = SchedulerMessage.quoted(String(message[..<separator.lowerBound])) ?? "?"
    let failure = String(message[separator.upperBound...])
    if let missing = missingObject(failure, namespace: namespace) { return "volume \(volume): \(missing)" }
    for (prefix, kind) in [
      ("configmap references non-existent config key: ", "ConfigMap"),
      ("references non-existent secret key: ", "Secret"),
    ] where failure.hasPrefix(prefix) {
      let key = failure.dropFirst(prefix.count)
      let source = pod.spec?.volumes?.first { $0.name == volume }
      let name = kind == "Secret" ? source?.secret?.secretName : source?.configMap?.name
      let object = name.map { "\(kind) \(namespace.isEmpty ? "" : namespace + "/")\($0)" } ?? "its \(kind)"
      return "volume \(volume): \(object) has no key \(key)"
    }
    return nil
  }

  /// `secret "x" not found` (the kubelet's words) → `Secret NS/x does not exist`.
  static func missingObject(_ message: String, namespace: String) -> String? {
    for (prefix, kind) in [("configmap \"", "ConfigMap"), ("secret \"", "Secret")] where message.hasPrefix(prefix) {
      if let name = SchedulerMessage.quoted(message), message.hasSuffix("not found") {
        return "\(kind) \(namespace.isEmpty ? "" : namespace + "/")\(name) does not exist"
      }
    }
    return nil
  }
}
