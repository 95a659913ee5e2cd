import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension KarpenterQuery {
  /// `lamp karpenter pending`: the pods waiting for capacity in one namespace or all (nil), as `lamp events`
  /// classifies them. Pods are what it is about: when they may not be listed it throws, since an empty report
  /// would read as "nothing is waiting".
  public func capacityReport(namespace: String?, now: Date) async throws -> CapacityReport {
    _ = try await kinds()
    let events = EventsQuery(client: client, discovery: discovery)
    let result = try await events.run(EventsQuery.Options(namespace: namespace))
    guard result.podsListed else {
      throw AutoscaleError.forbidden(
        ResourceKind.pods.listPermission(namespace: namespace) + "; pods waiting for capacity cannot be shown")
    }
    // No NodePools read: forbidden (a warning says so), or their CRD went after discovery was cached, which the
    // server's own discovery tells apart.
    if result.snapshot.nodePools == nil {
      try await discovery.refresh()
      _ = try await kinds()
    }
    return CapacityReport(snapshot: result.snapshot, warnings: result.warnings, now: now)
  }
}
