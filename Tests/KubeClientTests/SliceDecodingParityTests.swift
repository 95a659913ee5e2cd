import Foundation
import KubeAPI
import KubeClient
import LampTestSupport
import Testing

/// Every list of the demo cluster, read by `JSONSlice.decode` and by `JSONDecoder`: the two must agree on every
/// model, since the client reads responses the first way and falls back to the second only on errors.
@Suite("JSONSlice.decode reads the demo cluster as JSONDecoder does")
struct SliceDecodingParityTests {
  static func compare<Item: KubeObject & Equatable>(_ kind: ResourceKind, _: Item.Type, client: KubeClient) async throws
    -> Int
  {
    let body = try await client.send(method: "GET", path: try kind.collectionPath(namespace: nil)).body
    let scanned = try JSONSlice.decode(ObjectList<Item>.self, from: body)
    let decoded = try KubeJSON.decoder().decode(ObjectList<Item>.self, from: body)
    #expect(scanned.items == decoded.items, "\(kind.resource)")
    #expect(scanned.metadata.resourceVersion == decoded.metadata.resourceVersion)
    #expect(try JSONSlice.decode(JSONValue.self, from: body) == KubeJSON.decoder().decode(JSONValue.self, from: body))
    // And through the client's own list, which scans pages.
    let listed = try await client.resource(kind, as: Item.self, namespace: nil).list()
    #expect(listed.items == decoded.items, "\(kind.resource) listed")
    return decoded.items.count
  }

  /// Events scanned straight into `ClusterEvent` (as `lamp events` reads them) and through their API's model.
  static func compareClusterEvents<Source: KubeObject>(
    _ kind: ResourceKind, _ normalise: (Source) -> ClusterEvent, client: KubeClient
  ) async throws {
    let body = try await client.send(method: "GET", path: try kind.collectionPath(namespace: nil)).body
    let expected = try KubeJSON.decoder().decode(ObjectList<Source>.self, from: body).items.map(normalise)
    let scanned = try JSONSlice.reading(body) { document in
      var events: [ClusterEvent] = []
      try document.member("items")?.forEachElement { events.append(try ClusterEvent(scanning: $0)) }
      return events
    }
    #expect(scanned == expected, "\(kind.resource)")
    #expect(scanned.count > 10)
  }

  @Test("pods, nodes, workloads, services, events, secrets, autoscalers, Karpenter and KEDA objects")
  func demoCluster() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let client = try await ClientEndToEndTests.client(cluster)
    var total = 0
    total += try await Self.compare(.pods, Pod.self, client: client)
    total += try await Self.compare(.nodes, Node.self, client: client)
    total += try await Self.compare(.services, Service.self, client: client)
    total += try await Self.compare(.endpoints, Endpoints.self, client: client)
    total += try await Self.compare(.events, Event.self, client: client)
    total += try await Self.compare(.eventsV1, EventV1.self, client: client)
    try await Self.compareClusterEvents(.events, { (event: Event) in ClusterEvent(event) }, client: client)
    try await Self.compareClusterEvents(.eventsV1, { (event: EventV1) in ClusterEvent(event) }, client: client)
    total += try await Self.compare(.configMaps, ConfigMap.self, client: client)
    total += try await Self.compare(.secrets, Secret.self, client: client)
    total += try await Self.compare(.serviceAccounts, ServiceAccount.self, client: client)
    total += try await Self.compare(.persistentVolumeClaims, PersistentVolumeClaim.self, client: client)
    total += try await Self.compare(.persistentVolumes, PersistentVolume.self, client: client)
    total += try await Self.compare(.storageClasses, StorageClass.self, client: client)
    for kind in [ResourceKind.deployments, .replicaSets, .statefulSets, .daemonSets, .jobs, .cronJobs] {
      total += try await Self.compare(kind, Workload.self, client: client)
    }
    total += try await Self.compare(.ingresses, Ingress.self, client: client)
    total += try await Self.compare(.horizontalPodAutoscalers, HorizontalPodAutoscaler.self, client: client)
    total += try await Self.compare(NodePool.resourceKind, NodePool.self, client: client)
    total += try await Self.compare(NodeClaim.resourceKind, NodeClaim.self, client: client)
    total += try await Self.compare(NodeClass.ec2NodeClassKind, NodeClass.self, client: client)
    total += try await Self.compare(ScaledObject.resourceKind, ScaledObject.self, client: client)
    total += try await Self.compare(ScaledJob.resourceKind, ScaledJob.self, client: client)
    total += try await Self.compare(TriggerAuthentication.resourceKind, TriggerAuthentication.self, client: client)
    #expect(total > 100, "the demo cluster has objects of these kinds")
  }
}
