import ArgumentParser

/// `lamp karpenter`: NodePool headroom, NodeClaim states, and which pools can serve pending pods.
struct KarpenterCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "karpenter",
      abstract: "Karpenter NodePools, NodeClaims and pods waiting for capacity.",
      discussion: """
        Reads karpenter.sh/v1 (or v1beta1 when only that is served) and the node classes of every provider \
        (EC2NodeClass, EKS Auto Mode NodeClass, AKSNodeClass). Exits 1 with one line when Karpenter is not \
        installed, or when you may not list the kind a command is about (NodePools, NodeClaims, pods for \
        pending). Any other kind you may not list is left out with a note on stderr; the rest is shown.

        EXAMPLES:
          \(name) karpenter nodepools
          \(name) karpenter nodepools -o wide
          \(name) karpenter nodeclaims --nodepool spot
          \(name) karpenter pending
        """,
      subcommands: [KarpenterNodePoolsCommand.self, KarpenterNodeClaimsCommand.self, KarpenterPendingCommand.self])
  }
}
