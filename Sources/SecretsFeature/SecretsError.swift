/// Why a secret could not be read. Messages never contain secret bytes.
public enum SecretsError: Error, Sendable, Equatable, CustomStringConvertible {
  case malformedDockerConfig
  case noSuchKey(String, available: [String])
  case invalidManifest(String)
  case malformedHelmRelease(String)
  case compression(String)
  case malformedSSHKey(String)

  public var description: String {
    switch self {
    case .malformedDockerConfig: "the docker config value is not the expected JSON"
    case .noSuchKey(let key, let available):
      "key \"\(key)\" not found in the secret (keys: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
    case .invalidManifest(let reason): reason
    case .malformedHelmRelease(let reason): "not a Helm release: \(reason)"
    case .compression(let reason): "cannot inflate: \(reason)"
    case .malformedSSHKey(let reason): "not a readable SSH key: \(reason)"
    }
  }
}
