/// What `lamp contexts` shows: every merged context sorted by name, and which files were read.
public struct KubeconfigView: Sendable, Equatable {
  /// One context row.
  public struct Context: Sendable, Equatable {
    public var name: String
    public var cluster: String?
    public var user: String?
    public var namespace: String?
    public var isCurrent: Bool

    public init(name: String, cluster: String?, user: String?, namespace: String?, isCurrent: Bool) {
      self.name = name
      self.cluster = cluster
      self.user = user
      self.namespace = namespace
      self.isCurrent = isCurrent
    }
  }

  /// Sorted by name.
  public var contexts: [Context]
  /// `--context` if given, else the merged `current-context`.
  public var currentContext: String?
  /// Sorted names of the merged clusters and users.
  public var clusters: [String]
  public var users: [String]
  /// The files that were read, in precedence order.
  public var files: [String]

  init(_ kubeconfig: Kubeconfig, selectedContext: String?) {
    let current = selectedContext ?? kubeconfig.currentContext
    currentContext = current
    contexts = kubeconfig.contexts.keys.sorted().compactMap { name in
      guard let context = kubeconfig.contexts[name] else { return nil }
      return Context(
        name: name, cluster: context.cluster.nonEmptyValue, user: context.user.nonEmptyValue,
        namespace: context.namespace.nonEmptyValue, isCurrent: name == current)
    }
    clusters = kubeconfig.clusters.keys.sorted()
    users = kubeconfig.users.keys.sorted()
    files = kubeconfig.files
  }
}
