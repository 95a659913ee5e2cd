import ArgumentParser
import AutoscaleFeature
import Formatters
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp keda scaled [NAME]`: every ScaledObject and ScaledJob with its state, or one in detail.
struct KedaScaledCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "scaled",
      abstract: "Show ScaledObjects and ScaledJobs: target, bounds, current replicas, triggers and state.",
      discussion: """
        All namespaces unless -n is given (-A is accepted). STATE is one of Active, Idle (inactive and not at \
        zero: at its minimum once KEDA has scaled it down, or its replicas unknown), Idle at zero, Paused at N \
        (annotation autoscaling.keda.sh/paused or paused-replicas), Fallback to N, or Error (Ready=False: a \
        failing scaler or an invalid spec; or a target that is missing, or not scalable because its kind has no \
        /scale subresource, such as a DaemonSet; both also before KEDA has written a status). CURRENT \
        is the target's live replicas (running jobs for a ScaledJob). -o wide adds the HPA, its metrics \
        (current/target) and per-trigger health with failure counts.

        With NAME (and -n): the detail view: target, bounds, current and desired replicas, every trigger with \
        its metadata (credentials redacted: passwords, tokens, keys, connection strings, URL passwords, \
        Bearer/Basic values, credential headers in customHeaders) and authentication (what it reads), \
        conditions, the HPA's metrics and conditions, and the last events.

        JSON and YAML: apiVersion lamp/v1, kind ScaledList, namespace, items [{namespace, name, kind, target, \
        targetMissing, targetUnscalable, min, max, current, desired, triggers [{type, name, authentication}], state, \
        stateReplicas, ready, readyReason, created, hpa, metrics [{name, current, target}], health [{metric, \
        status, failures}]}], warnings. With NAME: kind ScaledDetail, summary, triggers [{type, name, metadata, \
        authenticationRef, authentication, authenticationProblem (not found, or unknown when it may not be \
        listed)}], conditions, hpaConditions, events (absent when they may not be listed), warnings. With NAME, \
        only the Secrets its own triggers' authentications name are read.

        EXAMPLES:
          \(name) keda scaled
          \(name) keda scaled --state error,paused
          \(name) keda scaled -n shop -o wide
          \(name) keda scaled orders-consumer-scaler -n shop
        """)
  }

  @OptionGroup var global: GlobalOptions
  @OptionGroup var outputOptions: OutputOptions
  @OptionGroup var allNamespaces: AllNamespacesOption

  @Argument(help: "A ScaledObject or ScaledJob to show in detail.")
  var name: String?

  @Option(
    name: .customLong("state"),
    help: "Only this state: active, idle, zero, paused, fallback or error (repeatable, comma-separated).")
  var states: [String] = []

  @OptionGroup var keda: KedaNamespaceOption

  func validatedStates() throws -> Set<ScaledState> {
    var result: Set<ScaledState> = []
    for text in states.flatMap({ $0.split(separator: ",", omittingEmptySubsequences: false) }).map(String.init) {
      guard let state = ScaledState(filter: text) else {
        throw CommandError.usage(
          "invalid --state \"\(text)\" (one of: \(ScaledState.filterNames.joined(separator: ", ")))")
      }
      result.insert(state)
    }
    return result
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try outputOptions.format()
    let filter = try validatedStates()
    if name != nil && !filter.isEmpty { throw CommandError.usage("--state cannot be combined with NAME") }
    if name != nil && allNamespaces.allNamespaces {
      throw CommandError.usage("NAME cannot be looked up in all namespaces (-A); give its namespace with -n")
    }
    let session = try await ClusterSession.connect(global)
    let query = KedaQuery(client: session.client, discovery: session.discovery)
    let printer = Printer(environment)
    if let name {
      try await detail(name, session: session, query: query, printer: printer, format: format)
      return
    }
    let namespace = allNamespaces.namespace(global, session: session)
    let snapshot = try await query.snapshot(.scaling, namespace: namespace)
    let items = ScaledSummarizer.summaries(snapshot).filter { filter.isEmpty || filter.contains($0.state) }
    if format == .json || format == .yaml {
      try printer.document(ScaledList(namespace: namespace, items: items, warnings: snapshot.warnings), format: format)
      return
    }
    for warning in snapshot.warnings { environment.stderr.write("warning: \(warning)\n") }
    if items.isEmpty {
      environment.stderr.write("No ScaledObjects or ScaledJobs found.\n")
      return
    }
    printer.table(ScaledTable(now: environment.now()).table(items), format: format, noHeaders: outputOptions.noHeaders)
  }

  func detail(
    _ name: String, session: ClusterSession, query: KedaQuery, printer: Printer, format: OutputFormat
  ) async throws {
    let environment = LampEnvironment.current
    let namespace = session.namespace
    let snapshot = try await query.snapshot([.scaling, .authentications], namespace: namespace)
    // Only the Secrets this object's triggers read through their authentications: reading every Secret that
    // any authentication names would fetch values (and leave audit entries) for nothing shown here.
    let used = snapshot.authentications(usedBy: name, namespace: namespace)
    let references = used.flatMap { AuthSummary.secretReferences($0, kedaNamespace: keda.name) }
    async let secrets = query.checkSecrets(Set(references))
    async let events = Self.events(session: session, namespace: namespace)
    let (secretChecks, eventList) = try await (secrets, events)
    let warnings =
      snapshot.warnings + [secretChecks.warning].compactMap { $0 }
      + (eventList == nil
        ? [ResourceKind.events.missingListPermission(namespace: namespace, consequence: "events are not shown")] : [])
    guard
      let detail = ScaledDetail(
        name: name, namespace: namespace, snapshot: snapshot, secrets: secretChecks, events: eventList,
        kedaNamespace: keda.name, warnings: warnings.sorted())
    else {
      throw AutoscaleError.scaledNotFound(name: name, namespace: namespace)
    }
    if format == .json || format == .yaml {
      try printer.document(detail, format: format)
      return
    }
    for warning in detail.warnings { environment.stderr.write("warning: \(warning)\n") }
    environment.stdout.write(ScaledDetailText(now: environment.now()).render(detail))
  }

  /// The namespace's core/v1 events; nil when they may not be read.
  static func events(session: ClusterSession, namespace: String) async throws -> [ClusterEvent]? {
    do {
      let list = try await session.client.resource(.events, as: Event.self, namespace: namespace).list()
      return list.items.map(ClusterEvent.init)
    } catch let error as KubeError where error.isForbidden {
      return nil
    }
  }
}
