import ArgumentParser

/// `-A/--all-namespaces` on the commands that read cluster-scoped objects only (`lamp karpenter nodepools`,
/// `lamp karpenter nodeclaims`): accepted and ignored, as kubectl does for cluster-scoped kinds, so that a habit
/// does not become a usage error. Hidden from help, since it changes nothing.
struct ClusterScopeOption: ParsableArguments {
  @Flag(
    name: [.customShort("A"), .customLong("all-namespaces")],
    help: ArgumentHelp("Accepted and ignored: the objects are cluster-scoped.", visibility: .hidden))
  var allNamespaces = false
}
