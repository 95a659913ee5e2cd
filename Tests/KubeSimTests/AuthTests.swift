import Foundation
import KubeAPI
import LampTestSupport
import Testing

@Suite("Authentication and authorization", .enabled(if: SimTesting.curlAvailable))
struct AuthTests {
  @Test func forbiddenIsWordedLikeKubeAPIServer() async throws {
    try await SimTesting.withCluster(objects: [SimTesting.pod("web")]) { _, curl in
      let secrets = try await curl.request("/api/v1/namespaces/default/secrets", as: .context("viewer"))
      #expect(secrets.status == 403)
      #expect(
        secrets.body
          == ((#"{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","#
            + #""message":"secrets is forbidden: User \"viewer\" cannot list "#
            + #"resource \"secrets\" in API group \"\" in the namespace \"default\"","#)
            + #""reason":"Forbidden","details":{"kind":"secrets"},"code":403}"#)
      )
      #expect(try await curl.request("/api/v1/namespaces/default/pods/web", as: .context("viewer")).status == 200)
      let proxy = try await curl.request("/api/v1/namespaces/default/pods/web/proxy/", as: .context("no-pods-proxy"))
      #expect(
        try SimTesting.json(proxy.body)["message"]?.stringValue
          == (#"pods "web" is forbidden: User "no-pods-proxy" cannot get resource "#
            + #""pods/proxy" in API group "" in the namespace "default""#)
      )
      let nodes = try await curl.request("/api/v1/nodes", as: .context("no-pods-proxy"))
      #expect(
        try SimTesting.json(nodes.body)["message"]?.stringValue
          == (#"nodes is forbidden: User "no-pods-proxy" cannot list resource "#
            + #""nodes" in API group "" at the cluster scope"#)
      )
      #expect(try await curl.request("/api/v1/pods", as: .context("serviceaccount")).status == 200)
      #expect(try await curl.request("/apis/apps/v1/deployments", as: .context("exec")).status == 200)
    }
  }

  @Test func impersonation() async throws {
    try await SimTesting.withCluster { _, curl in
      let asViewer = try await curl.request("/api/v1/secrets", headers: ["Impersonate-User: viewer"])
      #expect(asViewer.status == 403)
      #expect(try SimTesting.json(asViewer.body)["message"]?.stringValue?.contains(#"User "viewer""#) == true)
      let denied = try await curl.request("/api/v1/pods", headers: ["Impersonate-User: jane"], as: .context("viewer"))
      #expect(denied.status == 403)
      #expect(
        try SimTesting.json(denied.body)["message"]?.stringValue
          == (#"users "jane" is forbidden: User "viewer" cannot impersonate "#
            + #"resource "users" in API group "" at the cluster scope"#)
      )
      let groupOnly = try await curl.request("/api/v1/pods", headers: ["Impersonate-Group: devs"])
      #expect(groupOnly.status == 400)
      let review = try await curl.request(
        "/apis/authentication.k8s.io/v1/selfsubjectreviews", method: "POST",
        body: #"{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}"#,
        headers: ["Impersonate-User: system:serviceaccount:shop:web"])
      let info = try SimTesting.json(review.body)[path: ["status", "userInfo"]]
      #expect(info?["username"]?.stringValue == "system:serviceaccount:shop:web")
      #expect(info?["groups"]?.arrayValue?.contains(.string("system:serviceaccounts:shop")) == true)
    }
  }

  @Test func accessReviews() async throws {
    try await SimTesting.withCluster { _, curl in
      let ssar =
        ((#"{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectAccessReview","#
          + #""spec":{"resourceAttributes":{"verb":"list","#)
          + #""group":"","resource":"pods","namespace":"default"}}}"#)
      let mine = try await curl.request(
        "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews", method: "POST", body: ssar, as: .context("viewer"))
      #expect(mine.status == 201)
      let review = try SimTesting.json(mine.body)
      #expect(review[path: ["status", "allowed"]] == .bool(true))
      #expect(
        review[path: ["status", "reason"]]?.stringValue
          == #"RBAC: allowed by ClusterRoleBinding "lamp-sim:viewer" of ClusterRole "view" to User "viewer""#)
      #expect(review[path: ["spec", "resourceAttributes", "group"]] == nil)

      let sar =
        (#"{"apiVersion":"authorization.k8s.io/v1","kind":"SubjectAccessReview","spec":{"user":"viewer","#
          + #""resourceAttributes":{"verb":"get","resource":"secrets","namespace":"default"}}}"#)
      let theirs = try SimTesting.json(
        try await curl.request("/apis/authorization.k8s.io/v1/subjectaccessreviews", method: "POST", body: sar).body)
      #expect(theirs[path: ["status", "allowed"]] == .bool(false))
      #expect(
        try await curl.request(
          "/apis/authorization.k8s.io/v1/subjectaccessreviews", method: "POST", body: sar, as: .context("viewer")
        ).status == 403)

      let rules =
        #"{"apiVersion":"authorization.k8s.io/v1","kind":"SelfSubjectRulesReview","spec":{"namespace":"default"}}"#
      let reviewed = try SimTesting.json(
        try await curl.request(
          "/apis/authorization.k8s.io/v1/selfsubjectrulesreviews", method: "POST", body: rules,
          as: .context("no-pods-proxy")
        ).body)
      #expect(reviewed[path: ["status", "incomplete"]] == .bool(false))
      let resources = reviewed[path: ["status", "resourceRules"]]?.arrayValue?.flatMap {
        $0["resources"]?.arrayValue ?? []
      }
      #expect(resources?.contains(.string("pods")) == true)
      #expect(resources?.contains(.string("pods/proxy")) == false)
    }
  }
}
