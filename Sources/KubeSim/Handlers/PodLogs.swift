import Foundation
import KubeAPI

/// The log text of a pod's container: from the `lamp-sim.dev/logs` / `lamp-sim.dev/previous-logs` annotations
/// (plain text for every container, or a JSON object of container → text), else a few generic lines.
struct PodLogs: Sendable {
  static let logsAnnotation = "lamp-sim.dev/logs"
  static let previousLogsAnnotation = "lamp-sim.dev/previous-logs"

  /// One log line and when it was written.
  struct Line: Sendable {
    var time: Date
    var text: String
  }

  let pod: JSONValue

  /// The container to read, validated as the kubelet/apiserver do.
  func container(named requested: String?) throws(StatusError) -> String {
    let name = pod[path: ["metadata", "name"]]?.stringValue ?? ""
    let containers = names("containers")
    let initContainers = names("initContainers")
    guard let requested, !requested.isEmpty else {
      if containers.count == 1 { return containers[0] }
      var message =
        "a container name must be specified for pod \(name), choose one of: [\(containers.joined(separator: " "))]"
      if !initContainers.isEmpty {
        message += " or one of the init containers: [\(initContainers.joined(separator: " "))]"
      }
      throw StatusError.badRequest(message)
    }
    guard containers.contains(requested) || initContainers.contains(requested) else {
      throw StatusError.badRequest("container \(requested) is not valid for pod \(name)")
    }
    return requested
  }

  /// The lines of `container`'s current (or previous) run.
  func lines(container: String, previous: Bool, now: Date) throws(StatusError) -> [Line] {
    let podName = pod[path: ["metadata", "name"]]?.stringValue ?? ""
    let status =
      (pod[path: ["status", "containerStatuses"]]?.arrayValue ?? [])
      + (pod[path: ["status", "initContainerStatuses"]]?.arrayValue ?? [])
    let containerStatus = status.first { $0["name"]?.stringValue == container }
    let annotation = previous ? Self.previousLogsAnnotation : Self.logsAnnotation
    let text = annotated(annotation, container: container)
    if previous {
      guard let text else {
        throw StatusError.badRequest("previous terminated container \"\(container)\" in pod \"\(podName)\" not found")
      }
      let finished = containerStatus?[path: ["lastState", "terminated", "finishedAt"]]?.stringValue
      return stamp(text, ending: finished.flatMap(SimClock.parse) ?? now.addingTimeInterval(-60))
    }
    if let waiting = containerStatus?[path: ["state", "waiting", "reason"]]?.stringValue, waiting != "CrashLoopBackOff",
      text == nil
    {
      let reason =
        ["ErrImagePull", "ImagePullBackOff"].contains(waiting) ? "trying and failing to pull image" : waiting
      throw StatusError.badRequest("container \"\(container)\" in pod \"\(podName)\" is waiting to start: \(reason)")
    }
    if containerStatus == nil, pod[path: ["spec", "nodeName"]]?.stringValue == nil, text == nil {
      throw StatusError.badRequest(
        "container \"\(container)\" in pod \"\(podName)\" is waiting to start: ContainerCreating")
    }
    if let text { return stamp(text, ending: now) }
    let started =
      containerStatus?[path: ["state", "running", "startedAt"]]?.stringValue.flatMap(SimClock.parse)
      ?? pod[path: ["metadata", "creationTimestamp"]]?.stringValue.flatMap(SimClock.parse) ?? now
    let image =
      (pod[path: ["spec", "containers"]]?.arrayValue ?? []).first { $0["name"]?.stringValue == container }?["image"]?
      .stringValue ?? "unknown"
    return [
      Line(time: started, text: "starting \(container) (image \(image))"),
      Line(time: started.addingTimeInterval(1), text: "listening on :8080"),
      Line(time: started.addingTimeInterval(2), text: "ready to serve requests"),
    ]
  }

  private func names(_ key: String) -> [String] {
    (pod[path: ["spec", key]]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }
  }

  private func annotated(_ annotation: String, container: String) -> String? {
    guard let raw = pod[path: ["metadata", "annotations", annotation]]?.stringValue else { return nil }
    guard raw.hasPrefix("{") else { return raw }
    do {
      guard let members = try JSONValue.parse(Data(raw.utf8)).objectValue else { return raw }
      return members[container]?.stringValue
    } catch {
      // Text that merely starts with a brace is the log itself.
      return raw
    }
  }

  /// Spreads the lines over the seconds before `ending`.
  private func stamp(_ text: String, ending: Date) -> [Line] {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines.enumerated().map { index, line in
      Line(time: ending.addingTimeInterval(Double(index - lines.count)), text: line)
    }
  }
}
