import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The scheduler's simplest filters, replayed for one pod on the nodes lamp has listed: placement (nodeSelector
/// and required node affinity), taints and cordons. Resources and pod affinity are left to the scheduler's own
/// message, since they depend on every other pod.
public struct NodeFit: Sendable {
  public let pod: Pod

  public init(pod: Pod) { self.pod = pod }

  /// Whether `node` satisfies the pod's nodeSelector and required node affinity.
  public func placementMatches(_ node: Node) -> Bool {
    let labels = node.labels
    for (key, value) in pod.spec?.nodeSelector ?? [:] where labels[key] != value { return false }
    guard let terms = requiredTerms, !terms.isEmpty else { return true }
    return terms.contains { $0.matches(nodeName: node.metadata.name, labels: labels) }
  }

  /// Whether the pod restricts placement at all.
  public var restrictsPlacement: Bool {
    !(pod.spec?.nodeSelector ?? [:]).isEmpty || !(requiredTerms ?? []).isEmpty
  }

  /// Taints of `node` that keep this pod off it.
  public func untoleratedTaints(on node: Node) -> [Taint] {
    let tolerations = pod.spec?.tolerations ?? []
    return node.taints.filter { $0.blocksScheduling && !tolerations.tolerate($0) }
  }

  /// Whether the node is cordoned and the pod does not tolerate that.
  public func isCordoned(_ node: Node) -> Bool {
    guard node.spec?.unschedulable == true else { return false }
    let taint = Taint(key: "node.kubernetes.io/unschedulable", effect: "NoSchedule")
    return !(pod.spec?.tolerations ?? []).tolerate(taint)
  }

  /// The pod's placement constraints no listed node satisfies, as `key=value` or expression text; empty when each
  /// one alone is satisfiable (then only their combination fails).
  public func unmatchedConstraints(on nodes: [Node]) -> [String] {
    var missing: [String] = []
    for (key, value) in (pod.spec?.nodeSelector ?? [:]).sorted(by: { $0.key < $1.key })
    where !nodes.contains(where: { $0.labels[key] == value }) {
      missing.append("\(key)=\(value)")
    }
    for term in requiredTerms ?? [] {
      for expression in term.matchExpressions ?? [] where !nodes.contains(where: { expression.matches($0.labels) }) {
        let values = expression.values ?? []
        let text =
          expression.operator == "In" && values.count == 1 ? "\(expression.key)=\(values[0])" : expression.description
        if !missing.contains(text) { missing.append(text) }
      }
    }
    return missing
  }

  private var requiredTerms: [NodeSelectorTerm]? {
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
  }
}
