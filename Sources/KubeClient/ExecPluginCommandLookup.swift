/// Finds the executable of an exec plugin: a path is used as is, a bare name is searched in PATH (of lamp's
/// environment, not the plugin's `env`, as client-go does).
enum ExecPluginCommandLookup {
  static func executable(for config: ExecPluginConfig) throws(ExecPluginError) -> String {
    let command = config.command
    if command.contains("/") {
      guard FileReader.isRegularFile(command) else {
        throw .notFound(command: command, installHint: config.installHint)
      }
      guard FileReader.isExecutableFile(command) else { throw .notExecutable(command: command) }
      return command
    }
    let searchPath = config.environment["PATH"] ?? ""
    for directory in searchPath.split(separator: ":", omittingEmptySubsequences: true) {
      let candidate = KubeconfigPath.resolve(command, against: String(directory))
      if FileReader.isExecutableFile(candidate) { return candidate }
    }
    throw .notFound(command: command, installHint: config.installHint)
  }
}
