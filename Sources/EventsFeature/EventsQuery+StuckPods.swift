import KubeAPI
import KubeClient

/// Unscoped `lamp events` reads only the pods that may be stuck, not every healthy pod of the cluster (most of a
/// large cluster's bytes): Pending pods through a field selector, then the running pods the kubelet has warned
/// about, fetched by name. The classifier looks at nothing else (see `TriagedPod`). When the events cannot say
/// which running pods to fetch (not allowed, or too many to fetch one by one), running pods are listed and triaged.
extension EventsQuery {
  /// Kubelet warnings that mean a container cannot start or keeps restarting. Kubelet repeats them while the
  /// problem lasts, so a running pod with a waiting container always has a recent one.
  static let containerWarningReasons: Set<String> = [
    "BackOff", "Failed", "InspectFailed", "ErrImageNeverPull", "FailedPostStartHook",
  ]

  /// More warned-about pods than this are listed rather than fetched one by one.
  static let maxPodGets = 500
  /// Pod fetches in flight at once. Each one costs a wake-up of the transfer thread and of a waiting task, and a
  /// wider batch shares them: the last fetches end sooner after the last page of events (6-9 ms at 286 pods, 110
  /// interleaved runs against 16). Below the 100 streams that kube-apiserver (since the HTTP/2 rapid-reset fixes of
  /// 2023) and lamp-sim allow on one connection, leaving room for the lists in flight; over HTTP/1.1 libcurl queues
  /// the fetches beyond the transport's connections.
  static let podGetWidth = 64

  /// A pod's namespace and name.
  struct PodName: Hashable, Comparable, Sendable {
    var namespace: String
    var name: String

    static func < (a: PodName, b: PodName) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
  }

  /// Pending pods, decoded whole: every one of them is classified.
  func pendingPods(namespace: String?) async throws -> Fetched<Pod> {
    try await list(.pods, Pod.self, namespace: namespace, options: ListOptions(fieldSelector: "status.phase=Pending"))
  }

  /// The pods that `events` warn about with `containerWarningReasons`.
  static func warnedPods(in events: some Sequence<ClusterEvent>) -> [PodName] {
    var names: [PodName] = []
    for event in events where event.isWarning && containerWarningReasons.contains(event.reason) {
      guard event.regarding.kind == "Pod", let name = event.regarding.name, !name.isEmpty else { continue }
      names.append(PodName(namespace: event.regarding.namespace ?? event.namespace, name: name))
    }
    return names
  }

  /// The pods an unscoped run classifies, known once the events are read: the Pending ones that may be stuck and
  /// the ones the events warn about (`warnedPods(in:)`, fetched next). Nil when the pods could not be listed.
  static func podsThatMayBeStuck(_ pending: [Pod]?, warned: [PodName]) -> Set<EventIndex.Key>? {
    guard let pending else { return nil }
    var keys = Set(
      pending.lazy.filter(PendingClassifier.mayBeStuck).map { pod in
        EventIndex.Key(kind: "Pod", namespace: pod.metadata.namespace ?? "", name: pod.metadata.name)
      })
    for name in warned {
      keys.insert(EventIndex.Key(kind: "Pod", namespace: name.namespace, name: name.name))
    }
    return keys
  }

  /// Fetches the pods named on `names` as the names come in (while later pages of events are still arriving), a
  /// few at a time, skipping pods deleted since and the pods `listed` names once it does (awaited before the first
  /// fetch). Nil when more than `maxPodGets` are to be fetched or fetching them is not allowed: the caller then
  /// lists running pods instead.
  func fetchPods(named names: AsyncStream<[PodName]>, skipping listed: AsyncStream<Set<PodName>>) async throws
    -> [Pod]?
  {
    let client = self.client
    return try await withThrowingTaskGroup(of: Pod?.self) { group in
      var seen = Set<PodName>()
      var skipped: Set<PodName>? = nil
      var queue: [PodName] = []
      var started = 0
      var finished = 0
      var pods: [Pod] = []
      func startQueued() {
        while started - finished < Self.podGetWidth, let name = queue.popLast() {
          started += 1
          group.addTask {
            do {
              return try await client.resource(.pods, as: Pod.self, namespace: name.namespace).get(name.name)
            } catch let error as KubeError where error.isNotFound {
              return nil
            } catch is InvalidPathSegment {
              return nil  // an event may name any object, even one that cannot exist, such as a pod named ".."
            }
          }
        }
      }
      do {
        for await batch in names {
          if skipped == nil, !batch.isEmpty {
            var iterator = listed.makeAsyncIterator()
            skipped = await iterator.next() ?? []
          }
          for name in batch where !(skipped?.contains(name) ?? false) && seen.insert(name).inserted {
            queue.append(name)
          }
          guard seen.count <= Self.maxPodGets else {
            group.cancelAll()
            return nil
          }
          startQueued()
          // At full width, wait for fetches to finish before reading more names.
          while started - finished >= Self.podGetWidth, let result = try await group.next() {
            finished += 1
            if let pod = result { pods.append(pod) }
            startQueued()
          }
        }
        while let result = try await group.next() {
          finished += 1
          if let pod = result { pods.append(pod) }
          startQueued()
        }
        return pods.sorted { PodName($0) < PodName($1) }
      } catch let error as KubeError where error.isForbidden {
        group.cancelAll()
        return nil
      }
    }
  }

  /// Every running pod, triaged: when the events cannot say which ones to fetch.
  func triagedRunningPods(namespace: String?) async throws -> [Pod] {
    let options = ListOptions(fieldSelector: "status.phase=Running")
    let triaged = try await list(.pods, TriagedPod.self, namespace: namespace, options: options)
    return triaged.items?.map(\.pod) ?? []
  }
}

extension EventsQuery.PodName {
  init(_ pod: Pod) {
    self.init(namespace: pod.metadata.namespace ?? "", name: pod.metadata.name)
  }
}
