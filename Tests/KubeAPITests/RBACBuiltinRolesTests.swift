import Foundation
import KubeAPI
import Testing

@Suite struct RBACBuiltinRolesTests {
  @Test func builtinFileDecodes() throws {
    let builtins = try RBACTestFixtures.builtins()
    #expect(
      builtins.clusterRoles.map(\.name).sorted() == [
        "admin", "cluster-admin", "edit", "system:aggregate-to-admin", "system:aggregate-to-edit",
        "system:aggregate-to-view", "system:basic-user", "system:discovery", "system:public-info-viewer", "view",
      ])
    #expect(
      builtins.clusterRoleBindings.map(\.name).sorted() == [
        "cluster-admin", "system:basic-user", "system:discovery", "system:public-info-viewer",
      ])
    let masters = try #require(builtins.clusterRoleBindings.first { $0.name == "cluster-admin" })
    #expect(masters.subjects == [.group("system:masters")])
    #expect(masters.roleRef == .clusterRole("cluster-admin"))
  }

  @Test func aggregationFillsViewEditAdmin() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let roles = Dictionary(uniqueKeysWithValues: authorizer.clusterRoles.map { ($0.name, $0) })
    let view = try #require(roles["view"])
    let edit = try #require(roles["edit"])
    let admin = try #require(roles["admin"])
    #expect(view.rules == roles["system:aggregate-to-view"]?.rules)
    #expect(view.rules.count == 12)
    // edit = its own aggregate role then view's rules; admin = its own, then edit's.
    #expect(edit.rules.count == 15 + 12)
    #expect(Set(view.rules).isSubset(of: Set(edit.rules)))
    #expect(Set(edit.rules).isSubset(of: Set(admin.rules)))
    #expect(admin.rules.count == 2 + 27)
  }

  @Test func viewUserReadsButDoesNotWriteOrReadSecrets() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let jane = RBACTestFixtures.jane
    let getPods = authorizer.authorize(jane, ResourceAttributes(verb: "get", resource: "pods", namespace: "shop"))
    #expect(getPods.allowed)
    #expect(
      getPods.reason
        == #"RBAC: allowed by RoleBinding "shop-viewers/shop" of ClusterRole "view" to User "jane@example.com""#)
    #expect(authorizer.authorize(jane, ResourceAttributes(verb: "list", resource: "pods", namespace: "shop")).allowed)
    #expect(
      authorizer.authorize(
        jane, ResourceAttributes(verb: "get", resource: "pods", subresource: "log", namespace: "shop")
      )
      .allowed)
    let denied = [
      ResourceAttributes(verb: "get", resource: "pods", subresource: "proxy", namespace: "shop"),
      ResourceAttributes(verb: "get", resource: "secrets", namespace: "shop"),
      ResourceAttributes(verb: "create", resource: "pods", namespace: "shop"),
      ResourceAttributes(verb: "get", resource: "pods", namespace: "default"),
      ResourceAttributes(verb: "list", resource: "pods"),
    ]
    for attributes in denied {
      let decision = authorizer.authorize(jane, attributes)
      #expect(!decision.allowed, "\(attributes)")
      #expect(decision.reason == "")
    }
  }

  @Test func everyAuthenticatedUserMayAskAboutThemselves() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let decision = authorizer.authorize(
      UserInfo(name: "nobody", groups: ["system:authenticated"]),
      ResourceAttributes(verb: "create", group: "authorization.k8s.io", resource: "selfsubjectaccessreviews"))
    #expect(decision.allowed)
    #expect(
      decision.reason
        == #"RBAC: allowed by ClusterRoleBinding "system:basic-user" of ClusterRole "system:basic-user" "#
        + #"to Group "system:authenticated""#
    )
  }

  @Test func discoveryAndPublicInfo() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let authenticated = UserInfo(name: "u", groups: ["system:authenticated"])
    let anonymous = UserInfo(name: "system:anonymous", groups: ["system:unauthenticated"])
    let healthz = NonResourceAttributes(path: "/healthz", verb: "get")
    #expect(
      authorizer.authorize(authenticated, healthz).reason
        == #"RBAC: allowed by ClusterRoleBinding "system:discovery" of ClusterRole "system:discovery" "#
        + #"to Group "system:authenticated""#
    )
    #expect(
      authorizer.authorize(anonymous, healthz).reason
        == #"RBAC: allowed by ClusterRoleBinding "system:public-info-viewer" "#
        + #"of ClusterRole "system:public-info-viewer" to Group "system:unauthenticated""#
    )
    let apps = NonResourceAttributes(path: "/apis/apps/v1", verb: "get")
    #expect(authorizer.authorize(authenticated, apps).allowed)
    #expect(!authorizer.authorize(anonymous, apps).allowed)
    #expect(!authorizer.authorize(authenticated, NonResourceAttributes(path: "/metrics", verb: "get")).allowed)
    #expect(!authorizer.authorize(authenticated, NonResourceAttributes(path: "/healthz", verb: "post")).allowed)
  }

  @Test func systemMastersHoldsClusterAdminThroughItsBindingOnly() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let admin = UserInfo(name: "kubernetes-admin", groups: ["system:masters", "system:authenticated"])
    let decision = authorizer.authorize(admin, ResourceAttributes(verb: "delete", resource: "nodes", name: "n1"))
    #expect(decision.allowed)
    #expect(
      decision.reason
        == #"RBAC: allowed by ClusterRoleBinding "cluster-admin" of ClusterRole "cluster-admin" "#
        + #"to Group "system:masters""#
    )
    #expect(authorizer.authorize(admin, NonResourceAttributes(path: "/metrics", verb: "get")).allowed)
    let withoutBindings = RBACAuthorizer(clusterRoles: try RBACTestFixtures.builtins().clusterRoles)
    #expect(!withoutBindings.authorize(admin, ResourceAttributes(verb: "get", resource: "pods")).allowed)
  }
}
