import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The objects around the question's subjects, from `lamp map`'s graph: everything within a few relations
/// (owners and owned workloads, pods, their nodes, claims and Services, Ingresses in front of those Services,
/// autoscalers of the workloads, NodePools and NodeClaims), with the owner chain of each, and the Endpoints of
/// every Service reached (the graph folds them into their Service).
public struct SubjectRelations: Sendable {
  public private(set) var related: Set<ObjectRef> = []

  /// Relations walked from each subject: Deployment → ReplicaSet → Pod → Service, ScaledObject → Deployment →
  /// ReplicaSet → Pod.
  public static let depth = 3

  /// `referrers`: objects naming a subject that the graph does not hold (the pods reading a named ConfigMap); they
  /// are related, and walked from like subjects.
  public init(subjects: [ObjectRef], graph: ResourceGraph, referrers: Set<ObjectRef> = []) {
    var ids: Set<String> = []
    for subject in subjects + referrers {
      let namespace = subject.namespace.isEmpty ? nil : subject.namespace
      guard let node = graph.node(kind: subject.kind, namespace: namespace, name: subject.name) else { continue }
      let around = GraphNeighbourhood.around(node.id, depth: Self.depth, in: graph)
      ids.formUnion(around.nodes.map(\.id))
    }
    for id in ids {
      guard let node = graph.node(id: id), !node.placeholder else { continue }
      let ref = ObjectRef(kind: node.kind, namespace: node.namespace ?? "", name: node.name)
      related.insert(ref)
      if node.kind == "Service" {
        related.insert(ObjectRef(kind: "Endpoints", namespace: ref.namespace, name: ref.name))
      }
    }
    related.formUnion(referrers)
    related.subtract(subjects)
  }
}
