#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Whether an autoscaler's target workload is known to be missing (only when that kind was listed).
enum TargetCheck {
  static let listedKinds: Set<String> = ["Deployment", "StatefulSet", "ReplicaSet"]

  static func missing(_ target: ObjectRef, context: AnalysisContext) -> Bool {
    guard listedKinds.contains(target.kind), !target.name.isEmpty else { return false }
    let kindListed =
      context.snapshot.cluster.workloads.contains { $0.kind == target.kind }
      || context.snapshot.cluster.workloads.contains { $0.kind == "Deployment" }
    guard kindListed else { return false }
    return context.workload(kind: target.kind, namespace: target.namespace, name: target.name) == nil
  }
}
