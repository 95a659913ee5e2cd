import KubeAPI
import KubeClient

/// `--for` a KEDA ScaledObject or a Karpenter NodePool or NodeClaim takes in what it owns besides workloads and
/// pods: the HPA KEDA makes for a ScaledObject, a NodePool's NodeClaims, and their Nodes. Only the target of such a
/// kind reads more: a ScaledObject the HPAs of its namespace, a NodePool the NodeClaims; a NodeClaim's Node is among
/// the nodes read anyway, or named by its `status.nodeName`.
extension EventsQuery {
  /// The kinds whose objects own objects other than workloads and pods.
  enum NonWorkloadOwner: Sendable {
    case scaledObject, nodePool, nodeClaim

    /// By group and resource: another project's kind may also be called NodePool.
    init?(_ info: APIResourceInfo) {
      switch (info.group, info.resource) {
      case ("keda.sh", "scaledobjects"): self = .scaledObject
      case ("karpenter.sh", "nodepools"): self = .nodePool
      case ("karpenter.sh", "nodeclaims"): self = .nodeClaim
      default: return nil
      }
    }
  }

  /// The objects of a non-workload kind that the `--for` target owns, and the warnings of the lists read to find
  /// them. Empty for other kinds, without a request.
  func ownedObjects(of target: TargetObject?, _ info: APIResourceInfo?, namespace: String?, nodes: [Node]?)
    async throws -> (scope: ObjectScope, warnings: [String])
  {
    guard let target, let owner = info.flatMap(NonWorkloadOwner.init) else { return (ObjectScope(), []) }
    async let autoscalers =
      owner == .scaledObject
      ? list(.horizontalPodAutoscalers, PartialObject.self, namespace: namespace) : Fetched(items: nil)
    async let claims =
      owner == .nodePool
      ? listIfServed(group: "karpenter.sh", resource: "nodeclaims", NodeClaim.self) : Fetched(items: nil)
    let (hpas, claimList) = try await (autoscalers, claims)
    let scope = Self.ownedScope(
      owner, target: target, autoscalers: hpas.items, nodeClaims: claimList.items, nodes: nodes)
    return (scope, [hpas.warning, claimList.warning].compactMap { $0 })
  }

  /// What `target` owns among the listed objects: a ScaledObject's HPAs; a NodePool's NodeClaims and their Nodes;
  /// a NodeClaim's Node. A list that could not be read (nil) adds nothing, but a claim's `status.nodeName` still
  /// names its Node when the nodes are unknown, and a NodePool's label its Nodes when the claims are.
  static func ownedScope(
    _ owner: NonWorkloadOwner, target: TargetObject, autoscalers: [PartialObject]?, nodeClaims: [NodeClaim]?,
    nodes: [Node]?
  ) -> ObjectScope {
    let metadata = target.metadata
    let uids: Set<String> = metadata.uid.map { [$0] } ?? []
    var scope = ObjectScope()
    switch owner {
    case .scaledObject:
      let label = (key: "scaledobject.keda.sh/name", value: metadata.name)
      for hpa in autoscalers ?? [] where isOwned(hpa.metadata, by: "ScaledObject", uids: uids, label: label) {
        scope.insert(
          kind: "HorizontalPodAutoscaler", namespace: hpa.metadata.namespace ?? metadata.namespace ?? "",
          name: hpa.metadata.name, uid: hpa.metadata.uid)
      }
    case .nodePool:
      let label = (key: "karpenter.sh/nodepool", value: metadata.name)
      let claims = (nodeClaims ?? []).filter { isOwned($0.metadata, by: "NodePool", uids: uids, label: label) }
      for claim in claims {
        scope.insert(kind: "NodeClaim", namespace: "", name: claim.metadata.name, uid: claim.metadata.uid)
      }
      scope.insertNodes(
        of: nodeClaims == nil ? nil : Set(claims.compactMap(\.metadata.uid)),
        named: claims.compactMap(\.status?.nodeName), label: label, among: nodes)
    case .nodeClaim:
      scope.insertNodes(of: uids, named: target.nodeName.map { [$0] } ?? [], label: nil, among: nodes)
    }
    return scope
  }

  /// Whether `object` belongs to an owner of `uids`: through its ownerReferences to an `ownerKind` when it has
  /// any, since only a uid tells the owner from an earlier one of the same name; else through the label its
  /// controller sets to the owner's name.
  static func isOwned(
    _ object: ObjectMeta, by ownerKind: String, uids: Set<String>, label: (key: String, value: String)?
  ) -> Bool {
    let owners = (object.ownerReferences ?? []).filter { $0.kind == ownerKind }
    if !owners.isEmpty { return owners.contains { uids.contains($0.uid) } }
    guard let label else { return false }
    return object.labels?[label.key] == label.value
  }
}

extension ObjectScope {
  /// Adds the Nodes of NodeClaims: those the claims name (`status.nodeName`, listed among `nodes` or not: a
  /// deleted Node's events outlive it), and those of `nodes` that a claim owns or, with no NodeClaim owner, that
  /// carry the NodePool's `label`. With the claims unknown (`claimUIDs` nil: not allowed), the label alone tells.
  mutating func insertNodes(
    of claimUIDs: Set<String>?, named names: [String], label: (key: String, value: String)?, among nodes: [Node]?
  ) {
    let listed = Dictionary((nodes ?? []).map { ($0.metadata.name, $0) }) { first, _ in first }
    for name in names { insert(kind: "Node", namespace: "", name: name, uid: listed[name]?.metadata.uid) }
    for node in nodes ?? [] {
      let owned =
        if let claimUIDs {
          EventsQuery.isOwned(node.metadata, by: "NodeClaim", uids: claimUIDs, label: label)
        } else {
          label.map { node.metadata.labels?[$0.key] == $0.value } ?? false
        }
      if owned { insert(kind: "Node", namespace: "", name: node.metadata.name, uid: node.metadata.uid) }
    }
  }
}
