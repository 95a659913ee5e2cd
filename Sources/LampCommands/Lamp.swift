import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The root `lamp` command.
public struct Lamp: AsyncParsableCommand {
  public static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: name,
      abstract: "The best views of the Headlamp Kubernetes dashboard, in the terminal.",
      discussion: """
        lamp reads the same kubeconfig as kubectl (--kubeconfig, $KUBECONFIG, ~/.kube/config, or the \
        in-cluster service account) and accepts kubectl's global flags anywhere on the line: --context, \
        --cluster, --user, -n/--namespace, -s/--server, --token, --certificate-authority, --client-certificate, \
        --client-key, --tls-server-name, --insecure-skip-tls-verify, --as, --as-group, --as-uid, \
        --request-timeout and -v.

        Output is a table by default; most commands take -o table|wide|json|yaml. JSON and YAML follow a \
        documented schema (apiVersion: lamp/v1). Colour is used only on a terminal and never when NO_COLOR is set.

        EXAMPLES:
          \(name) version
          \(name) contexts
          \(name) secrets show api-db -n shop
          \(name) version --context staging -o json
          \(name) events -A

        \(LampExit.documentation)
        """,
      version: LampVersion.client,
      groupedSubcommands: [
        CommandGroup(name: "Cluster", subcommands: [VersionCommand.self, ContextsCommand.self, MapCommand.self]),
        CommandGroup(name: "Workloads", subcommands: [EventsCommand.self]),
        CommandGroup(name: "Secrets and access", subcommands: [SecretsCommand.self, RBACCommand.self]),
        CommandGroup(name: "Autoscaling", subcommands: [KarpenterCommand.self, KedaCommand.self]),
        CommandGroup(name: "Assistant", subcommands: [AskCommand.self]),
      ]
    )
  }

  public init() {}
}

/// lamp's own version.
public enum LampVersion {
  public static let client = "0.1.0"
}
