import ArgumentParser

/// `-A/--all-namespaces` for the commands that read every namespace unless `-n` narrows them (`lamp karpenter
/// pending`, `lamp keda scaled`, `lamp keda auth`): accepted because kubectl users type it, and, as in kubectl
/// and `lamp events`, it wins over `-n`.
struct AllNamespacesOption: ParsableArguments {
  @Flag(
    name: [.customShort("A"), .customLong("all-namespaces")],
    help: "Look in all namespaces (the default unless -n is given; wins over -n).")
  var allNamespaces = false

  /// The namespace to read: nil (all) unless `-n` was given without `-A`.
  func namespace(_ global: GlobalOptions, session: ClusterSession) -> String? {
    allNamespaces || global.namespace == nil ? nil : session.namespace
  }
}
