/// How a user authenticates, as chosen from the kubeconfig (client-go's precedence: a token file, else a
/// token, else basic auth, else an exec plugin unless a client certificate is configured, else oidc).
/// A client certificate from the kubeconfig is carried by `ClientConfig` and combines with any of these.
/// Descriptions never show secrets.
public enum CredentialSource: Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
  /// No bearer or basic credential (client certificate only, or anonymous).
  case none
  /// A static bearer token (`token`).
  case token(String)
  /// A bearer token re-read from a file at most once a minute (`tokenFile`, in-cluster service account).
  /// `initialToken` is the content read while loading.
  case tokenFile(path: String, initialToken: String)
  /// HTTP basic auth (`username`/`password`).
  case basic(username: String, password: String)
  /// An exec credential plugin (`exec`).
  case exec(ExecPluginConfig)
  /// The legacy `oidc` auth-provider's `id-token`, sent as a bearer token (never refreshed).
  case oidc(idToken: String)

  /// Whether asking again can give another credential after a 401: a plugin run again, a file read again. A
  /// static token or password would only be refused a second time.
  public var isRefreshable: Bool {
    switch self {
    case .tokenFile, .exec: return true
    case .none, .token, .basic, .oidc: return false
    }
  }

  public var description: String {
    switch self {
    case .none: return "none"
    case .token: return "token <redacted>"
    case .tokenFile(let path, _): return "tokenFile \(path)"
    case .basic(let username, _): return "basic \(username):<redacted>"
    case .exec(let config): return "exec \(config.command)"
    case .oidc: return "oidc id-token <redacted>"
    }
  }

  public var debugDescription: String { description }
}
