import Foundation

/// The identities the simulator issues at start: tokens for the kubeconfig's users and the admin certificate.
struct SimCredentials: Sendable {
  /// Static bearer tokens → users.
  var tokens: [String: SimUser]
  var viewerToken: String
  var serviceAccountToken: String
  var execToken: String
  var noPodsProxyToken: String
  var admin: CertificateAuthority.Issued

  static let viewerUser = SimUser(name: "viewer", groups: ["lamp-sim:viewers", "system:authenticated"])
  static let noPodsProxyUser = SimUser(name: "no-pods-proxy", groups: ["system:authenticated"])
  static let execUser = SimUser(name: "exec-user", groups: ["lamp-sim:exec-users", "system:authenticated"])
  static let serviceAccount = (namespace: "default", name: "lamp-reader")

  init(authority: CertificateAuthority, now: Date) throws {
    var generator = SystemRandomNumberGenerator()
    func token(_ prefix: String) -> String {
      prefix + "." + (0..<24).map { _ in String(UInt8.random(in: 0...255, using: &generator), radix: 16) }.joined()
    }
    viewerToken = token("viewer")
    serviceAccountToken = token("sa")
    execToken = token("exec")
    noPodsProxyToken = token("npp")
    tokens = [
      viewerToken: Self.viewerUser,
      noPodsProxyToken: Self.noPodsProxyUser,
      execToken: Self.execUser,
      serviceAccountToken: SimUser.serviceAccount(
        namespace: Self.serviceAccount.namespace, name: Self.serviceAccount.name),
    ]
    admin = try authority.issueClient(user: "admin", groups: ["system:masters"], now: now)
  }
}
