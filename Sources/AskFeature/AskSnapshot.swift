import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Everything the analyzers read: the `lamp events` snapshot (pods, events, nodes, NodePools, workload
/// controllers with `kind` set) plus the objects around them, and log tails fetched for crashing containers.
/// `nil` lists mean "not known" (not served or not allowed).
public struct AskSnapshot: Sendable {
  public var cluster: ClusterSnapshot
  /// Services, Endpoints, Ingresses, HorizontalPodAutoscalers, ScaledObjects, PersistentVolumeClaims and
  /// ResourceQuotas, with `kind` set.
  public var objects: [ObjectDocument]
  /// Log tails keyed by `namespace/pod/container` (the previous run for crashing containers).
  public var logs: [String: String]
  /// metrics-server's pods, fetched only when an HPA cannot read resource metrics (nil: not fetched).
  public var metricsServerPods: [Pod]?
  /// Kinds of `objects` that were listed, including those listed empty.
  public var listedKinds: Set<String>
  /// Kinds that could not be read (forbidden), with the reason: analyzers that need them say so in the trace.
  public var warnings: [String]
  /// The ConfigMaps and Secrets, by name only (never their contents): questions name them.
  public var configurationNames: [ObjectRef] = []
  /// Scale target kinds (`apps/v1/DaemonSet`) that autoscalers name and the cluster serves without a `scale`
  /// subresource: nothing can scale them.
  public var unscalableTargetKinds: Set<String> = []

  public init(
    cluster: ClusterSnapshot, objects: [ObjectDocument] = [], logs: [String: String] = [:], warnings: [String] = [],
    listedKinds: Set<String> = []
  ) {
    self.cluster = cluster
    self.objects = objects
    self.listedKinds = listedKinds
    self.logs = logs
    self.warnings = warnings
  }

  /// Objects of one kind, in name order.
  public func objects(_ kind: String) -> [ObjectDocument] {
    objects.filter { $0.kind == kind }
  }

  /// One object by kind, namespace and name.
  public func object(_ kind: String, namespace: String, name: String) -> ObjectDocument? {
    objects.first { $0.kind == kind && $0.namespace == namespace && $0.name == name }
  }

  /// The key of a log tail.
  public static func logKey(namespace: String, pod: String, container: String) -> String {
    "\(namespace)/\(pod)/\(container)"
  }
}
