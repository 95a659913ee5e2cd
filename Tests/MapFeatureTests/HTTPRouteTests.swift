import KubeAPI
import Testing

@testable import MapFeature

/// Gateway API routes (the demo cluster does not serve them): `routes` edges and the missing-backend rule.
@Suite struct HTTPRouteTests {
  @Test func routesToServicesAndFlagsMissingOnes() throws {
    var snapshot = MapSnapshot()
    snapshot.services = [Service(metadata: ObjectMeta(name: "web", namespace: "shop", uid: "svc-web"))]
    let rule = HTTPRoute.Rule(backendRefs: [
      HTTPRoute.BackendReference(name: "web"), HTTPRoute.BackendReference(name: "gone"),
      HTTPRoute.BackendReference(group: "example.com", kind: "Bucket", name: "ignored"),
    ])
    snapshot.httpRoutes = [
      HTTPRoute(
        metadata: ObjectMeta(name: "shop", namespace: "shop", uid: "route-1"),
        spec: HTTPRoute.Spec(hostnames: ["shop.example.com"], rules: [rule]))
    ]
    snapshot.listed = [.service, .httpRoute]
    let graph = GraphBuilder().build(snapshot)
    let route = try #require(graph.node(id: "route-1"))
    #expect(route.status == .error)
    #expect(route.reason == "service gone not found")
    let targets = graph.edges(from: "route-1", type: .routes)
    #expect(targets.map(\.to) == ["Service/shop/gone", "svc-web"])
    #expect(targets.allSatisfy { $0.detail == "shop.example.com" })
    #expect(graph.node(id: "Service/shop/gone")?.placeholder == true)
  }

  @Test("a backend in a namespace that was not listed is not listed, not missing: no error, no error placeholder")
  func backendInAnotherNamespace() throws {
    var snapshot = MapSnapshot()
    snapshot.namespace = "edge"
    let rule = HTTPRoute.Rule(backendRefs: [
      HTTPRoute.BackendReference(name: "web", namespace: "shop"), HTTPRoute.BackendReference(name: "gone"),
    ])
    snapshot.httpRoutes = [
      HTTPRoute(metadata: ObjectMeta(name: "route", namespace: "edge", uid: "route-1"), spec: .init(rules: [rule]))
    ]
    snapshot.listed = [.service, .httpRoute]
    let graph = GraphBuilder().build(snapshot)
    let route = try #require(graph.node(id: "route-1"))
    #expect(route.status == .error && route.reason == "service gone not found", "its own namespace was listed")
    let elsewhere = try #require(graph.node(id: "Service/shop/web"))
    #expect(elsewhere.placeholder && elsewhere.status == .unknown && elsewhere.reason == "not listed")
    #expect(graph.node(id: "Service/edge/gone")?.reason == "not found")

    snapshot.httpRoutes[0].spec = .init(rules: [.init(backendRefs: [.init(name: "web", namespace: "shop")])])
    let fine = GraphBuilder().build(snapshot)
    #expect(fine.node(id: "route-1")?.status != .error)
  }

  @Test("an owner in another namespace is absent, as the garbage collector treats it, even when it was listed")
  func ownerInAnotherNamespace() throws {
    var snapshot = MapSnapshot()
    let owner = OwnerReference(
      apiVersion: "apps/v1", kind: "ReplicaSet", name: "web-1", uid: "rs-uid", controller: true)
    snapshot.workloads = [
      Workload(kind: "ReplicaSet", metadata: ObjectMeta(name: "web-1", namespace: "shop", uid: "rs-uid"))
    ]
    snapshot.pods = [
      Pod(metadata: ObjectMeta(name: "here", namespace: "shop", uid: "pod-1", ownerReferences: [owner])),
      Pod(metadata: ObjectMeta(name: "there", namespace: "weird", uid: "pod-2", ownerReferences: [owner])),
    ]
    snapshot.listed = [.pod, .replicaSet]
    let graph = GraphBuilder().build(snapshot)
    #expect(graph.edges(to: "pod-1", type: .owns).map(\.from) == ["rs-uid"])
    #expect(graph.edges(to: "pod-2", type: .owns).map(\.from) == ["ReplicaSet/weird/web-1"])
    #expect(graph.node(id: "ReplicaSet/weird/web-1")?.reason == "not found")
  }
}
