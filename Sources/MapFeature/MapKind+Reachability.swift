extension MapKind {
  /// Kinds one relation away (in either direction), per the edges the builder draws.
  var neighbours: Set<MapKind> {
    switch self {
    case .pod:
      return [
        .replicaSet, .statefulSet, .daemonSet, .job, .node, .persistentVolumeClaim, .configMap, .secret,
        .serviceAccount, .service,
      ]
    case .replicaSet: return [.deployment, .pod, .horizontalPodAutoscaler, .scaledObject]
    case .deployment, .statefulSet: return [.replicaSet, .pod, .horizontalPodAutoscaler, .scaledObject]
    case .daemonSet: return [.pod]
    case .job: return [.cronJob, .pod, .scaledJob]
    case .cronJob: return [.job]
    case .service: return [.pod, .ingress, .httpRoute]
    case .ingress: return [.service, .secret]
    case .httpRoute: return [.service]
    case .persistentVolumeClaim: return [.pod, .persistentVolume, .storageClass]
    case .persistentVolume: return [.persistentVolumeClaim, .storageClass]
    case .storageClass: return [.persistentVolumeClaim, .persistentVolume]
    case .configMap, .serviceAccount: return [.pod]
    case .secret: return [.pod, .ingress, .scaledObject, .scaledJob]
    case .node: return [.pod, .nodeClaim]
    case .nodeClaim: return [.node, .nodePool]
    case .nodePool: return [.nodeClaim, .ec2NodeClass, .nodeClass, .aksNodeClass]
    case .ec2NodeClass, .nodeClass, .aksNodeClass: return [.nodePool]
    case .horizontalPodAutoscaler: return [.deployment, .statefulSet, .replicaSet, .scaledObject]
    case .scaledObject: return [.deployment, .statefulSet, .horizontalPodAutoscaler]
    case .scaledJob: return [.job]
    }
  }

  /// Kinds that can own (or provision) this one.
  var ownerKinds: Set<MapKind> {
    switch self {
    case .pod: return [.replicaSet, .statefulSet, .daemonSet, .job]
    case .replicaSet: return [.deployment]
    case .job: return [.cronJob, .scaledJob]
    case .horizontalPodAutoscaler: return [.scaledObject]
    case .node: return [.nodeClaim]
    case .nodeClaim: return [.nodePool]
    default: return []
    }
  }

  /// The kinds `GraphNeighbourhood.around` can reach from an object of this kind within `depth` relations,
  /// with their owners: what `--focus` needs to list.
  public func reachable(depth: Int) -> Set<MapKind> {
    var result: Set<MapKind> = [self]
    var frontier: Set<MapKind> = [self]
    for _ in 0..<max(depth, 0) {
      if frontier.isEmpty { break }
      var next: Set<MapKind> = []
      for kind in frontier where kind == self || !GraphNeighbourhood.sharedKinds.contains(kind.rawValue) {
        next.formUnion(kind.neighbours.subtracting(result))
      }
      result.formUnion(next)
      frontier = next
    }
    var pending = Array(result.filter { $0 == self || !GraphNeighbourhood.sharedKinds.contains($0.rawValue) })
    while let kind = pending.popLast() {
      for owner in kind.ownerKinds where result.insert(owner).inserted { pending.append(owner) }
    }
    if result.contains(.service) { result.insert(.pod) }
    return result
  }
}
