import EventsFeature
import Formatters
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The parts of `lamp events` after flag parsing: fetch, shape, print, check, watch and wait.
struct EventsRun {
  let command: EventsCommand
  let settings: EventsCommand.Settings
  let environment: LampEnvironment
  let namespace: String?

  init(command: EventsCommand, settings: EventsCommand.Settings, environment: LampEnvironment, namespace: String?) {
    self.command = command
    self.settings = settings
    self.environment = environment
    self.namespace = namespace
  }

  /// Runs the query as of now (the environment's clock, read each time: `--wait` polls), turning `--for` mistakes
  /// into usage errors.
  func fetch(_ query: EventsQuery, _ options: EventsQuery.Options) async throws -> EventsQuery.Result {
    var options = options
    options.now = environment.now()
    do {
      return try await query.run(options)
    } catch let error as EventsFeatureError {
      if error.isTargetNotFound { throw CommandError(error.description) }
      throw CommandError.usage(error.description)
    }
  }

  func filter(_ scope: ObjectScope?) -> EventFilter {
    EventFilter(
      types: settings.types, reasons: settings.reasons,
      since: settings.since.map { environment.now().addingTimeInterval(-$0) }, scope: scope)
  }

  /// The report of one fetch. Only `--watch` needs `EventsMonitor`'s memory of what was shown.
  func report(_ result: EventsQuery.Result) async -> EventReport {
    let filter = filter(result.scope)
    var events: EventReport.Items = []
    // --pending-only shows no events: they are read for the classifier, never ordered.
    if !command.pendingOnly {
      events = await result.orderedEvents?.value ?? EventReport.Items(showing: result.snapshot.events, filter: filter)
    }
    // The query classified the pods beside the ordering, unless asked for events alone (`EventsCommand.eventsOnly`).
    let findings = await result.findings?.value ?? []
    return EventReport(
      namespace: namespace, findings: findings, events: events, filter: filter, warnings: result.warnings,
      now: environment.now())
  }

  /// Applies --pending-only / --no-pending.
  func shaped(_ report: EventReport) -> EventReport {
    var report = report
    if command.pendingOnly { report.events = [] }
    if command.noPending { report.pending = [] }
    return report
  }

  var tableBuilder: EventReportTable {
    EventReportTable(
      showNamespace: namespace == nil, now: environment.now(), width: environment.terminalWidth,
      wide: settings.format == .wide)
  }

  /// Where a report looked, for the line that says it found nothing: ` in namespace "shop"`, ` for node/x` (a
  /// cluster-scoped target's events are read in `default`, whatever -n says), ` for pod/web in namespace "shop"`.
  func place(of result: EventsQuery.Result) -> String {
    let inNamespace = namespace.map { " in namespace \"\($0)\"" } ?? ""
    guard let target = settings.target else { return inNamespace }
    return " for \(target.kind)/\(target.name)" + (result.targetIsClusterScoped ? "" : inNamespace)
  }

  /// When nothing could be read (neither events nor pods may be listed), an error after the warnings that name
  /// the missing permissions: an empty report would read as a clear one.
  func requireSomethingRead(_ result: EventsQuery.Result) throws {
    guard !result.eventsListed && !result.podsListed else { return }
    for warning in result.warnings { environment.stderr.write("warning: \(warning)\n") }
    // A check says which of its own it cannot make.
    if settings.failThreshold != nil { throw Self.cannotCheck("--fail-if-pending", namespace: namespace) }
    throw CommandError.nothingReadable(namespace: namespace)
  }

  /// Warnings to stderr, then the report in the chosen format. An empty table is one line on stderr saying what
  /// was not found `place` (none when nil: a timed-out `--wait`'s own line says it).
  func print(_ report: EventReport, place: String?) throws {
    for warning in report.warnings { environment.stderr.write("warning: \(warning)\n") }
    let printer = Printer(environment)
    switch settings.format {
    case .json where command.watch:
      environment.stdout.write(try JSONRenderer.renderLine(report))
    case .json:
      report.writeJSON { environment.stdout.write($0) }
    case .yaml:
      try printer.document(report, format: settings.format)
    default:
      if report.pending.isEmpty && report.events.isEmpty {
        guard let place else { return }
        // Only what was asked for: --no-pending did not look for pending pods.
        let what =
          command.noPending ? "No events" : command.pendingOnly ? "No pending pods" : "No pending pods and no events"
        environment.stderr.write("\(what) found\(place).\n")
        return
      }
      let renderer = TableRenderer(
        wide: settings.format == .wide, showHeaders: !command.outputOptions.noHeaders, style: printer.style)
      tableBuilder.write(report, renderer: renderer) { environment.stdout.write($0) }
    }
  }

  /// `--fail-if-pending`: exit 3 when something has been stuck long enough.
  func check(_ report: EventReport, podsListed: Bool) throws {
    guard let threshold = settings.failThreshold else { return }
    if !podsListed { throw Self.cannotCheck("--fail-if-pending", namespace: namespace) }
    let stuck = report.pending.filter { Double($0.pendingSeconds) >= threshold }
    guard !stuck.isEmpty else { return }
    let noun = stuck.count == 1 ? "1 pod or workload is" : "\(stuck.count) pods or workloads are"
    environment.stderr.write("check failed: \(noun) pending for at least \(Age.format(threshold))\n")
    throw CheckFailed()
  }

  /// What `--watch`'s table rows line up with: how each section printed so far was laid out (nil: not printed
  /// yet, so its first row brings its title and header), and which section the last row printed is in.
  struct WatchLayout {
    var pending: EventReportTable.SectionLayout?
    var events: EventReportTable.SectionLayout?
    var lastSection: String?
  }

  /// The layout of the report `--watch` printed first.
  func layout(of report: EventReport) -> WatchLayout {
    let renderer = TableRenderer(wide: settings.format == .wide, showHeaders: !command.outputOptions.noHeaders)
    let (pending, events) = tableBuilder.layouts(report, renderer: renderer)
    let last = events != nil ? "EVENTS" : pending != nil ? "PENDING" : nil
    return WatchLayout(pending: pending, events: events, lastSection: last)
  }

  /// `--watch`: prints a row per change until cancelled (Ctrl-C exits 0).
  func follow(
    query: EventsQuery, options: EventsQuery.Options, eventsAPI: String, eventsNamespace: String?,
    monitor: inout EventsMonitor, layout: inout WatchLayout
  ) async throws {
    let interrupt = InterruptHandler.install()
    defer { interrupt.remove() }
    let style = Printer(environment).style
    // Nobody can read what follows (stdout closed or full); the caller reports why.
    if environment.stdout.hasFailed { return }
    for try await change in query.watch(options, eventsAPI: eventsAPI, eventsNamespace: eventsNamespace) {
      for row in monitor.apply(change, now: environment.now()) {
        switch (row, command.pendingOnly, command.noPending) {
        case (.event, true, _), (.pending, _, true), (.resolved, _, true): continue
        default: break
        }
        if settings.format == .json {
          environment.stdout.write(try JSONRenderer.renderLine(row))
        } else if settings.format == .yaml {
          environment.stdout.write("---\n" + (try YAMLRenderer.render(row)))
        } else {
          // A builder of this moment's: ages count from when the row is printed.
          environment.stdout.write(line(row, builder: tableBuilder, style: style, layout: &layout))
        }
      }
      if environment.stdout.hasFailed { return }
    }
  }

  /// One watch row, in its section's columns as printed so far; the first row of a section not printed yet
  /// brings the section's title and header, as the report would have shown them, and so does a row whose section
  /// is not the one printed last (a pod pending after new events), lined up with the section as printed before.
  func line(_ row: EventReportChange, builder: EventReportTable, style: TerminalStyle, layout: inout WatchLayout)
    -> String
  {
    var table: Table
    var status: Health?
    var cells: [String]
    switch row {
    case .event(let item):
      table = Table(columns: builder.eventColumns)
      cells = builder.eventCells(item)
      status = item.type == "Warning" ? .warning : nil
    case .pending(let item):
      table = Table(columns: builder.pendingColumns)
      cells = builder.pendingCells(item)
      status = .warning
    case .resolved(let item, let deleted):
      table = Table(columns: builder.pendingColumns)
      cells = builder.pendingCells(item)
      cells[3] = deleted ? "Deleted" : "Resolved"
      cells[5] = deleted ? "deleted while pending" : "no longer pending"
      status = deleted ? nil : .ok
    }
    table.append(cells, status: status)
    let renderer = TableRenderer(
      wide: settings.format == .wide, showHeaders: !command.outputOptions.noHeaders, style: style)
    let isEvent = if case .event = row { true } else { false }
    let title = isEvent ? "EVENTS" : "PENDING"
    let (text, next) = builder.rows(
      table, title: title, following: isEvent ? layout.events : layout.pending,
      reopening: layout.lastSection != title, renderer: renderer)
    if isEvent { layout.events = next } else { layout.pending = next }
    layout.lastSection = title
    return text
  }

  /// The pods `--wait` looked for, as the command named them: `matching -l app=web`, `of deployment/web`, both
  /// when both were given (either alone would blame the wrong one for an empty scope).
  var scopeDescription: String {
    let target = settings.target.map { "of \($0.kind)/\($0.name)" }
    let selector = command.selector.map { "matching -l \($0)" }
    return [target, selector].compactMap { $0 }.joined(separator: " ")
  }

  /// A check that would pass only because the pods cannot be read: an error (exit 1), not a pass.
  static func cannotCheck(_ flag: String, namespace: String?) -> CommandError {
    CommandError(ResourceKind.pods.missingListPermission(namespace: namespace, consequence: "\(flag) cannot check"))
  }

  /// `--wait`: polls until nothing is pending, then prints the final report; exit 3 at the timeout.
  func waitUntilClear(query: EventsQuery, options: EventsQuery.Options) async throws {
    let clock = ContinuousClock()
    let deadline = clock.now + .milliseconds(Int64(settings.timeout * 1000))
    // Tests poll faster through LAMP_WAIT_INTERVAL (seconds); one out of range is ignored.
    let seconds = environment.variables["LAMP_WAIT_INTERVAL"].flatMap(Double.init).flatMap {
      (0...3600).contains($0) ? $0 : nil
    }
    let interval = Duration.milliseconds(Int64((seconds ?? 2) * 1000))
    while true {
      let result = try await fetch(query, options)
      if !result.podsListed { throw Self.cannotCheck("--wait", namespace: namespace) }
      let report = await report(result)
      let pending = report.pending
      let noPods = result.expectsPods && result.podsInScope == 0
      if pending.isEmpty && !noPods && !result.makingPods {
        try print(shaped(report), place: place(of: result))
        return
      }
      let now = clock.now
      if now >= deadline {
        try print(shaped(report), place: nil)
        let noun = pending.count == 1 ? "1 pod or workload is" : "\(pending.count) pods or workloads are"
        let state: String
        if !pending.isEmpty {
          state = "\(noun) still pending"
        } else if noPods {
          state = "no pods \(scopeDescription)"
        } else if let rollout = result.unfinishedRollout, let target = settings.target {
          state =
            "the rollout of \(target.kind)/\(target.name) has made \(rollout.updated) of \(rollout.wanted) new pods"
        } else {
          state = "pods \(scopeDescription) still being made"
        }
        environment.stderr.write("check failed: timed out after \(Age.format(settings.timeout)); \(state)\n")
        throw CheckFailed()
      }
      // The last poll falls on the deadline: a pod that clears in the last interval still counts.
      try await Task.sleep(for: min(interval, deadline - now))
    }
  }
}
