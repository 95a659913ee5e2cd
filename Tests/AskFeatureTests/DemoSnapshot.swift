import AskFeature
import EventsFeature
import Foundation
import KubeAPI
import KubeSim
import LampTestSupport

/// The demo scenario decoded into an `AskSnapshot`, without starting a server.
enum DemoSnapshot {
  static let now = TestCluster.referenceNow

  static let documentKinds: Set<String> = [
    "Service", "Endpoints", "Ingress", "HorizontalPodAutoscaler", "ScaledObject", "PersistentVolumeClaim",
    "ResourceQuota",
  ]

  /// Generating the demo (with its key material) is slow in debug builds: once per test process.
  static let objects = Result { try DemoScenario.objects(now: now) }

  static func snapshot(namespace: String? = nil) throws -> AskSnapshot {
    var pods: [Pod] = []
    var events: [ClusterEvent] = []
    var nodes: [Node] = []
    var pools: [NodePool] = []
    var workloads: [Workload] = []
    var documents: [ObjectDocument] = []
    var metricsServer: [Pod] = []
    for object in try objects.get() {
      guard case .string(let kind)? = object["kind"] else { continue }
      // As AskQuery does: metrics-server's pods are looked up wherever they run.
      if kind == "Pod", object[path: ["metadata", "name"]]?.stringValue?.hasPrefix("metrics-server") == true {
        metricsServer.append(try decode(object))
      }
      let objectNamespace = object[path: ["metadata", "namespace"]]?.stringValue
      if let namespace, let objectNamespace, objectNamespace != namespace { continue }
      switch kind {
      case "Pod": pods.append(try decode(object))
      case "Event": events.append(ClusterEvent(try decode(object) as Event))
      case "Node": nodes.append(try decode(object))
      case "NodePool": pools.append(try decode(object))
      case "ReplicaSet", "Job", "Deployment", "StatefulSet", "DaemonSet", "CronJob":
        workloads.append(try decode(object))
      case _ where documentKinds.contains(kind): documents.append(try decode(object))
      default: continue
      }
    }
    let cluster = ClusterSnapshot(pods: pods, events: events, nodes: nodes, nodePools: pools, workloads: workloads)
    var snapshot = AskSnapshot(cluster: cluster, objects: documents, listedKinds: documentKinds)
    snapshot.metricsServerPods = metricsServer
    return snapshot
  }

  static func decode<T: Decodable>(_ value: JSONValue) throws -> T {
    try KubeJSON.decoder().decode(T.self, from: try JSONEncoder().encode(value))
  }

  static func diagnose(_ question: String, namespace: String?) throws -> Diagnosis {
    try DiagnosisEngine().diagnose(
      try snapshot(namespace: namespace), question: question, namespace: namespace,
      namespaces: ["batch", "default", "kube-system", "keda", "monitoring", "shop"], now: now)
  }
}
