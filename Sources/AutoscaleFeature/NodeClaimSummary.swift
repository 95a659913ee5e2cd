import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One NodeClaim as `lamp karpenter nodeclaims` shows it (also its JSON item).
public struct NodeClaimSummary: Sendable, Hashable, Encodable {
  public var name: String
  public var nodePool: String?
  /// `EC2NodeClass/default`, from `spec.nodeClassRef`.
  public var nodeClass: String?
  public var instanceType: String?
  public var capacityType: String?
  public var zone: String?
  public var node: String?
  /// The `Ready` condition's status (`True`, `False`, `Unknown`).
  public var ready: String
  public var created: Date?
  /// How far the launch got: `Launching`, `Launched`, `Registered`, `Initialized`, or `Terminating`.
  public var phase: String
  /// Disruption-related conditions that are true, with their reason: `Drifted (AMIDrift)`, `Empty`,
  /// `Consolidatable`, `Disrupting (…)`; and the reason launch is stuck, when it is.
  public var flags: [String]
  /// The image the node runs (`ami-…`) and the cloud's instance ID (`aws:///us-west-2a/i-…`), once launched.
  public var imageID: String?
  public var providerID: String?

  /// The state column: the phase, then the flags.
  public var state: String { ([phase] + flags).joined(separator: ", ") }

  /// Builds the summary of one NodeClaim.
  public init(_ claim: NodeClaim) {
    let labels = claim.metadata.labels ?? [:]
    let conditions = claim.conditions
    name = claim.metadata.name
    nodePool = claim.nodePoolName
    nodeClass = claim.spec?.nodeClassRef.map { "\($0.resolvedKind)/\($0.name)" }
    instanceType = labels["node.kubernetes.io/instance-type"]
    capacityType = labels["karpenter.sh/capacity-type"]
    zone = labels["topology.kubernetes.io/zone"]
    node = claim.status?.nodeName.flatMap { $0.isEmpty ? nil : $0 }
    imageID = claim.status?.imageID.flatMap { $0.isEmpty ? nil : $0 }
    providerID = claim.status?.providerID.flatMap { $0.isEmpty ? nil : $0 }
    ready = conditions.condition("Ready")?.status ?? "Unknown"
    created = claim.metadata.creationTimestamp
    phase = Self.phase(claim)
    var flags: [String] = []
    for type in ["Drifted", "Empty", "Consolidatable", "Disrupting", "DisruptionReason"] {
      guard let condition = conditions.condition(type), condition.isTrue else { continue }
      let reason = condition.reason.flatMap { $0.isEmpty || $0 == type ? nil : $0 }
      flags.append(reason.map { "\(type) (\($0))" } ?? type)
    }
    if phase != "Initialized" && phase != "Terminating" {
      let next = ["Launched", "Registered", "Initialized"].first { conditions.condition($0)?.isTrue != true }
      if let next, let stuck = conditions.condition(next), let reason = stuck.reason, !reason.isEmpty,
        reason != next, stuck.status == "False" || reason != "AwaitingReconciliation"
      {
        flags.append("not \(next): \(reason)")
      }
    }
    self.flags = flags
  }

  static func phase(_ claim: NodeClaim) -> String {
    if claim.metadata.deletionTimestamp != nil { return "Terminating" }
    let conditions = claim.conditions
    if conditions.condition("Initialized")?.isTrue == true { return "Initialized" }
    if conditions.condition("Registered")?.isTrue == true { return "Registered" }
    if conditions.condition("Launched")?.isTrue == true { return "Launched" }
    return "Launching"
  }
}
