import KubeAPI
import KubeClient

/// The cluster's RBAC objects that matter for one namespace (or every namespace), read through the API: all
/// ClusterRoles and ClusterRoleBindings, and the Roles and RoleBindings of the namespace (or of all).
public struct RBACObjects: Sendable {
  public var roles: [Role]
  public var roleBindings: [RoleBinding]
  public var clusterRoles: [ClusterRole]
  public var clusterRoleBindings: [ClusterRoleBinding]

  public init(
    roles: [Role] = [], roleBindings: [RoleBinding] = [], clusterRoles: [ClusterRole] = [],
    clusterRoleBindings: [ClusterRoleBinding] = []
  ) {
    self.roles = roles
    self.roleBindings = roleBindings
    self.clusterRoles = clusterRoles
    self.clusterRoleBindings = clusterRoleBindings
  }

  /// Kubernetes' own RBAC evaluation (aggregation included) over these objects.
  public var authorizer: RBACAuthorizer {
    RBACAuthorizer(
      roles: roles, roleBindings: roleBindings, clusterRoles: clusterRoles, clusterRoleBindings: clusterRoleBindings)
  }

  /// Every subject allowed the request in at least one namespace (`lamp rbac who-can -A`), sorted, each grant
  /// once: the ClusterRoleBindings', and each namespace's RoleBindings' evaluated in that namespace.
  /// `attributes.namespace` is ignored; load the objects with `namespace: nil` for every namespace's bindings.
  public func subjects(allowedInAnyNamespace attributes: ResourceAttributes) -> [RBACGrant] {
    let authorizer = authorizer
    var request = attributes
    request.namespace = ""
    var grants = Set(authorizer.subjects(allowedTo: request))
    for namespace in Set(roleBindings.map(\.namespace)) {
      request.namespace = namespace
      grants.formUnion(authorizer.subjects(allowedTo: request))
    }
    return grants.sorted()
  }

  /// Lists the four kinds concurrently; `namespace` empty reads cluster objects only, nil reads the Roles and
  /// RoleBindings of every namespace too. A 403 becomes `RBACReadError.forbidden` naming the list permission
  /// that is missing.
  public static func load(client: KubeClient, namespace: String?) async throws -> RBACObjects {
    async let clusterRoles = list(ClusterRole.self, "clusterroles", namespace: nil, client: client)
    async let clusterRoleBindings = list(
      ClusterRoleBinding.self, "clusterrolebindings", namespace: nil, client: client)
    // Roles and RoleBindings are namespaced: a nil namespace lists them in all namespaces at once.
    let scoped = namespace != ""
    async let roles = scoped ? list(Role.self, "roles", namespace: namespace, client: client) : []
    async let roleBindings =
      scoped ? list(RoleBinding.self, "rolebindings", namespace: namespace, client: client) : []
    // Awaited in a fixed order so that, when several lists are forbidden, the error is always the same one.
    let clusterRoleList = try await clusterRoles
    let clusterBindingList = try await clusterRoleBindings
    let roleList = try await roles
    return try await RBACObjects(
      roles: roleList, roleBindings: roleBindings, clusterRoles: clusterRoleList,
      clusterRoleBindings: clusterBindingList)
  }

  private struct List<Item: Decodable & Sendable>: Decodable, Sendable {
    var items: [Item]?
    var metadata: Meta?
    struct Meta: Decodable, Sendable { var `continue`: String? }
  }

  /// Every page of one RBAC list; `namespace` nil lists cluster-wide (every namespace's, for Roles).
  private static func list<Item: Decodable & Sendable>(
    _ type: Item.Type, _ resource: String, namespace: String?, client: KubeClient
  ) async throws -> [Item] {
    let kind = ResourceKind(
      group: RBACAPI.group, version: "v1", resource: resource, kind: "", namespaced: namespace != nil)
    let path = try kind.collectionPath(namespace: namespace)
    var items: [Item] = []
    var token: String? = nil
    repeat {
      var query = [("limit", "500")]
      if let token { query.append(("continue", token)) }
      let page: List<Item>
      do {
        page = try await client.getJSON(List<Item>.self, path: path, query: query)
      } catch let error as KubeError where error.isForbidden {
        throw RBACReadError.forbidden(
          error.description, permission: "list \(resource).\(RBACAPI.group)",
          scope: namespace.map { "in namespace \($0)" } ?? "cluster-wide")
      }
      items += page.items ?? []
      token = page.metadata?.continue.flatMap { $0.isEmpty ? nil : $0 }
    } while token != nil
    return items
  }
}

/// The RBAC objects could not be read.
public enum RBACReadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The server's kubectl-style message, the permission that would fix it and where.
  case forbidden(String, permission: String, scope: String)

  public var description: String {
    switch self {
    case .forbidden(let message, let permission, let scope): "\(message); the fix is \"\(permission)\" \(scope)"
    }
  }
}
