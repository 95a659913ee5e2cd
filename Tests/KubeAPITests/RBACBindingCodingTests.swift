import KubeAPI
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Both binding kinds read and write the wire form of rbac.authorization.k8s.io/v1, as kube-apiserver does.
@Suite struct RBACBindingCodingTests {
  /// The object `binding` encodes to.
  private func encoded(_ binding: some RBACBindingObject) throws -> JSONValue {
    try KubeJSON.decoder().decode(JSONValue.self, from: KubeJSON.encoder().encode(binding))
  }

  @Test("a binding reads its metadata, subjects and role, and a missing subjects list as none")
  func decode() throws {
    let json = Data(
      """
      {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
       "metadata":{"name":"read-pods","namespace":"shop"},
       "subjects":[{"kind":"ServiceAccount","name":"prometheus","namespace":"monitoring"}],
       "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"pod-reader"}}
      """.utf8)
    let binding = try KubeJSON.decoder().decode(RoleBinding.self, from: json)
    #expect(binding.namespace == "shop")
    #expect(binding.subjects == [Subject(kind: "ServiceAccount", name: "prometheus", namespace: "monitoring")])
    #expect(binding.roleRef == RoleRef(kind: "Role", name: "pod-reader"))
    let bare = Data(#"{"metadata":{"name":"nobody"},"roleRef":{"apiGroup":"","kind":"ClusterRole","name":"x"}}"#.utf8)
    #expect(try KubeJSON.decoder().decode(ClusterRoleBinding.self, from: bare).subjects.isEmpty)
  }

  @Test("a binding writes its own kind and apiVersion, and leaves out an empty subjects list")
  func encode() throws {
    let role = RoleBinding(
      metadata: RBACMetadata(name: "read-pods", namespace: "shop"), subjects: [Subject(kind: "User", name: "ana")],
      roleRef: RoleRef(kind: "Role", name: "pod-reader"))
    let written = try encoded(role)
    #expect(written["kind"]?.stringValue == "RoleBinding")
    #expect(written["apiVersion"]?.stringValue == "rbac.authorization.k8s.io/v1")
    #expect(written["subjects"]?.arrayValue?.count == 1)
    let cluster = try encoded(
      ClusterRoleBinding(metadata: RBACMetadata(name: "none"), subjects: [], roleRef: .clusterRole("view")))
    #expect(cluster["kind"]?.stringValue == "ClusterRoleBinding")
    #expect(cluster["subjects"] == nil)
    #expect(cluster[path: ["roleRef", "name"]]?.stringValue == "view")
  }
}
