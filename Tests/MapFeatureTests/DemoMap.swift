import Foundation
import KubeAPI
import KubeSim
import LampTestSupport
import MapFeature

/// The demo scenario's objects as a `MapSnapshot` and graph, without starting a server.
enum DemoMap {
  static func snapshot() throws -> MapSnapshot {
    var snapshot = MapSnapshot()
    for object in try DemoScenario.objects(now: TestCluster.referenceNow) {
      guard case .object(let fields) = object, case .string(let kind)? = fields["kind"] else { continue }
      switch kind {
      case "Pod": snapshot.pods.append(try decode(object))
      case "Node": snapshot.nodes.append(try decode(object))
      case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob":
        snapshot.workloads.append(try decode(object))
      case "Service": snapshot.services.append(try decode(object))
      case "Endpoints": snapshot.endpoints.append(try decode(object))
      case "Ingress": snapshot.ingresses.append(try decode(object))
      case "PersistentVolumeClaim": snapshot.persistentVolumeClaims.append(try decode(object))
      case "PersistentVolume": snapshot.persistentVolumes.append(try decode(object))
      case "StorageClass": snapshot.storageClasses.append(try decode(object))
      case "ConfigMap": snapshot.configMaps.append(try decode(object))
      case "Secret": snapshot.secrets.append(try decode(object))
      case "ServiceAccount": snapshot.serviceAccounts.append(try decode(object))
      case "HorizontalPodAutoscaler": snapshot.horizontalPodAutoscalers.append(try decode(object))
      case "ScaledObject": snapshot.scaledObjects.append(try decode(object))
      case "ScaledJob": snapshot.scaledJobs.append(try decode(object))
      case "NodePool": snapshot.nodePools.append(try decode(object))
      case "NodeClaim": snapshot.nodeClaims.append(try decode(object))
      case "EC2NodeClass", "NodeClass", "AKSNodeClass": snapshot.nodeClasses.append(try decode(object))
      default: continue
      }
    }
    snapshot.listed = Set(MapKind.allCases)
    snapshot.endpointsListed = true
    return snapshot
  }

  static func graph() throws -> ResourceGraph {
    GraphBuilder().build(try snapshot())
  }

  static func decode<T: Decodable>(_ value: JSONValue) throws -> T {
    try KubeJSON.decoder().decode(T.self, from: try JSONEncoder().encode(value))
  }
}

extension ResourceGraph {
  /// The node of this kind and name in `namespace`, for tests.
  func find(_ kind: String, _ namespace: String?, _ name: String) -> ResourceNode? {
    node(kind: kind, namespace: namespace, name: name)
  }

  /// The edges of `type` leaving `node` (none for a missing node).
  func outgoing(_ node: ResourceNode?, _ type: EdgeType) -> [ResourceEdge] {
    guard let node else { return [] }
    return edges(from: node.id, type: type)
  }

  /// Whether an edge of `type` goes from the first object to the second.
  func hasEdge(_ from: ResourceNode?, _ to: ResourceNode?, _ type: EdgeType) -> Bool {
    guard let from, let to else { return false }
    return edges(from: from.id, type: type).contains { $0.to == to.id }
  }
}
