import EventsFeature
import Foundation
import KubeAPI

/// The snapshot with the indexes analyzers share, built once per diagnosis.
public struct AnalysisContext: Sendable {
  public let snapshot: AskSnapshot
  public let now: Date
  /// The `lamp events` classifier over the same data: scheduling and start-up failures are never re-derived.
  public let classifier: PendingClassifier

  public init(snapshot: AskSnapshot, now: Date) {
    self.snapshot = snapshot
    self.now = now
    self.classifier = PendingClassifier(snapshot.cluster)
  }

  public var pods: [Pod] { snapshot.cluster.pods }
  public var events: [ClusterEvent] { snapshot.cluster.events }

  /// Events about one object, oldest first.
  public func events(about ref: ObjectRef) -> [ClusterEvent] {
    events.filter { event in
      event.regarding.kind == ref.kind && event.regarding.name == ref.name
        && (event.regarding.namespace ?? event.namespace) == ref.namespace
    }.sorted { ($0.lastSeen ?? .distantPast) < ($1.lastSeen ?? .distantPast) }
  }

  /// Pods in a namespace whose labels match every pair of `selector`.
  public func pods(namespace: String, matching selector: [String: String]) -> [Pod] {
    guard !selector.isEmpty else { return [] }
    return pods.filter { pod in
      guard pod.metadata.namespace == namespace else { return false }
      let labels = pod.metadata.labels ?? [:]
      return selector.allSatisfy { labels[$0.key] == $0.value }
    }
  }

  /// A workload controller by kind, namespace and name.
  public func workload(kind: String, namespace: String, name: String) -> Workload? {
    snapshot.cluster.workloads.first {
      $0.kind == kind && $0.metadata.namespace == namespace && $0.metadata.name == name
    }
  }

  /// The reference of a pod.
  public static func ref(_ pod: Pod) -> ObjectRef {
    ObjectRef(kind: "Pod", namespace: pod.metadata.namespace ?? "", name: pod.metadata.name)
  }

  /// The reference of an event's object.
  public static func ref(_ event: ClusterEvent) -> ObjectRef {
    ObjectRef(
      kind: event.regarding.kind ?? "", namespace: event.regarding.namespace ?? event.namespace,
      name: event.regarding.name ?? "")
  }

  /// The event as evidence: `Reason ×N: message`.
  public static func evidence(_ event: ClusterEvent) -> Evidence {
    let count = event.count > 1 ? " ×\(event.count)" : ""
    return Evidence(object: ref(event), source: "event \(event.reason)\(count)", text: event.message)
  }
}
