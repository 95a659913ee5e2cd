import Foundation
import KubeAPI

/// The built-in roles shipped with the fake API server, read from the source tree.
enum RBACTestFixtures {
  static let builtinURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/KubeSim/Resources/rbac/builtin-rbac.json")

  struct List: Decodable {
    var apiVersion: String
    var kind: String
    var items: [JSONValue]
  }

  static func builtins() throws -> (clusterRoles: [ClusterRole], clusterRoleBindings: [ClusterRoleBinding]) {
    let list = try JSONDecoder().decode(List.self, from: Data(contentsOf: builtinURL))
    var roles: [ClusterRole] = []
    var bindings: [ClusterRoleBinding] = []
    for item in list.items {
      let data = try item.encoded()
      switch item["kind"]?.stringValue {
      case "ClusterRole": roles.append(try JSONDecoder().decode(ClusterRole.self, from: data))
      case "ClusterRoleBinding": bindings.append(try JSONDecoder().decode(ClusterRoleBinding.self, from: data))
      default: throw CocoaError(.fileReadCorruptFile)
      }
    }
    return (roles, bindings)
  }

  /// The shop scenario: a viewer RoleBinding like the shared example, plus the built-ins.
  static func shopAuthorizer(
    extraRoles: [Role] = [], extraRoleBindings: [RoleBinding] = [], extraClusterRoles: [ClusterRole] = [],
    extraClusterRoleBindings: [ClusterRoleBinding] = []
  ) throws -> RBACAuthorizer {
    let builtins = try builtins()
    let viewers = RoleBinding(
      metadata: RBACMetadata(name: "shop-viewers", namespace: "shop"),
      subjects: [
        .group("shop-developers"), .user("jane@example.com"), .serviceAccount("dashboard", namespace: "monitoring"),
      ],
      roleRef: .clusterRole("view"))
    return RBACAuthorizer(
      roles: extraRoles, roleBindings: [viewers] + extraRoleBindings,
      clusterRoles: builtins.clusterRoles + extraClusterRoles,
      clusterRoleBindings: builtins.clusterRoleBindings + extraClusterRoleBindings)
  }

  static let jane = UserInfo(name: "jane@example.com", groups: ["system:authenticated"])
}
