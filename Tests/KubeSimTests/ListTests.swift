import Foundation
import KubeAPI
import LampTestSupport
import Testing

@testable import KubeSim

@Suite("Lists", .enabled(if: SimTesting.curlAvailable))
struct ListTests {
  static let objects: [JSONValue] =
    [SimTesting.namespace("shop"), SimTesting.namespace("batch")]
    + (0..<5).map { SimTesting.pod("web-\($0)", namespace: "shop") }
    + [
      SimTesting.pod(
        "worker-0", namespace: "batch", labels: ["app": "worker", "tier": "back"], phase: "Pending", node: nil),
      SimTesting.pod("worker-1", namespace: "batch", labels: ["app": "worker"]),
    ]

  @Test func itemsAreSortedAndCarryNoKind() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let list = try SimTesting.json(try await curl.request("/api/v1/pods").body)
      #expect(list["kind"]?.stringValue == "PodList")
      #expect(list["apiVersion"]?.stringValue == "v1")
      #expect(SimTesting.names(list) == ["worker-0", "worker-1", "web-0", "web-1", "web-2", "web-3", "web-4"])
      #expect(list["items"]?.arrayValue?.first?["kind"] == nil)
      #expect(list[path: ["metadata", "resourceVersion"]]?.stringValue != nil)
      let one = try SimTesting.json(try await curl.request("/api/v1/namespaces/shop/pods/web-1").body)
      #expect(one["kind"]?.stringValue == "Pod")
      #expect(one[path: ["metadata", "uid"]]?.stringValue?.count == 36)
    }
  }

  /// Lists are served from a cached sorted order; every write must show in the next list.
  @Test func listsFollowEveryWrite() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { cluster, curl in
      // All namespaces: the list served from the cached order.
      func phases() async throws -> [String] {
        let list = try SimTesting.json(try await curl.request("/api/v1/pods").body)
        return (list["items"]?.arrayValue ?? []).compactMap { item in
          guard item[path: ["metadata", "namespace"]]?.stringValue == "batch" else { return nil }
          let name = item[path: ["metadata", "name"]]?.stringValue ?? ""
          return "\(name)=\(item[path: ["status", "phase"]]?.stringValue ?? "")"
        }
      }
      #expect(try await phases() == ["worker-0=Pending", "worker-1=Running"])
      try await cluster.sim.apply([SimTesting.pod("worker-0", namespace: "batch", phase: "Running")])
      #expect(try await phases() == ["worker-0=Running", "worker-1=Running"])
      try await cluster.sim.apply([SimTesting.pod("worker-00", namespace: "batch")])
      #expect(try await phases() == ["worker-0=Running", "worker-00=Running", "worker-1=Running"])
      let deleted = try await curl.request("/api/v1/namespaces/batch/pods/worker-1", method: "DELETE")
      #expect(deleted.status == 200)
      #expect(try await phases() == ["worker-0=Running", "worker-00=Running"])
      let all = try SimTesting.json(try await curl.request("/api/v1/pods").body)
      #expect(SimTesting.names(all) == ["worker-0", "worker-00", "web-0", "web-1", "web-2", "web-3", "web-4"])
    }
  }

  @Test func labelAndFieldSelectors() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let workers = try SimTesting.json(
        try await curl.request("/api/v1/pods?labelSelector=app%20in%20(worker),!tier").body)
      #expect(SimTesting.names(workers) == ["worker-1"])
      let pending = try SimTesting.json(try await curl.request("/api/v1/pods?fieldSelector=spec.nodeName%3D").body)
      #expect(SimTesting.names(pending) == ["worker-0"])
      let notRunning = try await curl.request("/api/v1/namespaces/batch/pods?fieldSelector=status.phase!%3DRunning")
      #expect(SimTesting.names(try SimTesting.json(notRunning.body)) == ["worker-0"])
      let unsupported = try await curl.request("/api/v1/pods?fieldSelector=spec.image%3Dx")
      #expect(unsupported.status == 400)
      #expect(try SimTesting.json(unsupported.body)["message"]?.stringValue == "field label not supported: spec.image")
      let bad = try await curl.request("/api/v1/pods?labelSelector=app%20in%20(web")
      #expect(bad.status == 400)
      #expect(try SimTesting.json(bad.body)["reason"]?.stringValue == "BadRequest")
    }
  }

  /// Paths and queries are percent-decoded as Kubernetes reads them: `+` is a space in a query, and an escape that
  /// is not two hex digits, or bytes that are not UTF-8, are kept as sent.
  @Test func pathsAndQueriesArePercentDecoded() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let escapedPath = try await curl.request("/api/v1/namespaces/b%61tch/pods/worker-%30")
      #expect(try SimTesting.json(escapedPath.body)[path: ["metadata", "name"]]?.stringValue == "worker-0")
      let spaced = try await curl.request("/api/v1/pods?labelSelector=app+in+(worker)%2C!tier")
      #expect(SimTesting.names(try SimTesting.json(spaced.body)) == ["worker-1"])
      for (query, kept) in [("app%3", "app%3"), ("app%zz", "app%zz"), ("app%FF", "app%FF")] {
        let response = try await curl.request("/api/v1/pods?labelSelector=\(query)")
        #expect(response.status == 400, "\(query)")
        #expect(try SimTesting.json(response.body)["message"]?.stringValue?.contains(kept) == true, "\(query)")
      }
    }
  }

  @Test func pagesAreAConsistentSnapshot() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { cluster, curl in
      let first = try SimTesting.json(try await curl.request("/api/v1/pods?limit=3").body)
      #expect(SimTesting.names(first) == ["worker-0", "worker-1", "web-0"])
      #expect(first[path: ["metadata", "remainingItemCount"]]?.intValue == 4)
      let token = try #require(first[path: ["metadata", "continue"]]?.stringValue)
      // A pod created between pages must not show up: pages are served at the first page's RV.
      try await cluster.sim.apply([SimTesting.pod("web-5", namespace: "shop")])
      let replaced = try SimTesting.json(try await curl.request("/api/v1/namespaces/shop/pods/web-0").body)
      try await cluster.sim.apply([SimTesting.pod("web-0", namespace: "shop", phase: "Failed")])
      let after = try SimTesting.json(try await curl.request("/api/v1/namespaces/shop/pods/web-0").body)
      #expect(after[path: ["metadata", "uid"]] == replaced[path: ["metadata", "uid"]])
      #expect(after[path: ["status", "phase"]]?.stringValue == "Failed")
      let encoded = token.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? token
      let second = try SimTesting.json(try await curl.request("/api/v1/pods?limit=3&continue=\(encoded)").body)
      #expect(SimTesting.names(second) == ["web-1", "web-2", "web-3"])
      #expect(second[path: ["metadata", "resourceVersion"]] == first[path: ["metadata", "resourceVersion"]])
      let next = try #require(second[path: ["metadata", "continue"]]?.stringValue)
      let third = try SimTesting.json(try await curl.request("/api/v1/pods?limit=3&continue=\(next)").body)
      #expect(SimTesting.names(third) == ["web-4"])
      #expect(third[path: ["metadata", "continue"]] == nil)
      #expect(third[path: ["metadata", "remainingItemCount"]] == nil)
      let filtered = try SimTesting.json(try await curl.request("/api/v1/pods?limit=1&labelSelector=app%3Dworker").body)
      #expect(filtered[path: ["metadata", "remainingItemCount"]] == nil)
      #expect(filtered[path: ["metadata", "continue"]] != nil)
    }
  }

  @Test func expiredContinueTokens() async throws {
    let faults = SimFaults(expireContinueAfter: .zero)
    try await SimTesting.withCluster(faults: faults, objects: Self.objects) { _, curl in
      let first = try SimTesting.json(try await curl.request("/api/v1/pods?limit=2").body)
      let token = try #require(first[path: ["metadata", "continue"]]?.stringValue)
      try await Task.sleep(for: .milliseconds(20))
      let expired = try await curl.request("/api/v1/pods?limit=2&continue=\(token)")
      #expect(expired.status == 410)
      let status = try SimTesting.json(expired.body)
      #expect(status["reason"]?.stringValue == "Expired")
      #expect(status["message"]?.stringValue == SimState.expiredContinueMessage)
      let inconsistent = try #require(status[path: ["metadata", "continue"]]?.stringValue)
      let rest = try SimTesting.json(try await curl.request("/api/v1/pods?continue=\(inconsistent)").body)
      #expect(SimTesting.names(rest) == ["web-0", "web-1", "web-2", "web-3", "web-4"])
      #expect(try await curl.request("/api/v1/pods?continue=%25%25%25").status == 400)
    }
  }

  @Test func tablesAndPartialMetadata() async throws {
    try await SimTesting.withCluster(objects: Self.objects) { _, curl in
      let accept = "Accept: application/json;as=Table;v=v1;g=meta.k8s.io,application/json"
      let response = try await curl.request("/api/v1/namespaces/batch/pods", headers: [accept])
      #expect(response.header("content-type") == "application/json;as=Table;v=v1;g=meta.k8s.io")
      let table = try SimTesting.json(response.body)
      let columns = table["columnDefinitions"]?.arrayValue?.compactMap { $0["name"]?.stringValue }
      #expect(
        columns == ["Name", "Ready", "Status", "Restarts", "Age", "IP", "Node", "Nominated Node", "Readiness Gates"])
      let first = table["rows"]?.arrayValue?.first
      #expect(first?["cells"]?.arrayValue?.prefix(3) == [.string("worker-0"), .string("0/1"), .string("Pending")])
      #expect(first?[path: ["object", "kind"]]?.stringValue == "PartialObjectMetadata")
      let partial = try await curl.request(
        "/api/v1/pods", headers: ["Accept: application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io"])
      let list = try SimTesting.json(partial.body)
      #expect(list["kind"]?.stringValue == "PartialObjectMetadataList")
      #expect(list["items"]?.arrayValue?.first?["spec"] == nil)
    }
  }

  @Test func customResourceItemsCarryKindAndPrinterColumns() async throws {
    let nodePool = JSONValue.object([
      "apiVersion": .string("karpenter.sh/v1"), "kind": .string("NodePool"),
      "metadata": .object(["name": .string("default"), "creationTimestamp": .string("2026-11-20T11:00:00Z")]),
      "spec": .object(["template": .object(["spec": .object(["nodeClassRef": .object(["name": .string("default")])])])]
      ),
      "status": .object(["conditions": .array([.object(["type": .string("Ready"), "status": .string("True")])])]),
    ])
    try await SimTesting.withCluster(scenario: .demo, objects: [nodePool]) { _, curl in
      let list = try SimTesting.json(try await curl.request("/apis/karpenter.sh/v1/nodepools").body)
      #expect(list["kind"]?.stringValue == "NodePoolList")
      #expect(list["items"]?.arrayValue?.allSatisfy { $0["kind"]?.stringValue == "NodePool" } == true)
      let accept = "Accept: application/json;as=Table;v=v1;g=meta.k8s.io"
      let table = try SimTesting.json(
        try await curl.request("/apis/karpenter.sh/v1/nodepools/default", headers: [accept]).body)
      let columns = table["columnDefinitions"]?.arrayValue?.compactMap { $0["name"]?.stringValue } ?? []
      #expect(columns.starts(with: ["Name", "NodeClass"]))
      let cells = table["rows"]?.arrayValue?.first?["cells"]?.arrayValue ?? []
      let ready = columns.firstIndex(of: "Ready").map { cells[$0] }
      #expect(ready == .string("True"))
      // Created an hour before the simulated start; the clock runs in real time, so a slow run adds minutes.
      let age = columns.firstIndex(of: "Age").flatMap { cells[$0].stringValue }
      let minutes = age.flatMap { $0.hasSuffix("m") ? Int($0.dropLast()) : nil }
      #expect(minutes.map { (60..<75).contains($0) } == true, "age \(age ?? "none")")
    }
  }

  @Test func eventsServedThroughBothAPIs() async throws {
    let event = JSONValue.object([
      "apiVersion": .string("v1"), "kind": .string("Event"),
      "metadata": .object(["name": .string("web.1"), "namespace": .string("default")]),
      "involvedObject": .object(["kind": .string("Pod"), "name": .string("web"), "namespace": .string("default")]),
      "reason": .string("BackOff"), "message": .string("Back-off restarting failed container"),
      "type": .string("Warning"), "count": .int(3), "source": .object(["component": .string("kubelet")]),
    ])
    try await SimTesting.withCluster(objects: [event]) { _, curl in
      let modern = try SimTesting.json(try await curl.request("/apis/events.k8s.io/v1/namespaces/default/events").body)
      let item = modern["items"]?.arrayValue?.first
      #expect(item?["note"]?.stringValue == "Back-off restarting failed container")
      #expect(item?[path: ["regarding", "name"]]?.stringValue == "web")
      #expect(item?["deprecatedCount"]?.intValue == 3)
      #expect(item?["message"] == nil)
      let selected = try await curl.request("/apis/events.k8s.io/v1/events?fieldSelector=regarding.name%3Dweb")
      #expect(SimTesting.names(try SimTesting.json(selected.body)) == ["web.1"])
      let core = try await curl.request("/api/v1/events?fieldSelector=involvedObject.kind%3DPod,reason%3DBackOff")
      #expect(SimTesting.names(try SimTesting.json(core.body)) == ["web.1"])
      #expect(try await curl.request("/api/v1/events?fieldSelector=regarding.name%3Dweb").status == 400)
    }
  }
}
