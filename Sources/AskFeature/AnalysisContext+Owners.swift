import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension AnalysisContext {
  /// The outermost controller of an object (Pod → ReplicaSet → Deployment), following the listed workloads;
  /// nil when it has no owner.
  public func topOwner(namespace: String, owners: [OwnerReference]?) -> ObjectRef? {
    var current = owners?.first { $0.controller == true } ?? owners?.first
    var result: ObjectRef? = nil
    var seen = Set<String>()
    while let owner = current, seen.insert(owner.uid).inserted {
      result = ObjectRef(kind: owner.kind, namespace: namespace, name: owner.name)
      let next = workload(kind: owner.kind, namespace: namespace, name: owner.name)?.controller
      current = next
    }
    return result
  }

  /// The object a pod's spec is edited in: its top owner, else the pod itself.
  public func specOwner(of pod: Pod) -> ObjectRef {
    topOwner(namespace: pod.metadata.namespace ?? "", owners: pod.metadata.ownerReferences) ?? Self.ref(pod)
  }
}
