import ArgumentParser
import ByteScanning
import EventsFeature
import Formatters
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp events`: pending pods first with the reason each is stuck, then events; exit codes for CI.
struct EventsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "events",
      abstract: "Show pending pods and why each is stuck, then events, Warnings first.",
      discussion: """
        The PENDING section lists every pod that is Pending or whose containers cannot start, longest-pending \
        first, with one reason and a one-line detail: InsufficientResources, UntoleratedTaint (naming the taint \
        and how many nodes carry it), NodeSelectorMismatch (naming the label no node has), PodAffinity, \
        TopologySpread, UnboundVolume, VolumeNodeAffinity, NodesCordoned, Unschedulable, SchedulingGated (held \
        by spec.schedulingGates until a controller removes them), NotYetScheduled, \
        ContainerCreating, ImagePull, ConfigError (naming the missing ConfigMap, Secret or key), ContainerError, \
        CrashLoop (with the last exit code and reason, e.g. OOMKilled), and FailedCreate for workloads whose \
        controller cannot create pods at all (missing ServiceAccount, exceeded quota, admission denial). When \
        Karpenter is installed, unschedulable pods also say whether any NodePool could provide a node (from \
        Karpenter's own events when NodePools cannot be listed). Without list nodes, the detail names every reason \
        the scheduler gives. Without -l or --for, only pods that can be stuck are read: the Pending ones, and the \
        running pods the kubelet has warned about (fetched by name, with get pods); when events cannot be read, \
        running pods are listed instead.

        The EVENTS section shows events (events.k8s.io/v1 when served, else core/v1) with repeats collapsed \
        into one row with a count: Warnings before Normal, newest first. -o wide adds namespace, first seen, \
        source and node. Sections without rows are left out. --for takes in the object's owners and what it owns: \
        a workload's ReplicaSets, Jobs and pods, a KEDA ScaledObject's HPA, a Karpenter NodePool's NodeClaims and \
        their Nodes, a NodeClaim's Node. An object that no longer exists (a deleted pod) is shown by the events \
        still recorded about it, with a warning; with --wait or --fail-if-pending it is an error (exit 1).

        CI MODE: --fail-if-pending[=DURATION] prints the report, then exits 3 when any pod (or workload) has been \
        stuck for at least DURATION (default: any). --wait blocks until nothing is pending (exit 0) or \
        --timeout passes (exit 3). Both honour -n, -A, -l and --for, so a deploy job can check just its workload, \
        and both see the pending pods that --no-pending hides. With -l, or --for a workload or pod, --wait also \
        waits for the pods to be made, since right after kubectl apply they may not exist yet: for at least one \
        pod (unless the workload asks for zero replicas), for the workload's controller to act on its latest \
        spec, for a Deployment's or StatefulSet's rollout to make all its new pods (as kubectl rollout status \
        counts them), and for the ReplicaSets and StatefulSets in scope to have the pods they ask for. \
        A running pod counts from when it stopped being ready or the kubelet first warned about it, whichever is \
        earlier (a crash loop is ready for a moment after each restart). When the pods cannot be listed, both \
        exit 1: no check passes on what it cannot see.

        JSON and YAML: apiVersion lamp/v1, kind EventReport, namespace, pending [{kind, namespace, name, uid, \
        reason, explanation, since, pendingSeconds, node, container, evidence, nodePools [{nodePool, fits, \
        reasons}]}], events [{namespace, type, reason, object {apiVersion, kind, name, uid, fieldPath}, count, \
        firstSeen, lastSeen, message, source, node}], warnings. With --watch, one JSON object per line: the \
        report, then {apiVersion lamp/v1, kind EventReportChange, type Event|Pending|Resolved, event|pending}, \
        with deleted: true on a Resolved pod that was deleted while pending.

        EXAMPLES:
          \(name) events -A
          \(name) events -n shop --for deployment/web
          \(name) events -A --types Warning --since 30m -o wide
          \(name) events -A --pending-only -o json
          \(name) events -n shop --watch

          # CI, after kubectl apply: wait up to 5 minutes for the web pods,
          # and fail the job if they stay stuck
          \(name) events -n shop -l app=web --wait --timeout 5m --pending-only
          # CI: fail when a pod has been pending for 10 minutes or more
          \(name) events -n shop --fail-if-pending=10m
          # CI without a kubeconfig (a token flag shows in process lists)
          \(name) events -n shop --fail-if-pending --server "$SERVER" \\
            --certificate-authority ca.crt --token "$TOKEN"
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions

  @Flag(name: [.customShort("A"), .customLong("all-namespaces")], help: "Look in all namespaces.")
  var allNamespaces = false

  @Option(
    name: .customLong("for"),
    help: ArgumentHelp(
      "Only this object and its owners and owned objects: KIND/NAME or KIND/UID. A Node's events are read in default."
    ))
  var target: String?

  @Option(name: .customLong("types"), help: "Event types to show: Warning, Normal (comma-separated).")
  var types: [String] = []

  @Option(name: .customLong("reason"), help: "Only events with this reason (repeatable, comma-separated).")
  var reasons: [String] = []

  @Option(
    name: .customLong("since"), parsing: .unconditional,
    help: "Only events seen within this duration (e.g. 30m, 2h, 500ms; 0 for all, as kubectl logs --since).")
  var since: String?

  @Option(name: [.customShort("l"), .customLong("selector")], help: "Only pods with these labels (and their events).")
  var selector: String?

  @Flag(name: .customLong("pending-only"), help: "Show only the PENDING section.")
  var pendingOnly = false

  @Flag(
    name: .customLong("no-pending"), help: "Show only events (and, without a check, -l or --for, read only events).")
  var noPending = false

  @Flag(
    name: [.customShort("w"), .customLong("watch")], help: "After the report, print new events and pending changes.")
  var watch = false

  @Option(
    name: .customLong("fail-if-pending"),
    help: ArgumentHelp(
      "Exit 3 after the report when something has been pending at least this long (alone: any).",
      valueName: "duration"))
  var failIfPending: String?

  @Flag(name: .customLong("wait"), help: "Wait until nothing is pending (exit 0), or exit 3 at --timeout.")
  var wait = false

  @Option(name: .customLong("timeout"), parsing: .unconditional, help: "How long --wait waits (default 10m).")
  var timeout: String?

  /// Flags checked before any request.
  struct Settings {
    var format: OutputFormat
    var target: EventsTarget?
    var since: TimeInterval?
    var failThreshold: TimeInterval?
    var timeout: TimeInterval
    var types: [String]
    var reasons: [String]
  }

  func validated() throws -> Settings {
    let format = try outputOptions.format()
    if pendingOnly && noPending { throw CommandError.usage("--pending-only and --no-pending cannot be combined") }
    if watch && wait { throw CommandError.usage("--watch and --wait cannot be combined") }
    if watch && failIfPending != nil {
      throw CommandError.usage("--fail-if-pending checks one report and cannot be combined with --watch")
    }
    if timeout != nil && !wait { throw CommandError.usage("--timeout applies to --wait") }
    var target: EventsTarget? = nil
    if let text = self.target {
      do {
        target = try EventsTarget.parse(text)
      } catch {
        throw CommandError.usage(error.description)
      }
    }
    _ = try LabelSelectorOption.validated(selector)
    let types = Self.split(self.types)
    for type in types where !["warning", "normal"].contains(type.lowercased()) {
      throw CommandError.usage("invalid --types value \"\(type)\" (one of: Warning, Normal)")
    }
    return Settings(
      format: format, target: target,
      since: try since.map { try Self.duration($0, flag: "--since") }.flatMap { $0 > 0 ? $0 : nil },
      failThreshold: try failIfPending.map { try Self.duration($0, flag: "--fail-if-pending") },
      timeout: try Self.duration(timeout ?? "10m", flag: "--timeout"), types: types, reasons: Self.split(reasons))
  }

  static func split(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }.filter {
      !$0.isEmpty
    }
  }

  static func duration(_ text: String, flag: String) throws -> TimeInterval {
    do {
      return try Age.parseDuration(text)
    } catch {
      throw CommandError.usage("invalid \(flag) duration \"\(text)\" (e.g. 30s, 10m, 2h)")
    }
  }

  /// Events alone: --no-pending with nothing else that reads the pods (a check, or the scope of -l or --for).
  var eventsOnly: Bool { noPending && failIfPending == nil && !wait && target == nil && selector == nil }

  func run() async throws {
    let settings = try validated()
    let environment = LampEnvironment.current
    let session = try await ClusterSession.connect(global)
    let namespace = allNamespaces ? nil : session.namespace
    let query = EventsQuery(client: session.client, discovery: session.discovery)
    let run = EventsRun(command: self, settings: settings, environment: environment, namespace: namespace)
    // A single report without --for or -l has a filter that does not depend on what is fetched (nor, unlike
    // --wait's repeated ones, on when), so the events can be ordered while pods are still being fetched.
    let orderEarly = settings.target == nil && selector == nil && !watch && !wait && !pendingOnly
    var options = EventsQuery.Options(
      namespace: namespace, labelSelector: selector, target: settings.target, triagePods: true,
      readsPods: !eventsOnly, readsEventIdentity: watch, ordering: orderEarly ? run.filter(nil) : nil,
      classifies: !watch && !eventsOnly)
    // A check on a --for object that does not exist fails instead: it would pass on nothing.
    options.showsGoneTarget = failIfPending == nil && !wait

    if wait {
      try await run.waitUntilClear(query: query, options: options)
      return
    }
    let result = try await run.fetch(query, options)
    try run.requireSomethingRead(result)
    guard watch else {
      let report = await run.report(result)
      // The fetched pods and nodes too: freeing them object by object held up printing by 3-5 ms.
      defer { KeptUntilExit.process.keep((report, result)) }
      try run.print(run.shaped(report), place: run.place(of: result))
      // The check sees every pending pod, --no-pending or not: that flag shapes what is printed.
      try run.check(report, podsListed: result.podsListed)
      return
    }
    var monitor = EventsMonitor(
      snapshot: result.snapshot, filter: run.filter(result.scope), scopeRule: result.scopeRule)
    let initial = run.shaped(monitor.report(namespace: namespace, warnings: result.warnings, now: environment.now()))
    try run.print(initial, place: run.place(of: result))
    var layout = run.layout(of: initial)
    try await run.follow(
      query: query, options: options, eventsAPI: result.eventsAPI, eventsNamespace: result.eventsNamespace,
      monitor: &monitor, layout: &layout)
  }
}
