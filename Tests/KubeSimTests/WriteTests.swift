import Foundation
import KubeAPI
import LampTestSupport
import Testing

@Suite("Writes", .enabled(if: SimTesting.curlAvailable))
struct WriteTests {
  static let configMap = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"settings"},"data":{"a":"1"}}"#

  @Test func createGetUpdateConflictDelete() async throws {
    try await SimTesting.withCluster { _, curl in
      let created = try await curl.request(
        "/api/v1/namespaces/default/configmaps", method: "POST", body: Self.configMap)
      #expect(created.status == 201)
      let object = try SimTesting.json(created.body)
      #expect(object[path: ["metadata", "namespace"]]?.stringValue == "default")
      let rv = try #require(object[path: ["metadata", "resourceVersion"]]?.stringValue)
      let again = try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: Self.configMap)
      #expect(again.status == 409)
      #expect(try SimTesting.json(again.body)["message"]?.stringValue == #"configmaps "settings" already exists"#)

      var updated = object
      updated["data"] = .object(["a": .string("2")])
      let put = try await curl.request(
        "/api/v1/namespaces/default/configmaps/settings", method: "PUT",
        body: String(decoding: try updated.encoded(), as: UTF8.self))
      #expect(put.status == 200)
      let newRV = try SimTesting.json(put.body)[path: ["metadata", "resourceVersion"]]?.stringValue
      #expect(newRV != rv)
      let stale = try await curl.request(
        "/api/v1/namespaces/default/configmaps/settings", method: "PUT",
        body: String(decoding: try updated.encoded(), as: UTF8.self))
      #expect(stale.status == 409)
      #expect(
        try SimTesting.json(stale.body)["message"]?.stringValue
          == (#"Operation cannot be fulfilled on configmaps "settings": the "#
            + #"object has been modified; please apply your changes to the latest "#
            + #"version and try again"#)
      )

      let deleted = try await curl.request("/api/v1/namespaces/default/configmaps/settings", method: "DELETE")
      #expect(deleted.status == 200)
      #expect(try SimTesting.json(deleted.body)[path: ["metadata", "name"]]?.stringValue == "settings")
      let missing = try await curl.request("/api/v1/namespaces/default/configmaps/settings")
      #expect(missing.status == 404)
      #expect(
        missing.body
          == ((#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","#
            + #""message":"configmaps \"settings\" not found","#)
            + #""reason":"NotFound","details":{"name":"settings","kind":"configmaps"},"code":404}"#)
      )
    }
  }

  @Test func validation() async throws {
    try await SimTesting.withCluster { _, curl in
      let badName = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"Bad_Name"}}"#
      let invalid = try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: badName)
      #expect(invalid.status == 422)
      let status = try SimTesting.json(invalid.body)
      #expect(
        status["message"]?.stringValue?.hasPrefix(
          #"ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain"#)
          == true)
      #expect(status[path: ["details", "kind"]]?.stringValue == "ConfigMap")

      let noNamespace = try await curl.request(
        "/api/v1/namespaces/nope/configmaps", method: "POST", body: Self.configMap)
      #expect(noNamespace.status == 404)
      #expect(try SimTesting.json(noNamespace.body)["message"]?.stringValue == #"namespaces "nope" not found"#)

      let otherNamespace = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x","namespace":"kube-system"}}"#
      let mismatch = try await curl.request(
        "/api/v1/namespaces/default/configmaps", method: "POST", body: otherNamespace)
      #expect(mismatch.status == 400)

      let wrongKind = #"{"apiVersion":"v1","kind":"Secret","metadata":{"name":"x"}}"#
      #expect(
        try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: wrongKind).status == 400)
      let wrongGroup = #"{"apiVersion":"apps/v1","kind":"ConfigMap","metadata":{"name":"x"}}"#
      #expect(
        try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: wrongGroup).status == 400)

      let generated = #"{"apiVersion":"v1","kind":"ConfigMap","metadata":{"generateName":"cfg-"}}"#
      let made = try SimTesting.json(
        try await curl.request("/api/v1/namespaces/default/configmaps", method: "POST", body: generated).body)
      #expect(made[path: ["metadata", "name"]]?.stringValue?.count == 9)
    }
  }

  @Test func patches() async throws {
    let deployment = """
      {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web"},"spec":{"replicas":1,
      "selector":{"matchLabels":{"app":"web"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[
      {"name":"app","image":"nginx:1.26","env":[{"name":"A","value":"1"}]},{"name":"sidecar","image":"envoy:1"}]}}}}
      """
    try await SimTesting.withCluster { _, curl in
      let path = "/apis/apps/v1/namespaces/default/deployments"
      #expect(try await curl.request(path, method: "POST", body: deployment).status == 201)
      let strategic =
        (#"{"spec":{"template":{"spec":{"containers":[{"name":"app","image":"nginx:1.27","env":[{"name":"B","#
          + #""value":"2"}]},{"name":"sidecar","$patch":"delete"}]}}}}"#)
      let patched = try await curl.request(
        path + "/web", method: "PATCH", body: strategic, contentType: "application/strategic-merge-patch+json")
      #expect(patched.status == 200)
      let object = try SimTesting.json(patched.body)
      let containers = object[path: ["spec", "template", "spec", "containers"]]?.arrayValue ?? []
      #expect(containers.count == 1)
      #expect(containers.first?["image"]?.stringValue == "nginx:1.27")
      #expect(containers.first?["env"]?.arrayValue?.count == 2)
      #expect(object[path: ["metadata", "generation"]]?.intValue == 2)

      let merge = #"{"metadata":{"labels":{"team":"shop"}},"spec":{"replicas":3}}"#
      let merged = try SimTesting.json(
        try await curl.request(path + "/web", method: "PATCH", body: merge, contentType: "application/merge-patch+json")
          .body)
      #expect(merged[path: ["spec", "replicas"]]?.intValue == 3)
      #expect(merged[path: ["metadata", "labels", "team"]]?.stringValue == "shop")

      let json =
        #"[{"op":"test","path":"/spec/replicas","value":3},{"op":"replace","path":"/spec/replicas","value":4}]"#
      let jsonPatched = try SimTesting.json(
        try await curl.request(path + "/web", method: "PATCH", body: json, contentType: "application/json-patch+json")
          .body)
      #expect(jsonPatched[path: ["spec", "replicas"]]?.intValue == 4)

      let scale = try SimTesting.json(try await curl.request(path + "/web/scale").body)
      #expect(scale["kind"]?.stringValue == "Scale")
      #expect(scale[path: ["spec", "replicas"]]?.intValue == 4)
      #expect(scale[path: ["status", "selector"]]?.stringValue == "app=web")

      let unsupported = try await curl.request(path + "/web", method: "PATCH", body: "{}", contentType: "text/plain")
      #expect(unsupported.status == 415)
    }
  }

  @Test func strategicMergeIsRefusedForCustomResources() async throws {
    let nodePool = #"{"apiVersion":"karpenter.sh/v1","kind":"NodePool","metadata":{"name":"p"},"spec":{"weight":1}}"#
    try await SimTesting.withCluster(scenario: .demo) { _, curl in
      let path = "/apis/karpenter.sh/v1/nodepools"
      #expect(try await curl.request(path, method: "POST", body: nodePool).status == 201)
      let response = try await curl.request(
        path + "/p", method: "PATCH", body: #"{"spec":{"weight":2}}"#,
        contentType: "application/strategic-merge-patch+json")
      #expect(response.status == 415)
      #expect(
        try SimTesting.json(response.body)["message"]?.stringValue
          == "the body of the request was in an unknown format - accepted media types include: "
          + "application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml")
    }
  }

  @Test func serverSideApplyCreatesThenMerges() async throws {
    try await SimTesting.withCluster { _, curl in
      let path = "/api/v1/namespaces/default/configmaps/applied?fieldManager=test"
      let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: applied\ndata:\n  a: \"1\"\n"
      let created = try await curl.request(
        path, method: "PATCH", body: yaml, contentType: "application/apply-patch+yaml")
      #expect(created.status == 201)
      let second = yaml.replacingOccurrences(of: "\"1\"", with: "\"2\"")
      let merged = try await curl.request(
        path, method: "PATCH", body: second, contentType: "application/apply-patch+yaml")
      #expect(merged.status == 200)
      #expect(try SimTesting.json(merged.body)[path: ["data", "a"]]?.stringValue == "2")
    }
  }

  @Test func namespaceDeletionRemovesItsObjects() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.namespace("tmp"), SimTesting.pod("p", namespace: "tmp")]) {
      _, curl in
      let deleted = try await curl.request("/api/v1/namespaces/tmp", method: "DELETE")
      #expect(deleted.status == 200)
      let pod = try await curl.request("/api/v1/namespaces/tmp/pods/p")
      #expect(pod.status == 404)
    }
  }

  @Test func crdsCreatedThroughTheAPIAreServed() async throws {
    let crd = """
      {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition",
      "metadata":{"name":"widgets.example.com"},
      "spec":{"group":"example.com","scope":"Namespaced",
      "names":{"plural":"widgets","singular":"widget","kind":"Widget","shortNames":["wd"]},
      "versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object"}}}]}}
      """
    try await SimTesting.withCluster { _, curl in
      #expect(
        try await curl.request("/apis/apiextensions.k8s.io/v1/customresourcedefinitions", method: "POST", body: crd)
          .status == 201)
      let widget = #"{"apiVersion":"example.com/v1","kind":"Widget","metadata":{"name":"w"},"spec":{"size":3}}"#
      #expect(
        try await curl.request("/apis/example.com/v1/namespaces/default/widgets", method: "POST", body: widget).status
          == 201)
      let discovery = try SimTesting.json(try await curl.request("/apis/example.com/v1").body)
      #expect(discovery["resources"]?.arrayValue?.first?["shortNames"] == .array([.string("wd")]))
      #expect(
        try await curl.request(
          "/apis/apiextensions.k8s.io/v1/customresourcedefinitions/widgets.example.com", method: "DELETE"
        ).status == 200)
      #expect(try await curl.request("/apis/example.com/v1/namespaces/default/widgets").status == 404)
    }
  }
}
