import ArgumentParser
import AutoscaleFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp karpenter nodepools`: every NodePool's nodes, usage against limits, real fill and disruption settings.
struct KarpenterNodePoolsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "nodepools",
      abstract: "Show NodePools: node class, nodes, cpu and memory against limits, requested fill, disruption.",
      discussion: """
        NODES are the pool's ready nodes against its nodes and NodeClaims (without list nodes, the NodeClaims \
        whose Ready condition is True). CPU and MEMORY are status.resources against spec.limits (∞ without a \
        limit), REQUESTED the pod \
        requests on the pool's nodes against their allocatable. READY shows the failing condition's reason. \
        -o wide adds OTHER LIMITS (nodes, GPUs, ... against their limits), PODS, and the CAPACITY TYPES, ZONES, \
        ARCH and FAMILIES allowed by the requirements. NodePools are \
        cluster-scoped: -n and -A are accepted and ignored, as kubectl does.

        JSON and YAML: apiVersion lamp/v1, kind NodePoolList, karpenterVersion, items [{name, nodeClass {group, \
        kind, name, ready}, nodes {ready, total}, resources {cpu|memory|…: {used, limit, percent}}, requested \
        {cpu, memory: {used, limit, percent}}, pods, weight, disruption {consolidationPolicy, consolidateAfter, \
        budgets}, ready {status, reason, message}, created, allowed {capacityTypes, zones, architectures, \
        instanceFamilies}}], warnings.

        EXAMPLES:
          \(name) karpenter nodepools
          \(name) karpenter nodepools -o wide
          \(name) karpenter nodepools -o json |
            jq '.items[] | select(.resources.cpu.percent >= 90) | .name'
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var clusterScope: ClusterScopeOption

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let session = try await ClusterSession.connect(global)
    let query = KarpenterQuery(client: session.client, discovery: session.discovery)
    let snapshot = try await query.snapshot([.nodePools, .nodeClaims, .nodes, .pods, .nodeClasses])
    let items = NodePoolSummarizer.summaries(snapshot)
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      let list = NodePoolList(karpenterVersion: snapshot.apiVersion, items: items, warnings: snapshot.warnings)
      try printer.document(list, format: format)
      return
    }
    for warning in snapshot.warnings { environment.stderr.write("warning: \(warning)\n") }
    if items.isEmpty {
      environment.stderr.write("No NodePools found.\n")
      return
    }
    printer.table(
      NodePoolTable(now: environment.now()).table(items), format: format, noHeaders: outputOptions.noHeaders)
  }
}
