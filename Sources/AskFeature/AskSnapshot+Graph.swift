import KubeAPI
import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension AskSnapshot {
  /// The same objects as `lamp map` sees them, so the relation walk is MapFeature's graph, not a second one.
  /// Objects held as documents are decoded into KubeAPI's typed models here.
  public func mapSnapshot() throws -> MapSnapshot {
    var map = MapSnapshot()
    map.pods = cluster.pods
    map.nodes = cluster.nodes ?? []
    map.nodePools = cluster.nodePools ?? []
    map.workloads = cluster.workloads
    map.services = try decoded("Service")
    map.endpoints = try decoded("Endpoints")
    map.ingresses = try decoded("Ingress")
    map.persistentVolumeClaims = try decoded("PersistentVolumeClaim")
    map.horizontalPodAutoscalers = try decoded("HorizontalPodAutoscaler")
    map.scaledObjects = try decoded("ScaledObject")
    map.endpointsListed = objects.contains { $0.kind == "Endpoints" }
    var listed: Set<MapKind> = [.pod]
    if cluster.nodes != nil { listed.insert(.node) }
    if cluster.nodePools != nil { listed.insert(.nodePool) }
    for workload in cluster.workloads { if let kind = MapKind(kind: workload.kind ?? "") { listed.insert(kind) } }
    for kind in documentKinds { if let mapped = MapKind(kind: kind) { listed.insert(mapped) } }
    map.listed = listed
    return map
  }

  /// The kinds held as documents that were listed (present, or listed empty).
  var documentKinds: Set<String> { Set(objects.map(\.kind)).union(listedKinds) }

  func decoded<T: Decodable>(_ kind: String) throws -> [T] {
    let decoder = KubeJSON.decoder()
    let encoder = JSONEncoder()
    return try objects(kind).map { try decoder.decode(T.self, from: try encoder.encode($0.body)) }
  }
}
