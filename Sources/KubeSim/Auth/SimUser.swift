/// An authenticated (or impersonated) user of the simulator.
struct SimUser: Sendable, Equatable {
  var name: String
  var uid: String = ""
  var groups: [String]
  var extra: [String: [String]] = [:]

  /// True for members of `system:masters`, which kube-apiserver always allows.
  var isSuperuser: Bool { groups.contains("system:masters") }

  /// A service account's standard identity.
  static func serviceAccount(namespace: String, name: String, uid: String = "") -> SimUser {
    SimUser(
      name: "system:serviceaccount:\(namespace):\(name)", uid: uid,
      groups: ["system:serviceaccounts", "system:serviceaccounts:\(namespace)", "system:authenticated"])
  }

  /// `(namespace, name)` when the user is a service account.
  var serviceAccount: (namespace: String, name: String)? {
    let parts = name.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "system", parts[1] == "serviceaccount" else { return nil }
    return (String(parts[2]), String(parts[3]))
  }
}
