import ByteScanning
import EventsFeature
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Fetches an `AskSnapshot`: `lamp events`' query (pods, events, nodes, NodePools), then workload controllers,
/// Services, Endpoints, Ingresses, autoscalers, claims and quotas concurrently, then the previous run's log
/// tail of each crashing container. A kind the user may not list becomes a warning; the rest is still used.
public struct AskQuery: Sendable {
  public let client: KubeClient
  public let discovery: Discovery
  /// Lines of log kept per crashing container, and the most crashing containers whose logs are fetched.
  public var logLines = 20
  public var maxLogs = 10

  public init(client: KubeClient, discovery: Discovery) {
    self.client = client
    self.discovery = discovery
  }

  /// Namespace names, to find the ones a question names; nil when namespaces may not be listed.
  public func namespaceNames() async throws -> [String]? {
    do {
      return try await client.resource(.namespaces, as: PartialObject.self, namespace: nil).list().items.map(
        \.metadata.name
      ).sorted()
    } catch let error as KubeError where error.isForbidden {
      return nil
    }
  }

  /// Fetches everything in `namespace` (nil: all namespaces) as of `now`; with `configurationNames`, the names of
  /// its ConfigMaps and Secrets too (for a question with a word that may name one).
  public func run(namespace: String?, configurationNames names: Bool = true, now: Date? = nil) async throws
    -> AskSnapshot
  {
    let events = EventsQuery(client: client, discovery: discovery)
    async let base = events.run(EventsQuery.Options(namespace: namespace, now: now))
    async let workloads = workloadList(namespace: namespace)
    async let documents = documentList(namespace: namespace)
    async let configuration = names ? configurationNames(namespace: namespace) : []
    let result = try await base
    let (items, workloadWarnings) = try await workloads
    let (objects, documentWarnings, listedKinds) = try await documents
    var cluster = result.snapshot
    cluster.workloads = items
    var snapshot = AskSnapshot(
      cluster: cluster, objects: objects, warnings: (result.warnings + workloadWarnings + documentWarnings).sorted(),
      listedKinds: listedKinds)
    snapshot.configurationNames = try await configuration
    let targets = Set(objects.compactMap(TargetCheck.versionedKind))
    snapshot.unscalableTargetKinds = try await discovery.unusableScaleTargets(targets).unscalable
    snapshot.logs = try await crashLogs(cluster)
    let needsMetricsServer = objects.contains { object in
      object.kind == "HorizontalPodAutoscaler"
        && object.condition("ScalingActive")?.message.contains("metrics.k8s.io") == true
    }
    if needsMetricsServer { snapshot.metricsServerPods = try await metricsServerPods() }
    return snapshot
  }

  static let workloadKinds: [ResourceKind] = [
    .deployments, .replicaSets, .statefulSets, .daemonSets, .jobs, .cronJobs,
  ]

  static let documentKinds: [ResourceKind] = [
    .services, .endpoints, .ingresses, .horizontalPodAutoscalers, .persistentVolumeClaims, .resourceQuotas,
  ]

  func workloadList(namespace: String?) async throws -> ([Workload], [String]) {
    try await withThrowingTaskGroup(of: ([Workload], String?).self) { group in
      for kind in Self.workloadKinds {
        group.addTask {
          do {
            let items = try await client.resource(kind, as: Workload.self, namespace: namespace).list().items
            return (
              items.map { item in
                var workload = item
                workload.kind = kind.kind
                return workload
              }, nil
            )
          } catch let error as KubeError where error.isForbidden {
            return ([], Self.warning(kind, namespace: namespace))
          }
        }
      }
      var items: [Workload] = []
      var warnings: [String] = []
      for try await (batch, warning) in group {
        items += batch
        if let warning { warnings.append(warning) }
      }
      return (
        items.sorted {
          ($0.kind ?? "", $0.metadata.namespace ?? "", $0.metadata.name) < (
            $1.kind ?? "", $1.metadata.namespace ?? "", $1.metadata.name
          )
        }, warnings
      )
    }
  }

  func documentList(namespace: String?) async throws -> ([ObjectDocument], [String], Set<String>) {
    var kinds = Self.documentKinds
    if let keda = try await discovery.find(group: "keda.sh", resource: "scaledobjects") {
      kinds.append(keda.resourceKind)
    }
    let selected = kinds
    return try await withThrowingTaskGroup(of: ([ObjectDocument], String?, String?).self) { group in
      for kind in selected {
        group.addTask {
          do {
            let items = try await client.resource(kind, as: ObjectDocument.self, namespace: namespace).list().items
            return (
              items.map { item in
                var document = item
                document.kind = kind.kind
                return document
              }, nil, kind.kind
            )
          } catch let error as KubeError where error.isForbidden {
            return ([], Self.warning(kind, namespace: namespace), nil)
          } catch let error as KubeError where error.isNotFound {
            return ([], nil, nil)
          }
        }
      }
      var items: [ObjectDocument] = []
      var warnings: [String] = []
      var listed: Set<String> = []
      for try await (batch, warning, kind) in group {
        items += batch
        if let warning { warnings.append(warning) }
        if let kind { listed.insert(kind) }
      }
      return (items.sorted { ($0.kind, $0.namespace, $0.name) < ($1.kind, $1.namespace, $1.name) }, warnings, listed)
    }
  }

  /// ConfigMap and Secret names, read as metadata only. Only a question that names one needs them, so a kind
  /// that may not be listed is left out without a warning.
  func configurationNames(namespace: String?) async throws -> [ObjectRef] {
    try await withThrowingTaskGroup(of: [ObjectRef].self) { group in
      for kind in [ResourceKind.configMaps, .secrets] {
        group.addTask {
          do {
            return try await client.resource(kind, as: PartialObject.self, namespace: namespace).listMetadata().map {
              ObjectRef(kind: kind.kind, namespace: $0.namespace ?? "", name: $0.name)
            }
          } catch let error as KubeError where error.isForbidden || error.isNotFound {
            return []
          }
        }
      }
      return try await group.reduce(into: []) { $0 += $1 }.sorted()
    }
  }

  /// The previous run's last lines of each crash-looping container (at most `maxLogs`).
  func crashLogs(_ cluster: ClusterSnapshot) async throws -> [String: String] {
    var targets: [(String, String, String)] = []
    for pod in cluster.pods where pod.metadata.deletionTimestamp == nil {
      let statuses = (pod.status?.initContainerStatuses ?? []) + (pod.status?.containerStatuses ?? [])
      // The classifier reports the first waiting container; its log is the one that explains it.
      guard let status = statuses.first(where: { $0.state?.waiting?.reason != nil }),
        status.state?.waiting?.reason == "CrashLoopBackOff"
      else { continue }
      targets.append((pod.metadata.namespace ?? "", pod.metadata.name, status.name))
    }
    let selected = Array(targets.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(maxLogs))
    let lines = logLines
    return try await withThrowingTaskGroup(of: (String, String?).self) { group in
      for (namespace, pod, container) in selected {
        group.addTask {
          let path = try ResourceKind.pods.objectPath(name: pod, namespace: namespace, subresource: "log")
          let query = [
            ("container", container), ("previous", "true"), ("tailLines", "\(lines)"), ("limitBytes", "8192"),
          ]
          let key = AskSnapshot.logKey(namespace: namespace, pod: pod, container: container)
          do {
            let response = try await client.send(method: "GET", path: path, query: query, accept: "text/plain")
            // Redacted as read: the tail is shown, kept in history and may be sent to a model.
            let text = String(decoding: response.body, as: UTF8.self).trimming(while: \.isNewline)
            return (key, Redaction.text(text))
          } catch let error as KubeError where error.isForbidden || error.isNotFound || error.statusCode == 400 {
            return (key, nil)  // No previous run kept, or logs not allowed: the finding stands without them.
          }
        }
      }
      var logs: [String: String] = [:]
      for try await (key, text) in group { if let text { logs[key] = text } }
      return logs
    }
  }

  /// metrics-server's pods in kube-system (its usual home, under either common label); nil when not allowed.
  func metricsServerPods() async throws -> [Pod]? {
    let pods = client.resource(.pods, as: Pod.self, namespace: "kube-system")
    do {
      var found: [Pod] = []
      for selector in ["k8s-app=metrics-server", "app.kubernetes.io/name=metrics-server"] {
        found += try await pods.list(ListOptions(labelSelector: selector)).items
      }
      return found
    } catch let error as KubeError where error.isForbidden {
      return nil
    }
  }

  static func warning(_ kind: ResourceKind, namespace: String?) -> String {
    kind.missingListPermission(namespace: namespace, consequence: "findings that need it are not checked")
  }
}
