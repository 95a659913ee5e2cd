/// A legacy `auth-provider` section; lamp supports only `oidc` (its `id-token`).
struct KubeconfigAuthProvider: Decodable, Sendable, Equatable {
  var name: String?
  var config: [String: String]?
}
