import Foundation
import KubeAPI

/// A large generated cluster for benchmarks: namespaces, Karpenter nodes and NodeClaims, Deployments with their
/// ReplicaSets and pods (some Pending or crash-looping), Services, KEDA ScaledObjects with their HPAs, and events.
/// The same spec and seed always give the same objects.
public struct ScaleScenario: Sendable {
  public var spec: ScaleSpec
  public var seed: UInt64

  public init(spec: ScaleSpec, seed: UInt64 = 42) {
    self.spec = spec
    self.seed = seed
  }

  /// Every object of the cluster, with ages relative to `now`.
  public func objects(now: Date) -> [JSONValue] {
    var builder = ScaleBuilder(spec: spec, seed: seed, now: Int64(now.timeIntervalSince1970.rounded(.down)))
    return builder.build()
  }
}
