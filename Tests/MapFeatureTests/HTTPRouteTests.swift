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
}
