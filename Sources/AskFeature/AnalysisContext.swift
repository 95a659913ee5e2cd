import EventsFeature
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The snapshot with the indexes analyzers share, built once per diagnosis.
public struct AnalysisContext: Sendable {
  public let snapshot: AskSnapshot
  public let now: Date
  /// The `lamp events` classifier over the same data: scheduling and start-up failures are never re-derived.
  public let classifier: PendingClassifier
  /// The classifier's findings, computed once: several analyzers read them.
  public let pendingFindings: [PendingFinding]
  /// Events by their object, oldest first; pods by namespace; workloads and documents by kind/namespace/name:
  /// analyzers look objects up per pod, so lookups must not scan (20,000 pods × 50,000 events).
  let eventsByObject: [ObjectRef: [ClusterEvent]]
  let podsByNamespace: [String: [Pod]]
  let podsByRef: [ObjectRef: Pod]
  let workloadsByRef: [ObjectRef: Workload]
  let documentsByRef: [ObjectRef: ObjectDocument]
  let documentsByKindNamespace: [String: [ObjectDocument]]

  public init(snapshot: AskSnapshot, now: Date) {
    self.snapshot = snapshot
    self.now = now
    self.classifier = PendingClassifier(snapshot.cluster)
    self.pendingFindings = classifier.findings()
    var events: [ObjectRef: [ClusterEvent]] = [:]
    for event in snapshot.cluster.events { events[Self.ref(event), default: []].append(event) }
    self.eventsByObject = events.mapValues { list in
      list.sorted { ($0.lastSeen ?? .distantPast) < ($1.lastSeen ?? .distantPast) }
    }
    self.podsByNamespace = Dictionary(grouping: snapshot.cluster.pods) { $0.metadata.namespace ?? "" }
    self.podsByRef = Dictionary(snapshot.cluster.pods.map { (Self.ref($0), $0) }) { first, _ in first }
    var workloads: [ObjectRef: Workload] = [:]
    for workload in snapshot.cluster.workloads {
      let ref = ObjectRef(
        kind: workload.kind ?? "", namespace: workload.metadata.namespace ?? "", name: workload.metadata.name)
      if workloads[ref] == nil { workloads[ref] = workload }
    }
    self.workloadsByRef = workloads
    var documents: [ObjectRef: ObjectDocument] = [:]
    for document in snapshot.objects where documents[document.ref] == nil { documents[document.ref] = document }
    self.documentsByRef = documents
    self.documentsByKindNamespace = Dictionary(grouping: snapshot.objects) { "\($0.kind)/\($0.namespace)" }
  }

  public var pods: [Pod] { snapshot.cluster.pods }
  public var events: [ClusterEvent] { snapshot.cluster.events }

  /// Events about one object, oldest first.
  public func events(about ref: ObjectRef) -> [ClusterEvent] {
    eventsByObject[ref] ?? []
  }

  /// metrics-server's pods, wherever they run (usually kube-system, outside a namespaced question's scope).
  public var metricsServerPods: [Pod] {
    let listed = snapshot.metricsServerPods ?? []
    let local = pods.filter { $0.metadata.name.hasPrefix("metrics-server") }
    var seen = Set<ObjectRef>()
    return (listed + local).filter { seen.insert(Self.ref($0)).inserted }
  }

  /// A pod by namespace and name.
  public func pod(namespace: String, name: String) -> Pod? {
    podsByRef[ObjectRef(kind: "Pod", namespace: namespace, name: name)]
  }

  /// The listed objects of a kind in one namespace.
  public func documents(_ kind: String, namespace: String) -> [ObjectDocument] {
    documentsByKindNamespace["\(kind)/\(namespace)"] ?? []
  }

  /// The listed object of a kind without a typed model, by reference.
  public func document(_ kind: String, namespace: String, name: String) -> ObjectDocument? {
    documentsByRef[ObjectRef(kind: kind, namespace: namespace, name: name)]
  }

  /// Pods in a namespace whose labels match every pair of `selector`.
  public func pods(namespace: String, matching selector: [String: String]) -> [Pod] {
    guard !selector.isEmpty else { return [] }
    return (podsByNamespace[namespace] ?? []).filter { pod in
      let labels = pod.metadata.labels ?? [:]
      return selector.allSatisfy { labels[$0.key] == $0.value }
    }
  }

  /// A workload controller by kind, namespace and name.
  public func workload(kind: String, namespace: String, name: String) -> Workload? {
    workloadsByRef[ObjectRef(kind: kind, namespace: namespace, name: name)]
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
