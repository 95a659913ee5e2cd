import ArgumentParser
import AutoscaleFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp karpenter pending`: pods waiting for capacity and which NodePools could serve them.
struct KarpenterPendingCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "pending",
      abstract: "Show pods waiting for capacity and which NodePools could (or could not) serve each.",
      discussion: """
        Uses the pending classification of \(name) events. For each unschedulable pod, CAN SERVE lists the \
        NodePools whose requirements, taints and limits allow a node for it (with what is left under their \
        limits); WHY NOT says why the others cannot (e.g. no NodePool allows kubernetes.io/arch=arm64, \
        default: at cpu limit 16/16, a node class that is missing or not ready, instance categories without the \
        GPUs it asks for, an extended resource no instance type carries, instance-cpu or instance-memory \
        requirements whose largest node holds less than the pod requests). A pod Karpenter has nominated a \
        NodeClaim for reads nominated: nodeclaim/NAME: its node is on the way, unless that NodeClaim is gone; a \
        pod the scheduler has nominated a node for waits there for the pods it preempts to leave. Pods blocked by \
        volumes or held by scheduling gates are left to \(name) events. All \
        namespaces unless -n is given (-A is accepted). When NodePools cannot be listed, CAN SERVE and WHY NOT \
        show ? (JSON leaves out fits and blocked); when pods cannot be listed, it exits 1.

        JSON and YAML: apiVersion lamp/v1, kind CapacityReport, items [{namespace, name, reason, explanation, \
        since, pendingSeconds, requests, summary, nominated, fits [{nodePool, limitsLeft}], blocked [{nodePool, \
        fits, reasons}]}], warnings.

        EXAMPLES:
          \(name) karpenter pending
          \(name) karpenter pending -n shop -o wide
          \(name) karpenter pending -o json
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var allNamespaces: AllNamespacesOption

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let session = try await ClusterSession.connect(global)
    let query = KarpenterQuery(client: session.client, discovery: session.discovery)
    let report = try await query.capacityReport(
      namespace: allNamespaces.namespace(global, session: session), now: environment.now())
    let printer = Printer(environment)
    if format == .json || format == .yaml {
      try printer.document(report, format: format)
      return
    }
    for warning in report.warnings { environment.stderr.write("warning: \(warning)\n") }
    if report.items.isEmpty {
      environment.stderr.write("No pods are waiting for capacity.\n")
      return
    }
    printer.table(CapacityTable().table(report), format: format, noHeaders: outputOptions.noHeaders)
  }
}
