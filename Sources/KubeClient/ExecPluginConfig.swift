import KubeAPI

/// A validated `exec` credential plugin section, ready to run.
public struct ExecPluginConfig: Sendable, Equatable, CustomStringConvertible {
  /// The `client.authentication.k8s.io` version spoken with the plugin.
  public enum APIVersion: String, Sendable, CaseIterable {
    case v1 = "client.authentication.k8s.io/v1"
    case v1beta1 = "client.authentication.k8s.io/v1beta1"
  }

  /// Whether the plugin may talk to the user through stdin.
  public enum InteractiveMode: String, Sendable, CaseIterable {
    case never = "Never"
    case ifAvailable = "IfAvailable"
    case always = "Always"
  }

  /// One `env` entry added to the plugin's environment.
  public struct EnvVar: Sendable, Equatable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
      self.name = name
      self.value = value
    }
  }

  public var apiVersion: APIVersion
  /// A bare name (looked up in PATH when run) or an absolute path (relative ones were resolved against the
  /// directory of the kubeconfig that defined the user).
  public var command: String
  public var args: [String]
  public var env: [EnvVar]
  public var installHint: String?
  public var interactiveMode: InteractiveMode
  /// `spec.cluster` for the plugin; nil unless `provideClusterInfo` is set.
  public var cluster: ExecPluginClusterInfo?
  /// lamp's own environment, the base of the plugin's (and the source of PATH for the lookup).
  public var environment: [String: String]

  public init(
    apiVersion: APIVersion, command: String, args: [String] = [], env: [EnvVar] = [], installHint: String? = nil,
    interactiveMode: InteractiveMode, cluster: ExecPluginClusterInfo? = nil, environment: [String: String]
  ) {
    self.apiVersion = apiVersion
    self.command = command
    self.args = args
    self.env = env
    self.installHint = installHint
    self.interactiveMode = interactiveMode
    self.cluster = cluster
    self.environment = environment
  }

  /// The plugin's environment: lamp's, then the `env` entries (later ones win).
  var processEnvironment: [String: String] {
    var result = environment
    for variable in env { result[variable.name] = variable.value }
    return result
  }

  /// Names the plugin without showing environment values, which often hold secrets.
  public var description: String {
    "exec plugin \(GoText.quoted(command)) (\(apiVersion.rawValue), interactiveMode \(interactiveMode.rawValue))"
  }
}
