import Foundation
import KubeAPI

/// kubectl's pod row: READY, STATUS (the reason logic of `kubectl get pods`), RESTARTS with the last restart age.
enum PodPrinter {
  static let columns: [TableColumn] = [
    .name(""),
    TableColumn(name: "Ready", description: "The aggregate readiness state of this pod for accepting traffic."),
    TableColumn(name: "Status", description: "The aggregate status of the containers in this pod."),
    TableColumn(
      name: "Restarts",
      description:
        "The number of times the containers in this pod have been restarted and when the last container in this "
        + "pod has restarted."
    ),
    .age,
    TableColumn(
      name: "IP",
      description: "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.",
      priority: 1),
    TableColumn(
      name: "Node", description: "NodeName is a request to schedule this pod onto a specific node.", priority: 1),
    TableColumn(
      name: "Nominated Node",
      description:
        "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled "
        + "right away as preemption victims receive their graceful termination periods.",
      priority: 1),
    TableColumn(
      name: "Readiness Gates", description: "If specified, all readiness gates will be evaluated for pod readiness.",
      priority: 1),
  ]

  static func cells(_ pod: JSONValue, now: Date) -> [JSONValue] {
    let spec = pod["spec"]
    let status = pod["status"]
    var reason = status?["phase"]?.stringValue ?? ""
    if let statusReason = status?["reason"]?.stringValue, !statusReason.isEmpty { reason = statusReason }
    var restarts: Int64 = 0
    var lastRestart: Date?
    var ready = 0
    let total = spec?["containers"]?.arrayValue?.count ?? 0
    var initializing = false
    let initStatuses = status?["initContainerStatuses"]?.arrayValue ?? []
    let initCount = spec?["initContainers"]?.arrayValue?.count ?? 0
    for (index, container) in initStatuses.enumerated() {
      restarts += container["restartCount"]?.intValue ?? 0
      let state = container["state"]
      if let terminated = state?["terminated"], terminated["exitCode"]?.intValue == 0 { continue }
      initializing = true
      if let terminated = state?["terminated"] {
        let why = terminated["reason"]?.stringValue ?? ""
        reason = why.isEmpty ? "Init:ExitCode:\(terminated["exitCode"]?.intValue ?? 0)" : "Init:" + why
      } else if let why = state?["waiting"]?["reason"]?.stringValue, !why.isEmpty, why != "PodInitializing" {
        reason = "Init:" + why
      } else {
        reason = "Init:\(index)/\(initCount)"
      }
      break
    }
    if !initializing {
      restarts = 0
      var hasRunning = false
      for container in (status?["containerStatuses"]?.arrayValue ?? []).reversed() {
        restarts += container["restartCount"]?.intValue ?? 0
        if let finished = container[path: ["lastState", "terminated", "finishedAt"]]?.stringValue,
          let date = SimClock.parse(finished)
        {
          lastRestart = max(lastRestart ?? date, date)
        }
        let state = container["state"]
        if let why = state?["waiting"]?["reason"]?.stringValue, !why.isEmpty {
          reason = why
        } else if let terminated = state?["terminated"] {
          let why = terminated["reason"]?.stringValue ?? ""
          if !why.isEmpty {
            reason = why
          } else if let signal = terminated["signal"]?.intValue, signal != 0 {
            reason = "Signal:\(signal)"
          } else {
            reason = "ExitCode:\(terminated["exitCode"]?.intValue ?? 0)"
          }
        } else if container["ready"]?.boolValue == true, state?["running"] != nil {
          hasRunning = true
          ready += 1
        }
      }
      if reason == "Completed", hasRunning {
        let readyCondition = status?["conditions"]?.arrayValue?.contains {
          $0["type"]?.stringValue == "Ready" && $0["status"]?.stringValue == "True"
        }
        reason = readyCondition == true ? "Running" : "NotReady"
      }
    }
    if pod[path: ["metadata", "deletionTimestamp"]]?.stringValue != nil {
      reason = status?["reason"]?.stringValue == "NodeLost" ? "Unknown" : "Terminating"
    }
    var restartText = String(restarts)
    if restarts != 0, let lastRestart {
      restartText += " (\(HumanDuration.format(now.timeIntervalSince(lastRestart))) ago)"
    }
    let gates = spec?["readinessGates"]?.arrayValue ?? []
    var gatesText = "<none>"
    if !gates.isEmpty {
      let conditions = status?["conditions"]?.arrayValue ?? []
      let passed = gates.filter { gate in
        conditions.contains {
          $0["type"] == gate["conditionType"] && $0["status"]?.stringValue == "True"
        }
      }.count
      gatesText = "\(passed)/\(gates.count)"
    }
    return [
      pod[path: ["metadata", "name"]] ?? .string(""), .string("\(ready)/\(total)"), .string(reason),
      .string(restartText),
      .string(HumanDuration.since(pod[path: ["metadata", "creationTimestamp"]]?.stringValue, now: now)),
      .string(nonEmpty(status?["podIP"]?.stringValue)), .string(nonEmpty(spec?["nodeName"]?.stringValue)),
      .string(nonEmpty(status?["nominatedNodeName"]?.stringValue)), .string(gatesText),
    ]
  }

  static func nonEmpty(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "<none>" }
    return text
  }
}
