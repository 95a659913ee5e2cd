#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `spec.affinity` of a pod: only what scheduling diagnosis reads.
public struct Affinity: Codable, Sendable, Hashable {
  public var nodeAffinity: NodeAffinity?
  /// Present when the pod has pod-affinity rules; their terms are not modelled.
  public var podAffinity: PodAffinityPresence?
  public var podAntiAffinity: PodAffinityPresence?

  public init(
    nodeAffinity: NodeAffinity? = nil, podAffinity: PodAffinityPresence? = nil,
    podAntiAffinity: PodAffinityPresence? = nil
  ) {
    self.nodeAffinity = nodeAffinity
    self.podAffinity = podAffinity
    self.podAntiAffinity = podAntiAffinity
  }
}

/// Node affinity: the required terms (ORed) decide where a pod may run.
public struct NodeAffinity: Codable, Sendable, Hashable {
  public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?

  public init(required: NodeSelector? = nil) {
    self.requiredDuringSchedulingIgnoredDuringExecution = required
  }
}

/// A list of terms, any of which a node must satisfy.
public struct NodeSelector: Codable, Sendable, Hashable {
  public var nodeSelectorTerms: [NodeSelectorTerm]

  public init(nodeSelectorTerms: [NodeSelectorTerm]) { self.nodeSelectorTerms = nodeSelectorTerms }
}

/// One term: every label expression and field expression must hold.
public struct NodeSelectorTerm: Codable, Sendable, Hashable {
  public var matchExpressions: [NodeSelectorRequirement]?
  /// Only `metadata.name` is supported by Kubernetes.
  public var matchFields: [NodeSelectorRequirement]?

  public init(matchExpressions: [NodeSelectorRequirement]? = nil, matchFields: [NodeSelectorRequirement]? = nil) {
    self.matchExpressions = matchExpressions
    self.matchFields = matchFields
  }

  /// Whether a node with this name and these labels satisfies the term.
  public func matches(nodeName: String, labels: [String: String]) -> Bool {
    let fields = ["metadata.name": nodeName]
    return (matchExpressions ?? []).allSatisfy { $0.matches(labels) }
      && (matchFields ?? []).allSatisfy { $0.matches(fields) }
  }
}

/// Pod (anti-)affinity, recorded only as the counts of its required and preferred terms.
public struct PodAffinityPresence: Codable, Sendable, Hashable {
  public var requiredTerms: Int
  public var preferredTerms: Int

  public init(requiredTerms: Int = 0, preferredTerms: Int = 0) {
    self.requiredTerms = requiredTerms
    self.preferredTerms = preferredTerms
  }

  enum CodingKeys: String, CodingKey {
    case required = "requiredDuringSchedulingIgnoredDuringExecution"
    case preferred = "preferredDuringSchedulingIgnoredDuringExecution"
  }

  private struct Ignored: Codable, Hashable {}

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    requiredTerms = try c.decodeIfPresent([Ignored].self, forKey: .required)?.count ?? 0
    preferredTerms = try c.decodeIfPresent([Ignored].self, forKey: .preferred)?.count ?? 0
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if requiredTerms > 0 { try c.encode(Array(repeating: Ignored(), count: requiredTerms), forKey: .required) }
    if preferredTerms > 0 { try c.encode(Array(repeating: Ignored(), count: preferredTerms), forKey: .preferred) }
  }
}
