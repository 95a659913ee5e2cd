import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `User "X" cannot VERB resource "R" in API group "G" in the namespace "N"` parsed out of an event or error.
struct RBACDenial: Sendable, Hashable {
  var user: String
  var verb: String
  var resource: String
  var group: String
  var namespace: String?

  static func parse(_ message: String) -> RBACDenial? {
    guard let userStart = message.firstUTF8Range(of: "User \"") else { return nil }
    let afterUser = message[userStart.upperBound...]
    guard let userEnd = afterUser.firstIndex(of: "\"") else { return nil }
    let user = String(afterUser[..<userEnd])
    let rest = afterUser[userEnd...]
    guard let cannot = rest.firstUTF8Range(of: " cannot ") else { return nil }
    let verb = rest[cannot.upperBound...].prefix { $0 != " " }
    guard let resourceStart = rest.firstUTF8Range(of: "resource \"") else { return nil }
    let resource = rest[resourceStart.upperBound...].prefix { $0 != "\"" }
    var group = ""
    if let groupStart = rest.firstUTF8Range(of: "in API group \"") {
      group = String(rest[groupStart.upperBound...].prefix { $0 != "\"" })
    }
    var namespace: String? = nil
    if let nsStart = rest.firstUTF8Range(of: "in the namespace \"") {
      namespace = String(rest[nsStart.upperBound...].prefix { $0 != "\"" })
    }
    return RBACDenial(user: user, verb: String(verb), resource: String(resource), group: group, namespace: namespace)
  }

  /// `keda/keda-operator` for service accounts, else the user name.
  var userShort: String {
    let parts = user.split(separator: ":")
    if parts.count == 4, parts[0] == "system", parts[1] == "serviceaccount" { return "\(parts[2])/\(parts[3])" }
    return user
  }

  /// A Role and a RoleBinding (ClusterRole/ClusterRoleBinding without a namespace) granting just this.
  func fix(fallbackNamespace: String) -> Fix {
    let parts = user.split(separator: ":")
    let subject: String
    if parts.count == 4, parts[0] == "system", parts[1] == "serviceaccount" {
      subject = "--serviceaccount=\(parts[2]):\(parts[3])"
    } else {
      subject = "--user=\(user)"
    }
    let resourceName = group.isEmpty ? resource : "\(resource).\(group)"
    let roleName = "\(parts.last.map(String.init) ?? "user")-\(verb)-\(resource)"
    if let namespace {
      return Fix(
        summary: "Grant \(userShort) \(verb) on \(resourceName) in \(namespace) (a Role and RoleBinding)",
        commands: [
          "kubectl create role \(roleName) --verb=\(verb) --resource=\(resourceName) -n \(namespace)",
          "kubectl create rolebinding \(roleName) --role=\(roleName) \(subject) -n \(namespace)",
        ])
    }
    return Fix(
      summary: "Grant \(userShort) \(verb) on \(resourceName) (a ClusterRole and ClusterRoleBinding)",
      commands: [
        "kubectl create clusterrole \(roleName) --verb=\(verb) --resource=\(resourceName)",
        "kubectl create clusterrolebinding \(roleName) --clusterrole=\(roleName) \(subject)",
      ])
  }
}
