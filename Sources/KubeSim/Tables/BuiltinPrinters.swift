import Foundation
import KubeAPI

/// Columns and cells of the built-in kinds kubectl users look at most.
enum BuiltinPrinters {
  private typealias C = TableColumn

  static func columns(for storageKey: String) -> [TableColumn]? {
    switch storageKey {
    case "/pods": return PodPrinter.columns
    case "/events": return EventPrinter.columns
    case "/nodes":
      return [
        .name(""), C(name: "Status"), C(name: "Roles"), .age, C(name: "Version"),
        C(name: "Internal-IP", priority: 1), C(name: "External-IP", priority: 1), C(name: "OS-Image", priority: 1),
        C(name: "Kernel-Version", priority: 1), C(name: "Container-Runtime", priority: 1),
      ]
    case "/namespaces": return [.name(""), C(name: "Status"), .age]
    case "apps/deployments":
      return [
        .name(""), C(name: "Ready"), C(name: "Up-to-date"), C(name: "Available"), .age,
        C(name: "Containers", priority: 1), C(name: "Images", priority: 1), C(name: "Selector", priority: 1),
      ]
    case "apps/replicasets":
      return [
        .name(""), C(name: "Desired", type: "integer"), C(name: "Current", type: "integer"),
        C(name: "Ready", type: "integer"), .age, C(name: "Containers", priority: 1), C(name: "Images", priority: 1),
        C(name: "Selector", priority: 1),
      ]
    case "apps/statefulsets":
      return [.name(""), C(name: "Ready"), .age, C(name: "Containers", priority: 1), C(name: "Images", priority: 1)]
    case "apps/daemonsets":
      return [
        .name(""), C(name: "Desired", type: "integer"), C(name: "Current", type: "integer"),
        C(name: "Ready", type: "integer"), C(name: "Up-to-date", type: "integer"),
        C(name: "Available", type: "integer"),
        C(name: "Node Selector"), .age, C(name: "Containers", priority: 1), C(name: "Images", priority: 1),
        C(name: "Selector", priority: 1),
      ]
    case "/services":
      return [
        .name(""), C(name: "Type"), C(name: "Cluster-IP"), C(name: "External-IP"), C(name: "Port(s)"), .age,
        C(name: "Selector", priority: 1),
      ]
    case "/configmaps": return [.name(""), C(name: "Data", type: "integer"), .age]
    case "/secrets": return [.name(""), C(name: "Type"), C(name: "Data", type: "integer"), .age]
    case "/serviceaccounts": return [.name(""), C(name: "Secrets", type: "integer"), .age]
    case "apiextensions.k8s.io/customresourcedefinitions":
      return [.name(""), C(name: "Created At", type: "date", description: TableColumn.age.description)]
    case "batch/jobs":
      return [
        .name(""), C(name: "Status"), C(name: "Completions"), C(name: "Duration"), .age,
        C(name: "Containers", priority: 1), C(name: "Images", priority: 1), C(name: "Selector", priority: 1),
      ]
    default: return nil
    }
  }

  static func cells(_ object: JSONValue, storageKey: String, now: Date) -> [JSONValue]? {
    let name = object[path: ["metadata", "name"]] ?? .string("")
    let age = JSONValue.string(
      HumanDuration.since(object[path: ["metadata", "creationTimestamp"]]?.stringValue, now: now))
    let spec = object["spec"]
    let status = object["status"]
    func int(_ value: JSONValue?) -> Int64 { value?.intValue ?? 0 }
    switch storageKey {
    case "/pods": return PodPrinter.cells(object, now: now)
    case "/events": return EventPrinter.cells(object, now: now)
    case "/nodes": return nodeCells(object, name: name, age: age)
    case "/namespaces": return [name, .string(status?["phase"]?.stringValue ?? ""), age]
    case "apps/deployments":
      let template = spec?[path: ["template", "spec"]]
      return [
        name, .string("\(int(status?["readyReplicas"]))/\(int(spec?["replicas"]))"),
        .int(int(status?["updatedReplicas"])), .int(int(status?["availableReplicas"])), age,
        .string(containerNames(template)), .string(images(template)), .string(selectorText(spec?["selector"])),
      ]
    case "apps/replicasets":
      let template = spec?[path: ["template", "spec"]]
      return [
        name, .int(int(spec?["replicas"])), .int(int(status?["replicas"])), .int(int(status?["readyReplicas"])), age,
        .string(containerNames(template)), .string(images(template)), .string(selectorText(spec?["selector"])),
      ]
    case "apps/statefulsets":
      let template = spec?[path: ["template", "spec"]]
      return [
        name, .string("\(int(status?["readyReplicas"]))/\(int(spec?["replicas"]))"), age,
        .string(containerNames(template)), .string(images(template)),
      ]
    case "apps/daemonsets":
      let template = spec?[path: ["template", "spec"]]
      let nodeSelector = (template?["nodeSelector"]?.objectValue ?? [:]).sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value.stringValue ?? "")" }.joined(separator: ",")
      return [
        name, .int(int(status?["desiredNumberScheduled"])), .int(int(status?["currentNumberScheduled"])),
        .int(int(status?["numberReady"])), .int(int(status?["updatedNumberScheduled"])),
        .int(int(status?["numberAvailable"])), .string(nodeSelector.isEmpty ? "<none>" : nodeSelector), age,
        .string(containerNames(template)), .string(images(template)), .string(selectorText(spec?["selector"])),
      ]
    case "/services": return serviceCells(object, name: name, age: age)
    case "/configmaps":
      let count = (object["data"]?.objectValue?.count ?? 0) + (object["binaryData"]?.objectValue?.count ?? 0)
      return [name, .int(Int64(count)), age]
    case "/secrets":
      return [
        name, .string(object["type"]?.stringValue ?? ""), .int(Int64(object["data"]?.objectValue?.count ?? 0)), age,
      ]
    case "/serviceaccounts":
      return [name, .int(Int64(object["secrets"]?.arrayValue?.count ?? 0)), age]
    case "batch/jobs": return jobCells(object, name: name, age: age, now: now)
    case "apiextensions.k8s.io/customresourcedefinitions":
      // The default table convertor: the raw creation time in RFC 3339.
      return [name, object[path: ["metadata", "creationTimestamp"]] ?? .null]
    default: return nil
    }
  }

  private static func nodeCells(_ node: JSONValue, name: JSONValue, age: JSONValue) -> [JSONValue] {
    var states: [String] = []
    if let ready = node[path: ["status", "conditions"]]?.arrayValue?.first(where: { $0["type"]?.stringValue == "Ready" }
    ) {
      states.append(ready["status"]?.stringValue == "True" ? "Ready" : "NotReady")
    }
    if states.isEmpty { states.append("Unknown") }
    if node[path: ["spec", "unschedulable"]]?.boolValue == true { states.append("SchedulingDisabled") }
    var roles: [String] = []
    for (key, value) in node[path: ["metadata", "labels"]]?.objectValue ?? [:] {
      if key.hasPrefix("node-role.kubernetes.io/") {
        let role = String(key.dropFirst("node-role.kubernetes.io/".count))
        if !role.isEmpty { roles.append(role) }
      } else if key == "kubernetes.io/role", let role = value.stringValue, !role.isEmpty {
        roles.append(role)
      }
    }
    let addresses = node[path: ["status", "addresses"]]?.arrayValue ?? []
    func address(_ type: String) -> String {
      addresses.first { $0["type"]?.stringValue == type }?["address"]?.stringValue ?? "<none>"
    }
    let info = node[path: ["status", "nodeInfo"]]
    return [
      name, .string(states.joined(separator: ",")),
      .string(roles.isEmpty ? "<none>" : roles.sorted().joined(separator: ",")),
      age, .string(info?["kubeletVersion"]?.stringValue ?? ""), .string(address("InternalIP")),
      .string(address("ExternalIP")), .string(info?["osImage"]?.stringValue ?? "<unknown>"),
      .string(info?["kernelVersion"]?.stringValue ?? "<unknown>"),
      .string(info?["containerRuntimeVersion"]?.stringValue ?? "<unknown>"),
    ]
  }

  private static func serviceCells(_ service: JSONValue, name: JSONValue, age: JSONValue) -> [JSONValue] {
    let spec = service["spec"]
    let type = spec?["type"]?.stringValue ?? "ClusterIP"
    var external = "<none>"
    switch type {
    case "LoadBalancer":
      let ingress = service[path: ["status", "loadBalancer", "ingress"]]?.arrayValue ?? []
      let names = ingress.compactMap { $0["ip"]?.stringValue ?? $0["hostname"]?.stringValue }
      external = names.isEmpty ? "<pending>" : names.joined(separator: ",")
    case "ExternalName":
      external = spec?["externalName"]?.stringValue ?? "<none>"
    default:
      let ips = spec?["externalIPs"]?.arrayValue?.compactMap(\.stringValue) ?? []
      if !ips.isEmpty { external = ips.joined(separator: ",") }
    }
    let ports = (spec?["ports"]?.arrayValue ?? []).map { port -> String in
      let number = port["port"]?.intValue ?? 0
      let proto = port["protocol"]?.stringValue ?? "TCP"
      if let nodePort = port["nodePort"]?.intValue, nodePort > 0 { return "\(number):\(nodePort)/\(proto)" }
      return "\(number)/\(proto)"
    }
    let selector = (spec?["selector"]?.objectValue ?? [:]).sorted { $0.key < $1.key }
      .map { "\($0.key)=\($0.value.stringValue ?? "")" }.joined(separator: ",")
    return [
      name, .string(type), .string(PodPrinter.nonEmpty(spec?["clusterIP"]?.stringValue)), .string(external),
      .string(ports.isEmpty ? "<none>" : ports.joined(separator: ",")), age,
      .string(selector.isEmpty ? "<none>" : selector),
    ]
  }

  private static func jobCells(_ job: JSONValue, name: JSONValue, age: JSONValue, now: Date) -> [JSONValue] {
    let spec = job["spec"]
    let status = job["status"]
    let conditions = status?["conditions"]?.arrayValue ?? []
    func has(_ type: String) -> Bool {
      conditions.contains { $0["type"]?.stringValue == type && $0["status"]?.stringValue == "True" }
    }
    let state =
      has("Complete")
      ? "Complete"
      : has("Failed")
        ? "Failed"
        : has("Suspended")
          ? "Suspended"
          : has("FailureTarget") ? "FailureTarget" : "Running"
    let completions = spec?["completions"]?.intValue
    let succeeded = status?["succeeded"]?.intValue ?? 0
    let completionText =
      completions.map { "\(succeeded)/\($0)" } ?? "\(succeeded)/1 of \(spec?["parallelism"]?.intValue ?? 1)"
    var duration = ""
    if let start = status?["startTime"]?.stringValue.flatMap(SimClock.parse) {
      let end = status?["completionTime"]?.stringValue.flatMap(SimClock.parse) ?? now
      duration = HumanDuration.format(end.timeIntervalSince(start))
    }
    let template = spec?[path: ["template", "spec"]]
    return [
      name, .string(state), .string(completionText), .string(duration), age, .string(containerNames(template)),
      .string(images(template)), .string(selectorText(spec?["selector"])),
    ]
  }

  static func containerNames(_ podSpec: JSONValue?) -> String {
    (podSpec?["containers"]?.arrayValue ?? []).compactMap { $0["name"]?.stringValue }.joined(separator: ",")
  }

  static func images(_ podSpec: JSONValue?) -> String {
    (podSpec?["containers"]?.arrayValue ?? []).compactMap { $0["image"]?.stringValue }.joined(separator: ",")
  }

  /// metav1.FormatLabelSelector: `app=web,tier in (a,b)`, `<none>` when empty.
  static func selectorText(_ selector: JSONValue?) -> String {
    guard let selector, selector != .null else { return "<none>" }
    var parts: [String] = []
    for (key, value) in (selector["matchLabels"]?.objectValue ?? [:]).sorted(by: { $0.key < $1.key }) {
      parts.append("\(key)=\(value.stringValue ?? "")")
    }
    for expression in selector["matchExpressions"]?.arrayValue ?? [] {
      let key = expression["key"]?.stringValue ?? ""
      let values = (expression["values"]?.arrayValue ?? []).compactMap(\.stringValue).joined(separator: ",")
      switch expression["operator"]?.stringValue {
      case "In": parts.append("\(key) in (\(values))")
      case "NotIn": parts.append("\(key) notin (\(values))")
      case "Exists": parts.append(key)
      case "DoesNotExist": parts.append("!\(key)")
      default: break
      }
    }
    return parts.isEmpty ? "<none>" : parts.joined(separator: ",")
  }
}
