import Foundation
import KubeAPI

/// Objects every simulated cluster has: the standard namespaces and the RBAC of the kubeconfig's users.
enum SimBootstrap {
  static func objects() -> [JSONValue] {
    var objects: [JSONValue] = ["default", "kube-system", "kube-public", "kube-node-lease"].map { name in
      object("v1", "Namespace", name: name)
    }
    let account = SimCredentials.serviceAccount
    objects.append(object("v1", "ServiceAccount", name: account.name, namespace: account.namespace))
    objects.append(
      clusterRoleBinding("lamp-sim:viewer", role: "view", subject: subject("User", SimCredentials.viewerUser.name)))
    objects.append(
      clusterRoleBinding(
        "lamp-sim:serviceaccount", role: "view",
        subject: .object([
          "kind": .string("ServiceAccount"), "name": .string(account.name), "namespace": .string(account.namespace),
        ])))
    objects.append(
      clusterRoleBinding("lamp-sim:exec", role: "cluster-admin", subject: subject("Group", "lamp-sim:exec-users")))
    var podsReader = object("rbac.authorization.k8s.io/v1", "ClusterRole", name: "lamp-sim:pods-reader")
    podsReader["rules"] = .array([
      .object([
        "apiGroups": .array([.string("")]), "resources": .array([.string("pods"), .string("services")]),
        "verbs": .array([.string("get"), .string("list"), .string("watch")]),
      ])
    ])
    objects.append(podsReader)
    objects.append(
      clusterRoleBinding(
        "lamp-sim:no-pods-proxy", role: "lamp-sim:pods-reader",
        subject: subject("User", SimCredentials.noPodsProxyUser.name)))
    return objects
  }

  static func object(_ apiVersion: String, _ kind: String, name: String, namespace: String? = nil) -> JSONValue {
    var metadata: [String: JSONValue] = ["name": .string(name)]
    if let namespace { metadata["namespace"] = .string(namespace) }
    return .object(["apiVersion": .string(apiVersion), "kind": .string(kind), "metadata": .object(metadata)])
  }

  private static func subject(_ kind: String, _ name: String) -> JSONValue {
    .object(["kind": .string(kind), "apiGroup": .string("rbac.authorization.k8s.io"), "name": .string(name)])
  }

  private static func clusterRoleBinding(_ name: String, role: String, subject: JSONValue) -> JSONValue {
    var binding = object("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", name: name)
    binding["roleRef"] = .object([
      "apiGroup": .string("rbac.authorization.k8s.io"), "kind": .string("ClusterRole"), "name": .string(role),
    ])
    binding["subjects"] = .array([subject])
    return binding
  }
}
