import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// kubectl's global flags, accepted anywhere on the line (kubectl passes them to plugins after the subcommand).
public struct GlobalOptions: ParsableArguments, Sendable {
  @Option(
    name: .customLong("kubeconfig"), help: "Path to the kubeconfig file (default: $KUBECONFIG, else ~/.kube/config).",
    completion: .file())
  public var kubeconfig: String?

  @Option(name: .customLong("context"), help: "The kubeconfig context to use.", completion: .kubeconfig("--context"))
  public var context: String?

  @Option(
    name: .customLong("cluster"), help: "The kubeconfig cluster to use instead of the context's.",
    completion: .kubeconfig("--cluster"))
  public var cluster: String?

  @Option(
    name: .customLong("user"), help: "The kubeconfig user to use instead of the context's.",
    completion: .kubeconfig("--user"))
  public var user: String?

  @Option(
    name: [.customShort("n"), .customLong("namespace")], help: "The namespace (default: the context's).",
    completion: .namespaces)
  public var namespace: String?

  @Option(name: [.customShort("s"), .customLong("server")], help: "The API server's URL, instead of the cluster's.")
  public var server: String?

  @Option(
    name: .customLong("token"),
    help: """
      A bearer token, in place of the user's token, basic auth or exec plugin; as with kubectl, a client \
      certificate of the user is still presented, and may be what the server authenticates (flags show in \
      process lists: prefer a kubeconfig).
      """)
  public var token: String?

  @Option(
    name: .customLong("certificate-authority"),
    help: "A PEM file of the authorities that sign the server's certificate.", completion: .file())
  public var certificateAuthority: String?

  @Option(
    name: .customLong("client-certificate"), help: "A PEM file with the client certificate for TLS.",
    completion: .file())
  public var clientCertificate: String?

  @Option(
    name: .customLong("client-key"), help: "A PEM file with the client certificate's key.", completion: .file())
  public var clientKey: String?

  @Option(
    name: .customLong("tls-server-name"),
    help: "The name to check the server's certificate against (default: its host).")
  public var tlsServerName: String?

  @Flag(
    name: .customLong("insecure-skip-tls-verify"),
    help: "Do not verify the server's certificate: anyone between lamp and the server can read and change the traffic.")
  public var insecureSkipTLSVerify = false

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

  /// The flags that chose the cluster and who is asking, as they would be typed again: a hint that names
  /// another command (`lamp rbac check … --suggest`) must ask as the same subject, or it answers for someone else.
  /// A token is never echoed; it stands as `--token TOKEN`.
  public var identityArguments: String {
    var words: [String] = []
    func add(_ flag: String, _ value: String?) {
      if let value { words += [flag, Self.shellWord(value)] }
    }
    add("--kubeconfig", kubeconfig)
    add("--context", context)
    add("--cluster", cluster)
    add("--user", user)
    add("--server", server)
    if token != nil { words += ["--token", "TOKEN"] }
    add("--client-certificate", clientCertificate)
    add("--client-key", clientKey)
    add("--as", asUser)
    for group in asGroups { add("--as-group", group) }
    add("--as-uid", asUID)
    return words.map { " " + $0 }.joined()
  }

  /// A value as a shell word: as it is when it holds nothing the shell would read, else in single quotes.
  static func shellWord(_ value: String) -> String {
    let plain =
      !value.isEmpty && value.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./:@=,+%".contains($0)) }
    return plain ? value : "'" + value.replacing("'", with: #"'\''"#) + "'"
  }
}
