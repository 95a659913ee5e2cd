import Foundation
import KubeAPI
import Testing

@Suite struct RBACAuthorizerTests {
  static func clusterRole(_ name: String, labels: [String: String]? = nil, _ rules: [PolicyRule]) -> ClusterRole {
    ClusterRole(metadata: RBACMetadata(name: name, labels: labels), rules: rules)
  }

  static func clusterBinding(_ name: String, role: String, _ subjects: [Subject]) -> ClusterRoleBinding {
    ClusterRoleBinding(metadata: RBACMetadata(name: name), subjects: subjects, roleRef: .clusterRole(role))
  }

  @Test func serviceAccountSubjects() throws {
    let roleBinding = RoleBinding(
      metadata: RBACMetadata(name: "local-sa", namespace: "shop"),
      subjects: [Subject(kind: "ServiceAccount", name: "builder")],  // namespace defaults to the binding's
      roleRef: .role("deployer"))
    let role = Role(
      metadata: RBACMetadata(name: "deployer", namespace: "shop"),
      rules: [PolicyRule(verbs: ["patch"], apiGroups: ["apps"], resources: ["deployments"])])
    let authorizer = try RBACTestFixtures.shopAuthorizer(extraRoles: [role], extraRoleBindings: [roleBinding])

    let dashboard = UserInfo(
      name: UserInfo.serviceAccountName("dashboard", namespace: "monitoring"),
      groups: ["system:serviceaccounts", "system:serviceaccounts:monitoring", "system:authenticated"])
    let decision = authorizer.authorize(
      dashboard, ResourceAttributes(verb: "watch", resource: "pods", namespace: "shop"))
    #expect(
      decision.reason
        == #"RBAC: allowed by RoleBinding "shop-viewers/shop" of ClusterRole "view" "#
        + #"to ServiceAccount "dashboard/monitoring""#
    )

    let builder = UserInfo(name: "system:serviceaccount:shop:builder")
    let patch = ResourceAttributes(
      verb: "patch", group: "apps", resource: "deployments", name: "web", namespace: "shop")
    #expect(
      authorizer.authorize(builder, patch).reason
        == #"RBAC: allowed by RoleBinding "local-sa/shop" of Role "deployer" to ServiceAccount "builder/shop""#)
    var elsewhere = patch
    elsewhere.namespace = "other"
    #expect(!authorizer.authorize(builder, elsewhere).allowed)
    #expect(!authorizer.authorize(UserInfo(name: "system:serviceaccount:other:builder"), patch).allowed)
  }

  @Test func groupSubject() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let dev = UserInfo(name: "bob", groups: ["shop-developers"])
    #expect(
      authorizer.authorize(
        dev, ResourceAttributes(verb: "get", group: "apps", resource: "deployments", namespace: "shop")
      )
      .reason == #"RBAC: allowed by RoleBinding "shop-viewers/shop" of ClusterRole "view" to Group "shop-developers""#
    )
  }

  @Test func subresourceMatching() {
    let scaler = Self.clusterRole(
      "scaler",
      [
        PolicyRule(verbs: ["update"], apiGroups: ["*"], resources: ["*/scale"]),
        PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["pods/log"]),
      ])
    let authorizer = RBACAuthorizer(
      clusterRoles: [scaler], clusterRoleBindings: [Self.clusterBinding("scaler", role: "scaler", [.user("s")])])
    let user = UserInfo(name: "s")
    func allowed(_ verb: String, _ group: String, _ resource: String, _ subresource: String = "") -> Bool {
      authorizer.authorize(
        user, ResourceAttributes(verb: verb, group: group, resource: resource, subresource: subresource)
      )
      .allowed
    }
    #expect(allowed("update", "apps", "deployments", "scale"))
    #expect(allowed("update", "apps", "replicasets", "scale"))
    #expect(!allowed("update", "apps", "deployments"))
    #expect(!allowed("update", "apps", "deployments", "status"))
    #expect(!allowed("update", "", "scale"))
    #expect(allowed("get", "", "pods", "log"))
    #expect(!allowed("get", "", "pods"))
    #expect(!allowed("get", "", "pods", "exec"))
  }

  @Test func resourceNames() {
    let reader = Self.clusterRole(
      "cfg-reader",
      [PolicyRule(verbs: ["get", "list", "watch"], apiGroups: [""], resources: ["configmaps"], resourceNames: ["cfg"])])
    let authorizer = RBACAuthorizer(
      clusterRoles: [reader], clusterRoleBindings: [Self.clusterBinding("r", role: "cfg-reader", [.user("r")])])
    let user = UserInfo(name: "r")
    #expect(authorizer.authorize(user, ResourceAttributes(verb: "get", resource: "configmaps", name: "cfg")).allowed)
    #expect(!authorizer.authorize(user, ResourceAttributes(verb: "get", resource: "configmaps", name: "other")).allowed)
    // A rule with names never allows a request without one, such as a list.
    #expect(!authorizer.authorize(user, ResourceAttributes(verb: "list", resource: "configmaps")).allowed)
    #expect(authorizer.authorize(user, ResourceAttributes(verb: "watch", resource: "configmaps", name: "cfg")).allowed)
  }

  @Test func wildcardsAndNonResourceURLs() {
    let role = Self.clusterRole(
      "mixed",
      [
        PolicyRule(verbs: ["*"], apiGroups: ["*"], resources: ["widgets"]),
        PolicyRule(verbs: ["get"], nonResourceURLs: ["/logs/*", "/exact", "/pre*"]),
      ])
    let authorizer = RBACAuthorizer(
      clusterRoles: [role], clusterRoleBindings: [Self.clusterBinding("m", role: "mixed", [.user("m")])])
    let user = UserInfo(name: "m")
    #expect(
      authorizer.authorize(user, ResourceAttributes(verb: "escalate", group: "x.io", resource: "widgets")).allowed)
    #expect(!authorizer.authorize(user, ResourceAttributes(verb: "get", resource: "gadgets")).allowed)
    for (path, expected) in [
      ("/logs/", true), ("/logs/kubelet.log", true), ("/logs", false), ("/exact", true), ("/exact/", false),
      ("/prefix", true), ("/pre", true), ("/other", false),
    ] {
      #expect(authorizer.authorize(user, NonResourceAttributes(path: path, verb: "get")).allowed == expected, "\(path)")
    }
    #expect(!authorizer.authorize(user, NonResourceAttributes(path: "/exact", verb: "post")).allowed)
  }

  @Test func aggregationPicksUpLabelledRoles() throws {
    let crdView = Self.clusterRole(
      "keda-view", labels: ["rbac.authorization.k8s.io/aggregate-to-view": "true"],
      [PolicyRule(verbs: ["get", "list", "watch"], apiGroups: ["keda.sh"], resources: ["scaledobjects"])])
    let adminBinding = RoleBinding(
      metadata: RBACMetadata(name: "admins", namespace: "shop"), subjects: [.user("ann")],
      roleRef: .clusterRole("admin"))
    let authorizer = try RBACTestFixtures.shopAuthorizer(
      extraRoleBindings: [adminBinding], extraClusterRoles: [crdView])
    let scaledObjects = ResourceAttributes(
      verb: "list", group: "keda.sh", resource: "scaledobjects", namespace: "shop")
    #expect(authorizer.authorize(RBACTestFixtures.jane, scaledObjects).allowed)
    #expect(authorizer.authorize(UserInfo(name: "ann"), scaledObjects).allowed)
    let view = try #require(authorizer.clusterRoles.first { $0.name == "view" })
    #expect(view.rules.count == 13)
  }

  @Test func missingRolesAreReported() {
    let bindings = [
      Self.clusterBinding("a-broken", role: "nope", [.user("u")]),
      Self.clusterBinding("b-broken", role: "gone", [.group("g")]),
    ]
    let roleBinding = RoleBinding(
      metadata: RBACMetadata(name: "rb", namespace: "ns"), subjects: [.user("u")], roleRef: .role("missing"))
    let authorizer = RBACAuthorizer(roleBindings: [roleBinding], clusterRoleBindings: bindings)
    let attributes = ResourceAttributes(verb: "get", resource: "pods", namespace: "ns")
    #expect(
      authorizer.authorize(UserInfo(name: "u"), attributes).reason
        == #"RBAC: [clusterrole.rbac.authorization.k8s.io "nope" not found, "#
        + #"role.rbac.authorization.k8s.io "missing" not found]"#
    )
    #expect(
      authorizer.authorize(UserInfo(name: "x", groups: ["g"]), attributes).reason
        == #"RBAC: clusterrole.rbac.authorization.k8s.io "gone" not found"#)
    #expect(authorizer.authorize(UserInfo(name: "x"), attributes).reason == "")
    #expect(
      authorizer.rulesReview(for: UserInfo(name: "x", groups: ["g"]), namespace: "ns").evaluationError
        == #"clusterrole.rbac.authorization.k8s.io "gone" not found"#)
  }

  @Test func whoCanListsEveryGrantSorted() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let grants = authorizer.subjects(allowedTo: ResourceAttributes(verb: "get", resource: "pods", namespace: "shop"))
    #expect(
      grants.map { "\($0.subject.kind) \($0.subject.name) via \($0.bindingKind) \($0.bindingName) -> \($0.roleName)" }
        == [
          "Group shop-developers via RoleBinding shop-viewers -> view",
          "Group system:masters via ClusterRoleBinding cluster-admin -> cluster-admin",
          "ServiceAccount dashboard via RoleBinding shop-viewers -> view",
          "User jane@example.com via RoleBinding shop-viewers -> view",
        ])
    #expect(grants[2].subject.namespace == "monitoring")
    #expect(grants[0].bindingNamespace == "shop")
    #expect(grants[1].bindingNamespace == nil)

    let secrets = authorizer.subjects(
      allowedTo: ResourceAttributes(verb: "get", resource: "secrets", namespace: "shop"))
    #expect(secrets.map(\.subject.name) == ["system:masters"])
    let healthz = authorizer.subjects(allowedTo: NonResourceAttributes(path: "/healthz", verb: "get"))
    #expect(
      healthz.map { "\($0.subject.name) \($0.bindingName)" } == [
        "system:authenticated system:discovery", "system:authenticated system:public-info-viewer",
        "system:masters cluster-admin", "system:unauthenticated system:public-info-viewer",
      ])
  }

  @Test func rulesReviewSplitsResourceAndNonResourceRules() throws {
    let authorizer = try RBACTestFixtures.shopAuthorizer()
    let (resourceRules, nonResourceRules) = authorizer.rules(for: RBACTestFixtures.jane, namespace: "shop")
    // basic-user (2 rules) from the cluster bindings first, then view's 12 from the RoleBinding.
    #expect(resourceRules.count == 14)
    #expect(resourceRules.first?.resources == ["selfsubjectaccessreviews", "selfsubjectrulesreviews"])
    #expect(resourceRules.allSatisfy { $0.nonResourceURLs.isEmpty })
    #expect(nonResourceRules.count == 2)
    #expect(nonResourceRules.allSatisfy { $0.resources.isEmpty && $0.apiGroups.isEmpty })
    let elsewhere = authorizer.rules(for: RBACTestFixtures.jane, namespace: "default")
    #expect(elsewhere.resourceRules.count == 2)
    #expect(authorizer.rulesReview(for: RBACTestFixtures.jane, namespace: "shop").evaluationError == nil)
  }

  @Test func manyBindingsStayCorrect() {
    let reader = Self.clusterRole("reader", [PolicyRule(verbs: ["get"], apiGroups: [""], resources: ["pods"])])
    var bindings: [RoleBinding] = []
    for index in 0..<2_000 {
      bindings.append(
        RoleBinding(
          metadata: RBACMetadata(name: "b\(index)", namespace: "ns\(index % 50)"),
          subjects: [.user("user\(index)"), .group("team\(index % 7)")], roleRef: .clusterRole("reader")))
    }
    let authorizer = RBACAuthorizer(roleBindings: bindings, clusterRoles: [reader])
    #expect(
      authorizer.authorize(
        UserInfo(name: "user1234"), ResourceAttributes(verb: "get", resource: "pods", namespace: "ns34")
      )
      .reason == #"RBAC: allowed by RoleBinding "b1234/ns34" of ClusterRole "reader" to User "user1234""#)
    #expect(
      !authorizer.authorize(
        UserInfo(name: "user1234"), ResourceAttributes(verb: "get", resource: "pods", namespace: "ns35")
      )
      .allowed)
    // Sorted by name, "b1003" (team2 via 1003 % 7 == 2, in ns3) is the first binding of ns3 for team2.
    #expect(
      authorizer.authorize(
        UserInfo(name: "z", groups: ["team2"]), ResourceAttributes(verb: "get", resource: "pods", namespace: "ns3")
      ).reason == #"RBAC: allowed by RoleBinding "b1003/ns3" of ClusterRole "reader" to Group "team2""#)
  }

  @Test func modelsRoundTripThroughJSON() throws {
    let json = """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
       "metadata":{"name":"shop-viewers","namespace":"shop","uid":"6f50","resourceVersion":"47409322"},
       "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"view"},
       "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"Group","name":"shop-developers"},
                   {"kind":"ServiceAccount","name":"dashboard","namespace":"monitoring"}]}
      """
    let binding = try JSONDecoder().decode(RoleBinding.self, from: Data(json.utf8))
    #expect(binding.namespace == "shop")
    #expect(binding.subjects[1] == .serviceAccount("dashboard", namespace: "monitoring"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let again = try JSONDecoder().decode(RoleBinding.self, from: try encoder.encode(binding))
    #expect(again == binding)

    let rule = try JSONDecoder().decode(
      PolicyRule.self, from: Data(#"{"verbs":["get"],"nonResourceURLs":["/x"]}"#.utf8))
    #expect(
      String(decoding: try encoder.encode(rule), as: UTF8.self) == #"{"nonResourceURLs":["\/x"],"verbs":["get"]}"#)

    let attributes = try JSONDecoder().decode(
      ResourceAttributes.self, from: Data(#"{"namespace":"shop","verb":"delete","resource":"pods"}"#.utf8))
    #expect(attributes == ResourceAttributes(verb: "delete", resource: "pods", namespace: "shop"))
    #expect(
      String(decoding: try encoder.encode(attributes), as: UTF8.self)
        == #"{"namespace":"shop","resource":"pods","verb":"delete"}"#)
    let user = try JSONDecoder().decode(
      UserInfo.self, from: Data(#"{"username":"jane","groups":["g"],"extra":{"k":["v"]}}"#.utf8))
    #expect(user == UserInfo(name: "jane", groups: ["g"], extra: ["k": ["v"]]))
  }
}
