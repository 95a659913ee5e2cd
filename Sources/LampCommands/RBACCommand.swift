import ArgumentParser

/// `lamp rbac`: what the current (or impersonated) subject may do.
struct RBACCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "rbac",
      abstract: "Check what you (or another subject) may do, and who may do something.",
      discussion: """
        EXAMPLES:
          \(name) rbac check prometheus -n monitoring
          \(name) rbac check get pods/proxy -n monitoring
          \(name) rbac check list deploy -n shop --as jane
          \(name) rbac who-can get secrets -n shop
        """,
      subcommands: [RBACCheckCommand.self, RBACWhoCanCommand.self])
  }
}
