import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One registry entry of a `.dockerconfigjson` or `.dockercfg` value; secrets are masked unless revealed.
public struct RegistryCredential: Codable, Sendable, Hashable {
  public var registry: String
  public var username: String?
  public var password: String?
  public var auth: String?
  /// `identitytoken`: what `docker login` stores for registries that authenticate with an OAuth refresh token
  /// (Azure Container Registry) instead of a password.
  public var identityToken: String?
  /// `registrytoken`: a bearer token the registry takes as it is, without an exchange.
  public var registryToken: String?
  /// What in the entry does not add up (a `username` that is not the user in `auth`).
  public var problem: String?

  /// The entries of a docker config, sorted by registry. `legacy` is the `.dockercfg` layout (no `auths` wrapper).
  public static func parse(_ bytes: Data, legacy: Bool, reveal: Bool) throws(SecretsError) -> [RegistryCredential] {
    let root: JSONValue
    do {
      root = try JSONDecoder().decode(JSONValue.self, from: bytes)
    } catch {
      throw .malformedDockerConfig
    }
    let auths = legacy ? root : root["auths"]
    guard case .object(let entries) = auths else { throw .malformedDockerConfig }
    return entries.keys.sorted().map { registry in
      let entry = entries[registry]
      let field = entry?["username"]?.stringValue
      var username = field
      var problem: String? = nil
      let auth = entry?["auth"]?.stringValue
      // The kubelet reads `auth` over `username` and `password` when both are there: show the user it sends.
      if let auth, let decoded = Data(base64Encoded: auth), let pair = String(data: decoded, encoding: .utf8),
        let colon = pair.firstIndex(of: ":")
      {
        username = String(pair[..<colon])
        if let field, field != username {
          problem = "username \"\(field)\" is not the user in auth, which the kubelet sends instead"
        }
      }
      let secret = { (value: String?) in value.map { reveal ? $0 : Mask.text } }
      return RegistryCredential(
        registry: registry, username: username, password: secret(entry?["password"]?.stringValue),
        auth: secret(auth), identityToken: secret(entry?["identitytoken"]?.stringValue),
        registryToken: secret(entry?["registrytoken"]?.stringValue), problem: problem)
    }
  }
}

/// What lamp prints in place of a hidden value.
public enum Mask {
  public static let text = "********"
}
