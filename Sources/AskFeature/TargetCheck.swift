import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Whether an autoscaler's target is known to be missing (only when that kind was listed), or of a kind that cannot
/// be scaled.
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

  /// The `apiVersion/Kind` of an HPA's or ScaledObject's `spec.scaleTargetRef`, defaulted as KEDA does for a
  /// ScaledObject (`apps/v1`, `Deployment`); nil for other objects, and for an HPA's reference without apiVersion.
  static func versionedKind(_ object: ObjectDocument) -> String? {
    let apiVersion = object.string("spec", "scaleTargetRef", "apiVersion")
    switch object.kind {
    case "ScaledObject":
      return ScaledObject.ScaleTargetReference(
        apiVersion: apiVersion, kind: object.string("spec", "scaleTargetRef", "kind"), name: ""
      ).versionedKind
    case "HorizontalPodAutoscaler":
      guard let apiVersion, let kind = object.string("spec", "scaleTargetRef", "kind") else { return nil }
      return "\(apiVersion)/\(kind)"
    default: return nil
    }
  }

  /// Whether the autoscaler's target is of a kind served without a `scale` subresource (a DaemonSet).
  static func unscalable(_ object: ObjectDocument, context: AnalysisContext) -> Bool {
    versionedKind(object).map(context.snapshot.unscalableTargetKinds.contains) ?? false
  }
}
