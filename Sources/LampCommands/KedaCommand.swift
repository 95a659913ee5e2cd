import ArgumentParser

/// `lamp keda`: ScaledObjects and ScaledJobs with their state, and the authentications they use.
struct KedaCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "keda",
      abstract: "KEDA ScaledObjects, ScaledJobs and trigger authentications.",
      discussion: """
        Exits 1 with one line when KEDA is not installed, or when you may not list the kind a command is about \
        (ScaledObjects for scaled; TriggerAuthentications and ClusterTriggerAuthentications for auth). Any other \
        kind you may not list is left out with a note on stderr; the rest is shown.

        EXAMPLES:
          \(name) keda scaled
          \(name) keda scaled --state error -o wide
          \(name) keda scaled web-scaler -n shop
          \(name) keda auth
        """,
      subcommands: [KedaScaledCommand.self, KedaAuthCommand.self])
  }
}
