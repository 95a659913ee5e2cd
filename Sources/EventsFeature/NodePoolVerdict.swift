import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Whether one Karpenter NodePool could launch a node for a pod, and if not, why.
public struct NodePoolVerdict: Sendable, Hashable, Encodable {
  /// Why a NodePool cannot help.
  public enum Obstacle: Sendable, Hashable {
    /// The pod needs `label` (e.g. `kubernetes.io/arch=arm64`); the pool offers `offered` (e.g. `kubernetes.io/arch
    /// In [amd64]`), or nothing when it never sets the label.
    case requirement(label: String, offered: String?)
    /// A taint of the pool's nodes that the pod does not tolerate.
    case taint(Taint)
    /// Launching a node for the pod would pass the pool's limit on `resource`: `requested` is what the smallest
    /// such node adds (at least the pod's request).
    case limit(resource: String, used: Quantity, limit: Quantity, requested: Quantity)
    /// The pool's Ready condition is False (`NodeClassNotReady`): Karpenter launches nothing from it.
    case notReady(reason: String?)
    /// The pool's requirements (`described`) allow no instance at all.
    case noInstance(String)
    /// The pod asks for `resource` (`nvidia.com/gpu`), which no instance the pool allows (`offered`) has.
    case resource(String, offered: String)
    /// The pod requests more `resource` than the largest node the pool's requirements (`described`) allow has.
    case tooSmall(resource: String, requested: Quantity, most: Quantity, described: String)
    /// Its node class (`EC2NodeClass default`) does not exist, or is not ready (with its Ready condition's reason).
    case nodeClass(String, missing: Bool, reason: String?)
    /// Karpenter's own reason, from its latest `FailedScheduling` event about the pod, for what lamp cannot check
    /// itself (instance types and their offerings) or when the pool could not be read.
    case karpenter(String)
  }

  public var nodePool: String
  public var obstacles: [Obstacle]

  public init(nodePool: String, obstacles: [Obstacle]) {
    self.nodePool = nodePool
    self.obstacles = obstacles
  }

  /// No obstacle: the pool could provide a node.
  public var fits: Bool { obstacles.isEmpty }

  /// One short phrase per obstacle: `offers kubernetes.io/arch In [amd64] only`, `taint k=v:NoSchedule`,
  /// `at its cpu limit (16 of 16)`.
  public var reasons: [String] { obstacles.map(\.phrase) }

  enum CodingKeys: String, CodingKey { case nodePool, fits, reasons }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(nodePool, forKey: .nodePool)
    try c.encode(fits, forKey: .fits)
    try c.encode(reasons, forKey: .reasons)
  }
}

extension NodePoolVerdict.Obstacle {
  /// The obstacle in a few words.
  public var phrase: String {
    switch self {
    case .requirement(let label, let offered):
      if let offered { return "offers \(offered) only" }
      return "does not set \(label.split(separator: "=").first.map(String.init) ?? label)"
    case .taint(let taint):
      return "taint \(taint) not tolerated"
    case .limit(let resource, let used, let limit, let requested):
      if used >= limit { return "at its \(resource) limit (\(used) of \(limit))" }
      return "\(resource) limit \(limit) too low (\(used) used, a node for it needs \(requested))"
    case .notReady(let reason):
      return "not ready" + (reason.map { " (\($0))" } ?? "")
    case .noInstance(let described):
      return "allows no instance (\(described))"
    case .resource(let resource, let offered):
      return "offers no \(resource) (\(offered))"
    case .tooSmall(let resource, let requested, let most, let described):
      return "nodes of at most \(most) \(resource) (\(described)) for a request of \(requested)"
    case .nodeClass(let name, let missing, let reason):
      if missing { return "names \(name), which does not exist" }
      return "names \(name), which is not ready" + (reason.map { " (\($0))" } ?? "")
    case .karpenter(let reason):
      return "rejected by Karpenter: \(reason)"
    }
  }
}
