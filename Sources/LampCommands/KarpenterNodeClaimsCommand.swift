import ArgumentParser
import AutoscaleFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp karpenter nodeclaims`: every NodeClaim's pool, instance, node and launch or disruption state.
struct KarpenterNodeClaimsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "nodeclaims",
      abstract: "Show NodeClaims: pool, instance type, capacity type, zone, node, readiness and state.",
      discussion: """
        STATE is how far the launch got (Launching, Launched, Registered, Initialized, Terminating), then the \
        true disruption conditions with their reason (Drifted (AMIDrift), Empty, Consolidatable, Disrupting) and \
        why a launch is stuck (not Registered: NodeNotFound). -o wide adds NODECLASS, IMAGE ID and PROVIDER ID \
        (kubectl's wide columns). NodeClaims are cluster-scoped: -n and -A are accepted and ignored, as kubectl \
        does.

        JSON and YAML: apiVersion lamp/v1, kind NodeClaimList, karpenterVersion, items [{name, nodePool, \
        nodeClass, instanceType, capacityType, zone, node, ready, created, phase, flags, imageID, providerID}], \
        warnings.

        EXAMPLES:
          \(name) karpenter nodeclaims
          \(name) karpenter nodeclaims --nodepool spot
          \(name) karpenter nodeclaims -l karpenter.sh/capacity-type=spot -o wide
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var clusterScope: ClusterScopeOption

  @Option(name: [.customShort("l"), .customLong("selector")], help: "Only NodeClaims with these labels.")
  var selector: String?

  @Option(name: .customLong("nodepool"), help: "Only NodeClaims of this NodePool.")
  var nodePool: String?

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let selector = try LabelSelectorOption.validated(selector)
    let session = try await ClusterSession.connect(global)
    let query = KarpenterQuery(client: session.client, discovery: session.discovery)
    let snapshot = try await query.snapshot([.nodeClaims], main: .nodeClaims, labelSelector: selector)
    let items = NodeClaimList.summaries(snapshot.nodeClaims ?? [], nodePool: nodePool)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      let list = NodeClaimList(karpenterVersion: snapshot.apiVersion, items: items, warnings: snapshot.warnings)
      try printer.document(list, format: format)
      return
    }
    for warning in snapshot.warnings { environment.stderr.write("warning: \(warning)\n") }
    if items.isEmpty {
      environment.stderr.write("No NodeClaims found.\n")
      return
    }
    printer.table(
      NodeClaimTable(now: environment.now()).table(items), format: format, noHeaders: outputOptions.noHeaders)
  }
}
