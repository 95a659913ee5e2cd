import KubeAPI

extension ScaleBuilder {
  /// Exactly `spec.events` events about pods, all within the last hour (the apiserver's event TTL): the scheduler's
  /// FailedScheduling series for Pending pods first, then kubelet BackOff / Unhealthy warnings, then the ordinary
  /// Scheduled / Pulled / Created / Started traffic of running pods.
  mutating func addEvents() {
    guard spec.events > 0, !pods.isEmpty else { return }
    var emitted = 0
    for pod in pods where pod.state == .pending && emitted < spec.events {
      appendSchedulerEvent(pod, index: emitted, failed: true)
      emitted += 1
    }
    for pod in pods where (pod.state == .crashLoop || pod.state == .notReady) && emitted < spec.events {
      appendKubeletEvent(pod, index: emitted, kind: pod.state == .crashLoop ? 4 : 5)
      emitted += 1
    }
    var cursor = 0
    var round = 0
    let scheduled = pods.filter { $0.node != nil }
    guard !scheduled.isEmpty else {
      // Only Pending pods: repeat their scheduler events under new names.
      while emitted < spec.events {
        appendSchedulerEvent(pods[emitted % pods.count], index: emitted, failed: true)
        emitted += 1
      }
      return
    }
    while emitted < spec.events {
      let pod = scheduled[cursor]
      if round % 4 == 0 {
        appendSchedulerEvent(pod, index: emitted, failed: false)
      } else {
        appendKubeletEvent(pod, index: emitted, kind: round % 4)
      }
      emitted += 1
      cursor += 1
      if cursor == scheduled.count {
        cursor = 0
        round += 1
      }
    }
  }

  private mutating func eventMetadata(_ pod: PodInfo, index: Int, created: Int64) -> JSONValue {
    let nanos = UInt64(now) &* 1_000_000_000 &+ UInt64(index) &* 1_000_003
    let name = pod.name + "." + String(nanos, radix: 16)
    return .object(
      metadata(name: name, namespace: pod.namespace, created: ScenarioTimestamp.format(created)))
  }

  private func involved(_ pod: PodInfo, fieldPath: String?) -> JSONValue {
    var reference: [String: JSONValue] = [
      "apiVersion": .string("v1"), "kind": .string("Pod"), "name": .string(pod.name),
      "namespace": .string(pod.namespace), "uid": .string(pod.uid),
    ]
    if let fieldPath { reference["fieldPath"] = .string(fieldPath) }
    return .object(reference)
  }

  /// A new-style (events.k8s.io) scheduler event: eventTime, a series when repeated, legacy fields null.
  private mutating func appendSchedulerEvent(_ pod: PodInfo, index: Int, failed: Bool) {
    let first = now - Int64(60 + random.below(3500))
    var members: [String: JSONValue] = [
      "apiVersion": .string("v1"), "kind": .string("Event"),
      "metadata": eventMetadata(pod, index: index, created: first), "involvedObject": involved(pod, fieldPath: nil),
      "eventTime": .string(ScenarioTimestamp.formatMicro(first, micros: Int64(random.below(1_000_000)))),
      "firstTimestamp": .null, "lastTimestamp": .null, "source": .object([:]),
      "reportingComponent": .string("default-scheduler"),
      "reportingInstance": .string("default-scheduler-ip-172-16-41-9.us-west-2.compute.internal"),
    ]
    if failed {
      members["reason"] = .string("FailedScheduling")
      members["type"] = .string("Warning")
      members["action"] = .string("Scheduling")
      members["message"] = .string(unschedulableMessage)
      let last = now - Int64(random.below(Int(now - first)))
      members["series"] = .object([
        "count": .int(Int64(2 + random.below(40))),
        "lastObservedTime": .string(ScenarioTimestamp.formatMicro(last, micros: Int64(random.below(1_000_000)))),
      ])
    } else {
      members["reason"] = .string("Scheduled")
      members["type"] = .string("Normal")
      members["action"] = .string("Binding")
      members["message"] = .string("Successfully assigned \(pod.namespace)/\(pod.name) to \(pod.node ?? "")")
    }
    objects.append(.object(members))
  }

  /// A legacy-recorder kubelet event (count, firstTimestamp, lastTimestamp, source). `kind` picks the message:
  /// 1 Pulled, 2 Created, 3 Started, 4 BackOff, 5 Unhealthy.
  private mutating func appendKubeletEvent(_ pod: PodInfo, index: Int, kind: Int) {
    let first = now - Int64(60 + random.below(3500))
    let last = now - Int64(random.below(Int(now - first)))
    let node = pod.node ?? ""
    let (reason, type, message, count): (String, String, String, Int) =
      switch kind {
      case 1: ("Pulled", "Normal", "Container image \"\(pod.image)\" already present on machine", 1)
      case 2: ("Created", "Normal", "Created container: \(pod.container)", 1)
      case 3: ("Started", "Normal", "Started container \(pod.container)", 1)
      case 4:
        (
          "BackOff", "Warning",
          "Back-off restarting failed container \(pod.container) in pod \(pod.name)_\(pod.namespace)(\(pod.uid))",
          5 + random.below(300)
        )
      default:
        (
          "Unhealthy", "Warning", "Readiness probe failed: HTTP probe failed with statuscode: 503",
          10 + random.below(900)
        )
      }
    objects.append(
      .object([
        "apiVersion": .string("v1"), "kind": .string("Event"),
        "metadata": eventMetadata(pod, index: index, created: first),
        "involvedObject": involved(pod, fieldPath: "spec.containers{\(pod.container)}"),
        "reason": .string(reason), "type": .string(type), "message": .string(message),
        "source": .object(["component": .string("kubelet"), "host": .string(node)]),
        "firstTimestamp": .string(ScenarioTimestamp.format(count > 1 ? first : last)),
        "lastTimestamp": .string(ScenarioTimestamp.format(last)), "count": .int(Int64(count)), "eventTime": .null,
        "reportingComponent": .string("kubelet"), "reportingInstance": .string(node),
      ]))
  }
}
