/// A `users[].user.exec` section as written; validated into `ExecPluginConfig`.
struct KubeconfigExec: Decodable, Sendable, Equatable {
  struct EnvVar: Decodable, Sendable, Equatable {
    var name: String?
    var value: String?
  }

  var command: String?
  var args: [String]?
  var env: [EnvVar]?
  var apiVersion: String?
  var installHint: String?
  var provideClusterInfo: Bool?
  var interactiveMode: String?
}
