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
      var username = entry?["username"]?.stringValue
      let auth = entry?["auth"]?.stringValue
      if username == nil, let auth, let decoded = Data(base64Encoded: auth),
        let pair = String(data: decoded, encoding: .utf8),
        let colon = pair.firstIndex(of: ":")
      {
        username = String(pair[..<colon])
      }
      let secret = { (value: String?) in value.map { reveal ? $0 : Mask.text } }
      return RegistryCredential(
        registry: registry, username: username, password: secret(entry?["password"]?.stringValue),
        auth: secret(auth), identityToken: secret(entry?["identitytoken"]?.stringValue),
        registryToken: secret(entry?["registrytoken"]?.stringValue))
    }
  }
}

/// What lamp prints in place of a hidden value.
public enum Mask {
  public static let text = "********"
}
