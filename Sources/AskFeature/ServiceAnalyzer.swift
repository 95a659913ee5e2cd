import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Services whose selector matches no pod (root cause: a wrong selector or nothing deployed), and Services whose
/// pods exist but none is ready (a symptom: the pods' own findings say why).
public struct ServiceAnalyzer: Analyzer {
  public init() {}

  public var name: String { "service" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for service in context.snapshot.objects("Service") {
      let selector = service.stringMap("spec", "selector")
      guard !selector.isEmpty, service.string("spec", "type") != "ExternalName" else { continue }
      let ref = service.ref
      let selectorText = selector.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
      let selected = context.pods(namespace: ref.namespace, matching: selector).filter {
        $0.metadata.deletionTimestamp == nil && $0.phase != "Succeeded" && $0.phase != "Failed"
      }
      let endpoints = context.document("Endpoints", namespace: ref.namespace, name: ref.name)
      if selected.isEmpty {
        var evidence = [Evidence(object: ref, source: "spec.selector", text: selectorText)]
        if let endpoints {
          let subsets = endpoints.value("subsets")?.arrayValue ?? []
          evidence.append(
            Evidence(
              object: endpoints.ref, source: "subsets",
              text: subsets.isEmpty ? "no subsets (no addresses)" : "\(subsets.count) subsets"))
        }
        if let near = Self.nearMiss(selector, namespace: ref.namespace, context: context) {
          evidence.append(Evidence(object: ref, source: "pods in \(ref.namespace)", text: near))
        }
        result.append(
          Finding(
            analyzer: name, reason: "ServiceSelectsNothing", severity: .error, object: ref,
            title: "Service selects no pods: no pod in \(ref.namespace) has \(selectorText)", rootCauseScore: 0.9,
            evidence: evidence,
            fix: Fix(
              summary: "Fix spec.selector to match the pods' labels, or deploy the pods it is meant to select",
              commands: [
                "kubectl get pods\(ref.namespaceFlag) --show-labels",
                "kubectl edit service \(ref.name)\(ref.namespaceFlag)",
              ])))
        continue
      }
      let ready = selected.filter { $0.condition("Ready")?.status == "True" }
      guard ready.isEmpty else { continue }
      var evidence = [
        Evidence(object: ref, source: "spec.selector", text: "\(selectorText): \(selected.count) pods, none Ready")
      ]
      for address in Self.notReadyAddresses(endpoints).prefix(3) {
        evidence.append(Evidence(object: endpoints?.ref ?? ref, source: "subsets[].notReadyAddresses", text: address))
      }
      result.append(
        Finding(
          analyzer: name, reason: "ServiceNoReadyEndpoints", severity: .error, object: ref,
          title:
            "Service has no ready endpoints: its \(selected.count) pod"
            + (selected.count == 1 ? " is" : "s are") + " not Ready",
          rootCauseScore: 0.5, evidence: evidence,
          fix: Fix(
            summary: "Make the selected pods Ready (see their findings: probes, crashes)",
            commands: ["kubectl get pods\(ref.namespaceFlag) -l \(selectorText)"])))
    }
    return result
  }

  /// `pod/x` names of `subsets[].notReadyAddresses[].targetRef`.
  static func notReadyAddresses(_ endpoints: ObjectDocument?) -> [String] {
    var names: [String] = []
    for subset in endpoints?.value("subsets")?.arrayValue ?? [] {
      for address in subset["notReadyAddresses"]?.arrayValue ?? [] {
        let name = address[path: ["targetRef", "name"]]?.stringValue ?? address["ip"]?.stringValue ?? ""
        names.append("\(name) not ready")
      }
    }
    return names.sorted()
  }

  /// Pods that match all but one selector pair: the likely intended target.
  static func nearMiss(_ selector: [String: String], namespace: String, context: AnalysisContext) -> String? {
    guard selector.count > 1 else { return nil }
    for (key, _) in selector.sorted(by: { $0.key < $1.key }) {
      var rest = selector
      rest[key] = nil
      if let pod = context.pods(namespace: namespace, matching: rest).first {
        let actual = pod.metadata.labels?[key] ?? "(unset)"
        return "pod \(pod.metadata.name) matches all but \(key) (it has \(key)=\(actual))"
      }
    }
    return nil
  }
}
