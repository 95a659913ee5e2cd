import ArgumentParser
import Foundation

/// kubectl's global flags, accepted after any subcommand (kubectl passes them to plugins that way).
public struct GlobalOptions: ParsableArguments, Sendable {
  @Option(
    name: .customLong("kubeconfig"), help: "Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).")
  public var kubeconfig: String?

  @Option(name: .customLong("context"), help: "The kubeconfig context to use.")
  public var context: String?

  @Option(name: .customLong("cluster"), help: "The kubeconfig cluster to use instead of the context's.")
  public var cluster: String?

  @Option(name: .customLong("user"), help: "The kubeconfig user to use instead of the context's.")
  public var user: String?

  @Option(name: [.customShort("n"), .customLong("namespace")], help: "The namespace (default: the context's).")
  public var namespace: String?

  @Option(name: .customLong("as"), help: "Impersonate this user or service account (system:serviceaccount:NS:NAME).")
  public var asUser: String?

  @Option(name: .customLong("as-group"), help: "Impersonate this group (repeatable).")
  public var asGroups: [String] = []

  @Option(name: .customLong("as-uid"), help: "Impersonate this UID.")
  public var asUID: String?

  @Option(
    name: .customLong("request-timeout"),
    help: "How long to wait for one request before giving up (e.g. 30s, 1m; 0 waits forever).")
  public var requestTimeout: String = "0"

  @Option(
    name: [.customShort("v"), .customLong("v")],
    help: "Log level: 6 logs each request (method, URL, status, time), 8 adds headers (credentials masked).")
  public var verbosity: Int = 0

  public init() {}
}
