import Formatters
import Foundation
import KubeAPI
import Testing

@testable import MapFeature

/// Every edge type and status rule, where the demo cluster's deliberate problems put them.
@Suite struct GraphBuilderTests {
  let graph: ResourceGraph

  init() throws {
    graph = try DemoMap.graph()
  }

  @Test func ownsFollowsOwnerReferencesByUID() throws {
    let deployment = graph.find("Deployment", "shop", "web")
    let replicaSet = graph.find("ReplicaSet", "shop", "web-6d4cf56db6")
    let pod = graph.find("Pod", "shop", "web-6d4cf56db6-2mzjq")
    #expect(graph.hasEdge(deployment, replicaSet, .owns))
    #expect(graph.hasEdge(replicaSet, pod, .owns))
    #expect(graph.hasEdge(graph.find("StatefulSet", "shop", "redis"), graph.find("Pod", "shop", "redis-0"), .owns))
    #expect(
      graph.hasEdge(
        graph.find("CronJob", "batch", "db-backup"), graph.find("Job", "batch", "db-backup-29919360"), .owns))
    #expect(
      graph.hasEdge(
        graph.find("NodeClaim", nil, "spot-2bq8n"),
        graph.find("Node", nil, "ip-10-0-20-187.us-west-2.compute.internal"),
        .owns))
    let daemonPods = graph.nodes.filter { $0.kind == "Pod" && $0.namespace == "kube-system" }.filter { pod in
      graph.edges(to: pod.id, type: .owns).contains { graph.node(id: $0.from)?.kind == "DaemonSet" }
    }
    #expect(!daemonPods.isEmpty)
  }

  @Test func selectsLinksServicesToTheirPods() {
    let selected = graph.outgoing(graph.find("Service", "shop", "web"), .selects).compactMap {
      graph.node(id: $0.to)?.name
    }
    #expect(selected.count == 4)
    #expect(selected.allSatisfy { $0.hasPrefix("web-6d4cf56db6-") })
    let gateway = graph.outgoing(graph.find("Service", "shop", "legacy-gateway"), .selects)
    #expect(gateway.isEmpty)
  }

  @Test func routesFromIngressesToServicesAndTLSSecrets() {
    let ingress = graph.find("Ingress", "shop", "web")
    #expect(graph.hasEdge(ingress, graph.find("Service", "shop", "web"), .routes))
    #expect(graph.hasEdge(ingress, graph.find("Secret", "shop", "shop-demo-tls"), .routes))
    let detail = graph.outgoing(ingress, .routes).compactMap(\.detail)
    #expect(detail.contains("shop.demo.example.com/"))
    #expect(detail.contains("tls"))
  }

  @Test func anIngressToAMissingServiceIsAnErrorWithAPlaceholder() throws {
    let ingress = try #require(graph.find("Ingress", "shop", "legacy-api"))
    #expect(ingress.status == .error)
    #expect(ingress.reason == "service legacy-api not found")
    let missing = try #require(graph.find("Service", "shop", "legacy-api"))
    #expect(missing.placeholder)
    #expect(missing.status == .error)
    #expect(missing.reason == "not found")
    #expect(graph.hasEdge(ingress, missing, .routes))
  }

  @Test func runsOnLinksPodsToTheirNodes() {
    #expect(
      graph.hasEdge(
        graph.find("Pod", "shop", "web-6d4cf56db6-2mzjq"),
        graph.find("Node", nil, "ip-10-0-45-101.us-west-2.compute.internal"), .runsOn))
    // A pending pod runs nowhere.
    let pending = graph.outgoing(graph.find("Pod", "shop", "web-6d4cf56db6-9xkqz"), .runsOn)
    #expect(pending.isEmpty)
  }

  @Test func mountsCoverVolumesEnvEnvFromAndImagePullSecrets() throws {
    let api = try #require(graph.find("Pod", "shop", "api-7d9f6b5c2-b7mtc"))
    let mounts = graph.edges(from: api.id, type: .mounts).compactMap { edge in
      graph.node(id: edge.to).map { "\($0.kind)/\($0.name): \(edge.detail ?? "")" }
    }
    #expect(mounts.contains { $0.hasPrefix("ConfigMap/api-config: ") && $0.contains("env") })
    #expect(mounts.contains { $0.hasPrefix("Secret/api-db: ") })
    #expect(mounts.contains("Secret/registry-example-com: imagePullSecrets"))
    let envFrom = graph.edges.filter { $0.type == .mounts && ($0.detail ?? "").contains("envFrom") }
    #expect(!envFrom.isEmpty)
    let media = graph.find("Pod", "shop", "media-processor-79c5b8d6f4-r8tfn")
    #expect(graph.hasEdge(media, graph.find("PersistentVolumeClaim", "shop", "media-uploads"), .mounts))
    // The injected service-account token volume is not drawn.
    #expect(!graph.nodes.contains { $0.kind == "ConfigMap" && $0.name == "kube-root-ca.crt" })
  }

  @Test func optionalReferencesStayOptionalInEveryForm() throws {
    let json = Data(
      """
      {"metadata":{"name":"optionals","namespace":"qa"},"spec":{
        "containers":[{"name":"c","envFrom":[{"secretRef":{"name":"ef-secret","optional":true}},
          {"configMapRef":{"name":"ef-cm","optional":true}},{"configMapRef":{"name":"ef-needed"}}]}],
        "volumes":[{"name":"p","projected":{"sources":[{"secret":{"name":"proj-secret","optional":true}},
          {"configMap":{"name":"proj-cm","optional":true}},{"configMap":{"name":"proj-needed"}}]}}]}}
      """.utf8)
    for pod in [try JSONSlice.decode(Pod.self, from: json), try JSONDecoder().decode(Pod.self, from: json)] {
      let references = PodReferences.of(pod).filter { $0.kind != .serviceAccount }
      #expect(
        references.map { "\($0.name)=\($0.optional)" }.sorted()
          == [
            "ef-cm=true", "ef-needed=false", "ef-secret=true", "proj-cm=true", "proj-needed=false", "proj-secret=true",
          ])
    }
  }

  @Test func usesLinksPodsToServiceAccounts() {
    #expect(
      graph.hasEdge(
        graph.find("Pod", "shop", "api-5c9d7b6f4-q2w4x"), graph.find("ServiceAccount", "shop", "api"), .uses))
  }

  @Test func bindsLinksClaimsVolumesAndClasses() throws {
    let claim = graph.find("PersistentVolumeClaim", "shop", "data-redis-0")
    let bound = graph.outgoing(claim, .binds).first.flatMap { graph.node(id: $0.to) }
    let volume = try #require(bound)
    #expect(volume.kind == "PersistentVolume")
    #expect(graph.hasEdge(volume, graph.find("StorageClass", nil, "gp3"), .binds))
  }

  @Test func scalesProvisionsAndClass() {
    #expect(
      graph.hasEdge(
        graph.find("HorizontalPodAutoscaler", "shop", "api"), graph.find("Deployment", "shop", "api"), .scales))
    let scaler = graph.find("ScaledObject", "shop", "web-scaler")
    #expect(graph.hasEdge(scaler, graph.find("Deployment", "shop", "web"), .scales))
    #expect(graph.hasEdge(scaler, graph.find("HorizontalPodAutoscaler", "shop", "keda-hpa-web-scaler"), .scales))
    let scaledJob = graph.find("ScaledJob", "batch", "invoice-processor")
    let scaledJobs = graph.outgoing(scaledJob, .scales).compactMap { graph.node(id: $0.to)?.kind }
    #expect(scaledJobs.contains("Job"))
    let pool = graph.find("NodePool", nil, "default")
    #expect(graph.hasEdge(pool, graph.find("NodeClaim", nil, "default-q7zrt"), .provisions))
    #expect(graph.hasEdge(pool, graph.find("EC2NodeClass", nil, "default"), .class))
    // provisions replaces the NodeClaim's ownerReference to its NodePool.
    #expect(!graph.hasEdge(pool, graph.find("NodeClaim", nil, "default-q7zrt"), .owns))
  }

  @Test func aScaledObjectWithAMissingTargetPointsAtAPlaceholder() throws {
    let cart = try #require(graph.find("Deployment", "shop", "cart"))
    #expect(cart.placeholder && cart.status == .error)
    #expect(graph.hasEdge(graph.find("ScaledObject", "shop", "legacy-cart-scaler"), cart, .scales))
  }

  @Test func podStatusRules() {
    func verdict(_ namespace: String, _ name: String) -> String {
      graph.find("Pod", namespace, name).map { "\($0.status.rawValue) \($0.reason)" } ?? "missing"
    }
    #expect(verdict("shop", "checkout-7b9f5d6c4-l4xzp") == "error CrashLoopBackOff")
    #expect(verdict("shop", "storefront-5b4d9c7f6-k2rvd") == "error ImagePullBackOff")
    #expect(verdict("shop", "api-7d9f6b5c2-b7mtc") == "error CreateContainerConfigError")
    #expect(verdict("shop", "recommender-6b8f7d9c5-x4hqd") == "warning Unschedulable")
    #expect(verdict("shop", "search-6c7f4b9d5-h6kzp") == "warning NotReady")
    #expect(verdict("shop", "pdf-renderer-5f9c4d7b6-n6gwl") == "ok Running, restarted after OOMKilled")
    #expect(verdict("batch", "csv-importer-5f7b8c9d4-wq6ht") == "error Evicted")
    #expect(verdict("shop", "web-6d4cf56db6-2mzjq") == "ok Running")
  }

  @Test func workloadNodeServiceAndClaimStatusRules() {
    func verdict(_ kind: String, _ namespace: String?, _ name: String) -> String {
      graph.find(kind, namespace, name).map { "\($0.status.rawValue) \($0.reason)" } ?? "missing"
    }
    #expect(verdict("Deployment", "shop", "web") == "warning 3/4 ready")
    #expect(verdict("Deployment", "shop", "checkout") == "error 0/1 ready")
    #expect(verdict("Deployment", "batch", "thumbnailer") == "ok scaled to 0")
    #expect(verdict("Job", "batch", "db-backup-29919360") == "ok Complete")
    #expect(verdict("Node", nil, "ip-10-0-88-52.us-west-2.compute.internal") == "warning MemoryPressure")
    #expect(verdict("Service", "shop", "search") == "error no ready endpoints (2 not ready)")
    #expect(verdict("Service", "shop", "legacy-gateway") == "error no endpoints")
    #expect(verdict("Service", "shop", "web") == "ok 3 ready endpoints")
    #expect(verdict("PersistentVolumeClaim", "shop", "media-uploads") == "warning Pending")
    #expect(verdict("HorizontalPodAutoscaler", "shop", "api") == "warning FailedGetResourceMetric")
    #expect(verdict("ScaledObject", "shop", "orders-consumer-scaler").hasPrefix("error "))
    #expect(verdict("ScaledObject", "batch", "etl-runner-scaler") == "warning paused")
    #expect(verdict("ScaledObject", "shop", "web-scaler") == "ok active")
    #expect(verdict("NodeClaim", nil, "default-q7zrt") == "warning not Registered")
    #expect(verdict("NodeClaim", nil, "spot-2bq8n") == "warning Drifted")
    #expect(verdict("NodePool", nil, "default") == "warning at cpu limit")
  }

  @Test func unreferencedConfigKindsAreLeftOutUnlessKept() throws {
    #expect(
      !graph.nodes.contains { $0.kind == "ServiceAccount" && $0.name == "keda-operator" && $0.namespace == "shop" })
    let kept = GraphBuilder(keepUnreferenced: [.configMap]).build(try DemoMap.snapshot())
    #expect(kept.nodes.contains { $0.kind == "ConfigMap" && $0.name == "kube-root-ca.crt" })
  }

  @Test func sameSnapshotSameGraph() throws {
    let again = try DemoMap.graph()
    #expect(again == graph)
    #expect(graph.edges == graph.edges.sorted())
  }

  @Test func everyEdgeTypeAppearsOnTheDemo() {
    #expect(Set(graph.edges.map(\.type)) == Set(EdgeType.allCases))
  }

  @Test func kindsNotListedLeaveNoPlaceholders() throws {
    var snapshot = try DemoMap.snapshot()
    snapshot.secrets = []
    snapshot.listed.remove(.secret)
    let graph = GraphBuilder().build(snapshot, warnings: ["missing permission: list secrets"])
    #expect(!graph.nodes.contains { $0.kind == "Secret" })
    #expect(graph.warnings == ["missing permission: list secrets"])
  }
}
