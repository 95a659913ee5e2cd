import KubeAPI

/// What kube-apiserver's pod strategy does to a pod it creates: whatever status the client sent is replaced by a
/// Pending one with the pod's QoS class, as no kubelet has seen it yet. (Loading a scenario keeps the status it
/// gives, since that stands for what the kubelet reported.)
enum PodCreation {
  static func prepare(_ pod: inout JSONValue) {
    pod["status"] = .object(["phase": .string("Pending"), "qosClass": .string(qosClass(of: pod))])
  }

  /// Guaranteed when every container limits CPU and memory and requests no other amount; BestEffort when no
  /// container requests or limits either; else Burstable (Kubernetes' `GetPodQOS`, for CPU and memory).
  static func qosClass(of pod: JSONValue) -> String {
    let containers = ["initContainers", "containers"].flatMap { pod[path: ["spec", $0]]?.arrayValue ?? [] }
    var any = false
    var guaranteed = !containers.isEmpty
    for container in containers {
      let limits = container[path: ["resources", "limits"]]?.objectValue ?? [:]
      let requests = container[path: ["resources", "requests"]]?.objectValue ?? [:]
      for resource in ["cpu", "memory"] {
        let limit = amount(limits[resource])
        let request = amount(requests[resource])
        if limit != nil || request != nil { any = true }
        if limit == nil || (request != nil && request != limit) { guaranteed = false }
      }
    }
    if !any { return "BestEffort" }
    return guaranteed ? "Guaranteed" : "Burstable"
  }

  private static func amount(_ value: JSONValue?) -> Quantity? {
    // Quantities may also be written as JSON numbers (`cpu: 1`).
    guard let text = value?.stringValue ?? value?.intValue.map(String.init) else { return nil }
    return try? Quantity(parsing: text)
  }
}
