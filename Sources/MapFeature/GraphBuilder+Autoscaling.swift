import Formatters
import KubeAPI

extension GraphBuilder {
  /// HPA, ScaledObject, ScaledJob, NodePool, NodeClaim and node class nodes.
  func addAutoscalingNodes(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for hpa in snapshot.horizontalPodAutoscalers {
      graph.add(.horizontalPodAutoscaler, hpa.metadata, status: StatusRules.horizontalPodAutoscaler(hpa))
    }
    for item in snapshot.scaledObjects {
      graph.add(.scaledObject, item.metadata, status: StatusRules.keda(metadata: item.metadata, conditions: item.conditions))
    }
    for item in snapshot.scaledJobs {
      graph.add(.scaledJob, item.metadata, status: StatusRules.keda(metadata: item.metadata, conditions: item.conditions))
    }
    for pool in snapshot.nodePools { graph.add(.nodePool, pool.metadata, status: StatusRules.nodePool(pool)) }
    for claim in snapshot.nodeClaims { graph.add(.nodeClaim, claim.metadata, status: StatusRules.nodeClaim(claim)) }
    for item in snapshot.nodeClasses {
      guard let kind = MapKind(kind: item.kind ?? "") else { continue }
      graph.add(kind, item.metadata, status: StatusRules.nodeClass(item))
    }
  }

  /// `scales` (HPA → target, ScaledObject → target and HPA, ScaledJob → its Jobs), `provisions` (NodePool →
  /// NodeClaim), `class` (NodePool → node class) and NodeClaim → Node by `status.nodeName` when the Node carries
  /// no ownerReference.
  func addAutoscalingEdges(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for hpa in snapshot.horizontalPodAutoscalers {
      let namespace = hpa.metadata.namespace
      guard let target = hpa.spec?.scaleTargetRef, let kind = MapKind(kind: target.kind) else { continue }
      let id = graph.existing(.horizontalPodAutoscaler, namespace: namespace, name: hpa.metadata.name)
      graph.link(id, graph.target(kind, namespace: namespace, name: target.name), .scales)
    }
    for item in snapshot.scaledObjects {
      let namespace = item.metadata.namespace
      let id = graph.existing(.scaledObject, namespace: namespace, name: item.metadata.name)
      if let target = item.spec?.scaleTargetRef, let kind = MapKind(kind: target.resolvedKind) {
        graph.link(id, graph.target(kind, namespace: namespace, name: target.name), .scales)
      }
      let hpaName = item.status?.hpaName ?? "keda-hpa-\(item.metadata.name)"
      graph.link(id, graph.existing(.horizontalPodAutoscaler, namespace: namespace, name: hpaName), .scales)
    }
    let scaledJobIDs = Set(snapshot.scaledJobs.compactMap(\.metadata.uid))
    for job in snapshot.workloads where job.kind == MapKind.job.rawValue {
      guard let jobID = job.metadata.uid else { continue }
      for owner in job.metadata.ownerReferences ?? [] where scaledJobIDs.contains(owner.uid) {
        graph.link(owner.uid, jobID, .scales)
      }
    }
    for pool in snapshot.nodePools {
      let id = graph.existing(.nodePool, namespace: nil, name: pool.metadata.name)
      if let reference = pool.spec?.template?.spec?.nodeClassRef {
        let kind = reference.kind.flatMap { MapKind(kind: $0) } ?? .ec2NodeClass
        graph.link(id, graph.target(kind, namespace: nil, name: reference.name), .class)
      }
    }
    for claim in snapshot.nodeClaims {
      let id = graph.existing(.nodeClaim, namespace: nil, name: claim.metadata.name)
      if let pool = claim.nodePoolName {
        graph.link(graph.target(.nodePool, namespace: nil, name: pool), id, .provisions)
      }
      guard let nodeName = claim.status?.nodeName, let node = snapshot.nodes.first(where: { $0.metadata.name == nodeName })
      else { continue }
      if !(node.metadata.ownerReferences ?? []).contains(where: { $0.kind == MapKind.nodeClaim.rawValue }) {
        graph.link(id, graph.existing(.node, namespace: nil, name: nodeName), .owns)
      }
    }
  }
}
