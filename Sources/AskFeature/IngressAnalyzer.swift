import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Ingress rules whose backend Service does not exist or has no such port.
public struct IngressAnalyzer: Analyzer {
  public init() {}

  public var name: String { "ingress" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for ingress in context.snapshot.objects("Ingress") {
      var seen = Set<String>()
      for (path, backend) in Self.backends(ingress) {
        guard let service = backend[path: ["service", "name"]]?.stringValue, seen.insert(service).inserted else {
          continue
        }
        let ref = ingress.ref
        let port = backend[path: ["service", "port"]]
        let portText = port?["number"]?.intValue.map(String.init) ?? port?["name"]?.stringValue ?? ""
        guard let target = context.document("Service", namespace: ref.namespace, name: service) else {
          result.append(
            Finding(
              analyzer: name, reason: "IngressBackendMissing", severity: .error, object: ref,
              title: "Ingress routes \(path) to Service \(service), which does not exist", rootCauseScore: 0.9,
              evidence: [
                Evidence(
                  object: ref, source: "spec.rules[].http.paths[].backend.service", text: "\(service):\(portText)")
              ],
              fix: Fix(
                summary: "Create Service \(service) (port \(portText)) or point the backend at an existing Service",
                commands: [
                  "kubectl get services\(ref.namespaceFlag)", "kubectl edit ingress \(ref.name)\(ref.namespaceFlag)",
                ])))
          continue
        }
        let ports = target.value("spec", "ports")?.arrayValue ?? []
        let matches = ports.contains { item in
          if let number = port?["number"]?.intValue { return item["port"]?.intValue == number }
          if let name = port?["name"]?.stringValue { return item["name"]?.stringValue == name }
          return true
        }
        if !matches {
          let offered = ports.map { item in
            [item["name"]?.stringValue, item["port"]?.intValue.map(String.init)].compactMap { $0 }.joined(
              separator: "/")
          }
          result.append(
            Finding(
              analyzer: name, reason: "IngressBackendPortMissing", severity: .error, object: ref,
              title: "Ingress routes \(path) to port \(portText) of Service \(service), which has no such port",
              rootCauseScore: 0.85,
              evidence: [
                Evidence(object: ref, source: "spec.rules[].http.paths[].backend.service.port", text: portText),
                Evidence(object: target.ref, source: "spec.ports", text: offered.joined(separator: ", ")),
              ],
              fix: Fix(
                summary: "Use one of the Service's ports in the Ingress backend",
                commands: ["kubectl edit ingress \(ref.name)\(ref.namespaceFlag)"])))
        }
      }
    }
    return result
  }

  /// `(host+path, backend)` for every rule path and the default backend.
  static func backends(_ ingress: ObjectDocument) -> [(String, JSONValue)] {
    var result: [(String, JSONValue)] = []
    if let backend = ingress.value("spec", "defaultBackend") { result.append(("the default backend", backend)) }
    for rule in ingress.value("spec", "rules")?.arrayValue ?? [] {
      let host = rule["host"]?.stringValue ?? "*"
      for path in rule[path: ["http", "paths"]]?.arrayValue ?? [] {
        if let backend = path["backend"] { result.append((host + (path["path"]?.stringValue ?? "/"), backend)) }
      }
    }
    return result
  }
}
