import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Fetches what `lamp events` needs, concurrently and in few round trips: pods, events (events.k8s.io/v1 when
/// served, else core/v1), nodes, Karpenter NodePools when their CRD is served, and, only when needed, ReplicaSets
/// and Jobs (owner chains for `--for`, `-l` and FailedCreate), and what a `--for` ScaledObject or NodePool owns
/// (`EventsQuery+OwnedObjects`). A kind the user may not list becomes a warning naming the missing permission,
/// and the rest is still shown.
public struct EventsQuery: Sendable {
  public let client: KubeClient
  public let discovery: Discovery

  public init(client: KubeClient, discovery: Discovery) {
    self.client = client
    self.discovery = discovery
  }

  /// What to fetch.
  public struct Options: Sendable {
    /// nil: all namespaces.
    public var namespace: String?
    /// `-l`: which pods.
    public var labelSelector: String?
    /// `--for`.
    public var target: EventsTarget?
    /// Read only what the pending classification needs, much faster on large clusters: unscoped, only the pods
    /// that may be stuck (see `EventsQuery+StuckPods`); with `-l` or `--for`, every pod in scope, but the spec and
    /// full status only of those that may be stuck (`TriagedPod`). Callers that analyse every pod leave it off.
    public var triagePods: Bool

    /// Read pods, nodes and NodePools (and the workloads of FailedCreate events): what the pending classification
    /// and the `-l`/`--for` scopes read. Off for events alone (`--no-pending` with no check): one list instead
    /// of four, and no pod fetched by name.
    public var readsPods: Bool

    /// Read each event's own name, uid and resourceVersion. A watch needs them to tell events apart; a report
    /// neither shows nor orders by them, and they cost two strings for each of tens of thousands of events.
    public var readsEventIdentity: Bool

    /// Collapse the events and put them in display order with this filter (which must not depend on the
    /// fetched objects: no scope) as soon as they are read, while the pods they name are still being fetched.
    public var ordering: EventFilter?

    /// Classify the pods as they are read (`Result.findings`): unscoped, the Pending ones while the crash-looping
    /// ones are still being fetched.
    public var classifies: Bool

    /// The command's clock, for the snapshot (`ClusterSnapshot.now`).
    public var now: Date?

    /// A `--for` object that does not exist (a deleted pod) is shown by the events still recorded about it, with
    /// a warning, as `kubectl events --for` shows them, instead of being an error. Checks leave it off: a scope
    /// that names nothing must not pass them.
    public var showsGoneTarget = false

    /// Unscoped triage: the snapshot holds only pods that may be stuck.
    var readsStuckPodsOnly: Bool { readsPods && triagePods && target == nil && labelSelector == nil }

    public init(
      namespace: String?, labelSelector: String? = nil, target: EventsTarget? = nil, triagePods: Bool = false,
      readsPods: Bool = true, readsEventIdentity: Bool = true, ordering: EventFilter? = nil, classifies: Bool = false,
      now: Date? = nil
    ) {
      self.now = now
      self.namespace = namespace
      self.labelSelector = labelSelector
      self.target = target
      self.triagePods = triagePods
      self.readsPods = readsPods
      self.readsEventIdentity = readsEventIdentity
      self.ordering = ordering
      self.classifies = classifies
    }
  }

  /// How far a rollout has come: the pods made from the latest template, and how many it will make.
  public struct Rollout: Sendable, Hashable {
    public var updated: Int
    public var wanted: Int
  }

  /// The fetched data, the scope of `--for`/`-l`, and what could not be read.
  public struct Result: Sendable {
    public var snapshot: ClusterSnapshot
    public var scope: ObjectScope?
    /// How `scope` was made, for `--watch` to widen it as pods appear.
    public var scopeRule: ScopeRule?
    public var warnings: [String]
    /// Whether the pods could be listed: when not (403), the snapshot holds none, which does not mean there are
    /// none, and no check may pass on it.
    public var podsListed = true
    /// Whether the events could be listed: when not (403), the report shows none.
    public var eventsListed = true
    /// Which events API was read: `events.k8s.io/v1` or `v1`.
    public var eventsAPI: String
    /// The namespace the events were read in: `default` for a cluster-scoped `--for` target, nil for all.
    public var eventsNamespace: String?
    /// Whether `--for` named a cluster-scoped object (a Node, a NodePool), which no namespace holds.
    public var targetIsClusterScoped = false
    /// The events in display order, when the options asked for an ordering: still being worked out when `run`
    /// returns, so that the pods can be classified beside it.
    public var orderedEvents: Task<EventReport.Items, Never>?
    /// The snapshot's findings (`PendingClassifier.classify`), when the options asked for them: still being
    /// worked out when `run` returns.
    public var findings: Task<[PendingFinding], Never>?
    /// Whether the scope stands for pods that should exist: `-l` selects pods, and a `--for` workload (or pod)
    /// has them unless it asks for zero replicas. A scope without any is not yet clear to `--wait`: right after
    /// `kubectl apply`, the pods of a new workload are still being made.
    public var expectsPods = false

    /// Whether pods in scope are still being made: the `--for` target's controller has not acted on its latest
    /// spec, its rollout has new pods still to make, or a ReplicaSet or StatefulSet in scope has fewer pods than
    /// it asks for. `--wait` is not clear until they exist.
    public var makingPods = false

    /// The `--for` target's rollout, while it still has new pods to make (`TargetObject.unfinishedRollout`).
    public var unfinishedRollout: Rollout?
    /// How many of the snapshot's pods are in the `--for`/`-l` scope; nil without one.
    public var podsInScope: Int? {
      scope.map { scope in
        snapshot.pods.count {
          scope.contains(
            kind: "Pod", namespace: $0.metadata.namespace ?? "", name: $0.metadata.name, uid: $0.metadata.uid)
        }
      }
    }
  }

  /// One list, or the warning explaining why it could not be read.
  struct Fetched<Item: Sendable>: Sendable {
    var items: [Item]?
    var warning: String?
  }

  /// Resolves `--for`'s kind through discovery (`po`, `deploy`, `deployments.apps`, `nodepool`).
  public func resolve(_ target: EventsTarget) async throws -> APIResourceInfo {
    guard let info = try await discovery.resolve(target.kind).first else {
      throw EventsFeatureError.unknownKind(target.kind)
    }
    return info
  }

  /// Runs the query.
  public func run(_ options: Options) async throws -> Result {
    let namespace = options.namespace
    let resolvedTarget: APIResourceInfo?
    if let target = options.target { resolvedTarget = try await resolve(target) } else { resolvedTarget = nil }
    let targetKind = resolvedTarget?.kind
    // Events about a cluster-scoped object (a Node, a NodePool) are recorded in `default`, whatever -n names.
    let eventsNamespace = namespace != nil && resolvedTarget?.resourceKind.namespaced == false ? "default" : namespace
    // Unscoped, running pods that may be stuck are fetched by name while the events naming them still arrive.
    let (warnedNames, warnedFeed) = AsyncStream.makeStream(of: [PodName].self)
    let feed = options.readsStuckPodsOnly ? warnedFeed : nil
    if feed == nil { warnedFeed.finish() }
    // The pods listed are named to the fetches as soon as they are in: a warned pod that is Pending (an image that
    // cannot be pulled) is in the list already.
    let (listedNames, listedFeed) = AsyncStream.makeStream(of: Set<PodName>.self)
    if !options.readsPods { listedFeed.finish() }
    async let warnedPods = fetchPods(named: warnedNames, skipping: listedNames)
    async let podsResult = options.readsPods ? pods(options, naming: listedFeed) : Fetched(items: nil)
    async let nodesResult = options.readsPods ? list(.nodes, Node.self, namespace: nil) : Fetched(items: nil)
    // The keys serve the ordering and the index of events by pod alike (`--pending-only` orders nothing).
    async let eventsResult = events(
      namespace: eventsNamespace, identity: options.readsEventIdentity, warned: feed,
      keyed: options.ordering != nil || options.readsStuckPodsOnly)
    async let poolsResult = options.readsPods ? nodePoolsAndClasses() : NodePoolsRead()
    async let targetObject = object(resolvedTarget, name: options.target?.name ?? "", namespace: namespace)
    let keyedEvents = try await eventsResult
    let (events, eventsAPI) = (keyedEvents.fetched, keyedEvents.api)
    warnedFeed.finish()
    // Ordering the events and indexing them for the classifier need no more than what is read by now: both run
    // while the pods the events warn about are still being fetched, and the ordering goes on while they are
    // classified.
    let orderedEvents = options.ordering.map { filter in
      Task { EventReport.Items(showing: events.items ?? [], filter: filter, keys: keyedEvents.keys) }
    }
    var pods = try await podsResult
    let stuckPods =
      options.readsStuckPodsOnly
      ? Self.podsThatMayBeStuck(pods.items, warned: keyedEvents.warned ?? Self.warnedPods(in: events.items ?? []))
      : nil
    async let eventIndex = stuckPods.map { EventIndex(events.items ?? [], pods: $0, keys: keyedEvents.keys) }
    let nodes = try await nodesResult
    let pools = try await poolsResult
    // Beside the index: which NodeClaims that pods were nominated to are gone (the snapshot is classified later).
    let listedPods = pods.items ?? []
    async let goneClaims = options.readsPods ? goneNodeClaims(nominatedIn: events.items ?? [], for: listedPods) : []
    let target: TargetObject?
    var goneTarget: String? = nil
    do {
      target = try await targetObject
    } catch let error as EventsFeatureError where options.showsGoneTarget && error.isTargetNotFound {
      target = nil
      goneTarget = "\(error): showing the events still recorded about it"
    }
    // The Pending pods are classified while the crash-looping ones are still being fetched: everything else the
    // classifier reads of a pod (its events, nodes, NodePools) is here.
    var pendingFindings: Task<[PendingFinding], Never>? = nil
    var pendingCount = 0
    if options.classifies, options.readsStuckPodsOnly, let pending = pods.items, let eventItems = events.items,
      let index = await eventIndex
    {
      var early = ClusterSnapshot(
        pods: pending, events: eventItems, nodes: nodes.items, nodePools: pools.nodePools.items)
      early.nodeClasses = pools.nodeClasses
      early.goneNodeClaims = await goneClaims
      early.eventIndex = index
      early.now = options.now
      pendingCount = pending.count
      pendingFindings = Task { PendingClassifier(early).podFindings(pending[...]) }
    }
    var indexCoversPods = false
    if options.readsStuckPodsOnly, let pending = pods.items {
      var running = events.items == nil ? nil : try await warnedPods
      indexCoversPods = running != nil
      if running == nil { running = try await triagedRunningPods(namespace: namespace) }
      let read = Set(pending.map(PodName.init))
      pods.items = pending + (running ?? []).filter { !read.contains(PodName($0)) }
    }
    var warnings = [pods.warning, nodes.warning, events.warning, goneTarget].compactMap { $0 } + pools.warnings

    // A gone target owns nothing that can still be found: no workloads are read for it.
    let needsWorkloads =
      target != nil || options.labelSelector != nil
      || options.readsPods
        && (events.items ?? []).contains { event in
          event.reason == "FailedCreate" && Self.podCreators.contains(event.regarding.kind ?? "")
        }
    var workloads: [Workload] = []
    var owned = ObjectScope()
    if needsWorkloads {
      let workloadNamespace = target.flatMap { $0.metadata.namespace } ?? namespace
      async let replicaSets = list(.replicaSets, Workload.self, namespace: workloadNamespace)
      async let jobs = list(.jobs, Workload.self, namespace: workloadNamespace)
      async let statefulSets = list(.statefulSets, Workload.self, namespace: workloadNamespace)
      async let daemonSets = list(.daemonSets, Workload.self, namespace: workloadNamespace)
      // Beside them, what a ScaledObject, NodePool or NodeClaim owns (nothing is read for other kinds).
      async let ownedLists = ownedObjects(
        of: target, resolvedTarget, namespace: workloadNamespace, nodes: nodes.items)
      let (sets, jobList, stateful, daemons) = try await (replicaSets, jobs, statefulSets, daemonSets)
      warnings += [sets.warning, jobList.warning, stateful.warning, daemons.warning].compactMap { $0 }
      let ownedResult = try await ownedLists
      owned = ownedResult.scope
      warnings += ownedResult.warnings
      workloads =
        Self.tagged(sets.items, kind: "ReplicaSet") + Self.tagged(jobList.items, kind: "Job")
        + Self.tagged(stateful.items, kind: "StatefulSet") + Self.tagged(daemons.items, kind: "DaemonSet")
    }

    var snapshot = ClusterSnapshot(
      pods: pods.items ?? [], events: events.items ?? [], nodes: nodes.items, nodePools: pools.nodePools.items,
      workloads: workloads)
    snapshot.nodeClasses = pools.nodeClasses
    snapshot.goneNodeClaims = await goneClaims
    snapshot.now = options.now
    let index = await eventIndex
    if indexCoversPods { snapshot.eventIndex = index }
    var scopeRule: ScopeRule? = nil
    if let target, let info = resolvedTarget {
      scopeRule = .target(kind: info.kind, metadata: target.metadata, workloads: workloads, owned: owned)
    } else if goneTarget != nil, let info = resolvedTarget, let name = options.target?.name {
      scopeRule = .gone(kind: info.kind, namespace: info.resourceKind.namespaced ? namespace : "", name: name)
    } else if let selector = options.labelSelector {
      // The pods were listed with this selector, so the server has accepted it.
      scopeRule = .pods(workloads: workloads, selector: try? LabelSelector(parsing: selector))
    }
    let scope = scopeRule?.scope(snapshot.pods)
    var findings: Task<[PendingFinding], Never>? = nil
    if options.classifies {
      let classified = snapshot
      findings = Task { [pendingFindings, pendingCount] in
        let classifier = PendingClassifier(classified)
        // The pods after the Pending ones were added once those were being classified.
        let rest = classifier.podFindings(classified.pods.dropFirst(pendingCount))
        let early = await pendingFindings?.value ?? []
        return (early + rest + classifier.workloadFindings()).sortedLongestFirst()
      }
    }
    let targetOwnsPods = Self.podOwners.contains(targetKind ?? "")
    let expectsPods = options.labelSelector != nil || (targetOwnsPods && target != nil && target?.replicas != 0)
    let rollout = targetKind.flatMap { target?.unfinishedRollout(kind: $0) }
    let makingPods =
      (targetOwnsPods && target?.awaitsController == true) || rollout != nil || Self.makingPods(snapshot, scope)
    return Result(
      snapshot: snapshot, scope: scope, scopeRule: scopeRule, warnings: warnings.sorted(),
      podsListed: pods.items != nil, eventsListed: events.items != nil,
      eventsAPI: eventsAPI, eventsNamespace: eventsNamespace,
      targetIsClusterScoped: resolvedTarget?.resourceKind.namespaced == false, orderedEvents: orderedEvents,
      findings: findings, expectsPods: expectsPods, makingPods: makingPods, unfinishedRollout: rollout)
  }

  /// Whether a ReplicaSet or StatefulSet in scope has fewer pods than it asks for. Jobs and DaemonSets are left
  /// out: a Job near its last completions runs fewer pods than its parallelism for good.
  static func makingPods(_ snapshot: ClusterSnapshot, _ scope: ObjectScope?) -> Bool {
    guard let scope else { return false }
    return snapshot.workloads.contains { workload in
      ["ReplicaSet", "StatefulSet"].contains(workload.kind ?? "") && workload.hasItsPods == false
        && scope.contains(
          kind: workload.kind ?? "", namespace: workload.metadata.namespace ?? "", name: workload.metadata.name,
          uid: workload.metadata.uid)
    }
  }

  /// The controllers that create pods themselves, and so report FailedCreate when they cannot.
  static let podCreators: Set<String> = ["ReplicaSet", "Job", "StatefulSet", "DaemonSet"]

  /// The kinds whose `--for` scope holds pods of their own: the pod itself and the workloads that make pods.
  static let podOwners = podCreators.union(["Pod", "Deployment", "ReplicationController"])

  /// List items omit their kind: set it.
  static func tagged(_ items: [Workload]?, kind: String) -> [Workload] {
    (items ?? []).map { item in
      var workload = item
      workload.kind = kind
      return workload
    }
  }

  /// Lists one kind; a 403 becomes a warning, a 404 (kind not served) an unknown.
  func list<Item: KubeObject>(
    _ kind: ResourceKind, _ type: Item.Type, namespace: String?, options: ListOptions = ListOptions()
  ) async throws -> Fetched<Item> {
    do {
      return Fetched(items: try await client.resource(kind, as: type, namespace: namespace).list(options).items)
    } catch let error as KubeError where error.isForbidden {
      return Fetched(items: nil, warning: Self.permissionWarning(kind, namespace: namespace))
    } catch let error as KubeError where error.isNotFound && kind.group != "" {
      return Fetched(items: nil, warning: nil)
    }
  }

  /// `pods(_:)`, with the names of the pods read handed to `listed` (nothing when they could not be read).
  func pods(_ options: Options, naming listed: AsyncStream<Set<PodName>>.Continuation) async throws -> Fetched<Pod> {
    defer { listed.finish() }
    let fetched = try await pods(options)
    if let items = fetched.items { listed.yield(Set(items.lazy.map(PodName.init))) }
    return fetched
  }

  /// The pods in scope, triaged when the options say so (unscoped: only the Pending ones; the running pods that
  /// may be stuck are added once the events are read).
  func pods(_ options: Options) async throws -> Fetched<Pod> {
    if options.readsStuckPodsOnly { return try await pendingPods(namespace: options.namespace) }
    let listOptions = ListOptions(labelSelector: options.labelSelector)
    guard options.triagePods else {
      return try await list(.pods, Pod.self, namespace: options.namespace, options: listOptions)
    }
    let triaged = try await list(.pods, TriagedPod.self, namespace: options.namespace, options: listOptions)
    return Fetched(items: triaged.items?.map(\.pod), warning: triaged.warning)
  }

  /// `missing permission: list events.events.k8s.io in namespace "shop"; events are not shown`.
  static func permissionWarning(_ kind: ResourceKind, namespace: String?) -> String {
    let consequence: String
    switch kind.resource {
    case "pods": consequence = "pending pods are not shown"
    case "events": consequence = "events are not shown"
    case "nodes": consequence = "pending reasons rest on the scheduler's messages alone"
    case "nodepools": consequence = "NodePools are known from Karpenter's events alone"
    case "nodeclaims": consequence = "the events of the NodePool's NodeClaims are not shown"
    case "ec2nodeclasses", "nodeclasses", "aksnodeclasses":
      consequence = "NodePools are offered whatever the state of their node class"
    case "horizontalpodautoscalers": consequence = "the events of the ScaledObject's HPA are not shown"
    default: consequence = "owners of failing controllers are not resolved"
    }
    return kind.missingListPermission(namespace: namespace, consequence: consequence)
  }

  /// Events as read, and their `EventCollapser.Key`s when asked for, worked out page by page.
  struct KeyedEvents: Sendable {
    var fetched: Fetched<ClusterEvent>
    /// `events.k8s.io/v1` or `v1`.
    var api: String
    var keys: [EventCollapser.Key]?
    /// The pods the events warn about, worked out page by page (nil when not asked for, or when a restarted list
    /// read some pages twice).
    var warned: [PodName]?
  }

  /// Events through events.k8s.io/v1 when discovery offers it (falling back to core/v1 when only that is
  /// allowed), else core/v1. Each page's warned-about pods go to `warned`; `keyed` works out the events' keys.
  func events(namespace: String?, identity: Bool, warned: AsyncStream<[PodName]>.Continuation?, keyed: Bool = false)
    async throws -> KeyedEvents
  {
    func read<Source: ClusterEventSource>(_ kind: ResourceKind, _ source: Source.Type) async throws
      -> ListedEvents?
    {
      try await clusterEvents(kind, source, namespace: namespace, identity: identity, warned: warned, keyed: keyed)
    }
    if try await discovery.find(group: "events.k8s.io", resource: "events") != nil {
      if let read = try await read(.eventsV1, EventV1.self) {
        return KeyedEvents(
          fetched: Fetched(items: read.items), api: "events.k8s.io/v1", keys: read.keys, warned: read.warned)
      }
      if let read = try await read(.events, Event.self) {
        return KeyedEvents(fetched: Fetched(items: read.items), api: "v1", keys: read.keys, warned: read.warned)
      }
      let place = namespace.map { " in namespace \"\($0)\"" } ?? " in all namespaces"
      let warning = "missing permission: list events.events.k8s.io or events\(place); events are not shown"
      return KeyedEvents(fetched: Fetched(items: nil, warning: warning), api: "events.k8s.io/v1", keys: nil)
    }
    let core = try await read(.events, Event.self)
    return KeyedEvents(
      fetched: Fetched(
        items: core?.items, warning: core == nil ? Self.permissionWarning(.events, namespace: namespace) : nil),
      api: "v1", keys: core?.keys, warned: core?.warned)
  }

  /// One API's events, with what was worked out of them page by page.
  struct ListedEvents {
    var items: [ClusterEvent]
    var keys: [EventCollapser.Key]?
    var warned: [PodName]?
  }

  /// One API's events as `ClusterEvent`s, normalised page by page (never holding both forms of every event); each
  /// page's warned-about pods go to `warned`, and with `keyed` each page's keys are worked out while its events are
  /// still in the cache. Nil when not allowed (or, for events.k8s.io, not served).
  func clusterEvents<Source: ClusterEventSource>(
    _ kind: ResourceKind, _ source: Source.Type, namespace: String?, identity: Bool,
    warned: AsyncStream<[PodName]>.Continuation?, keyed: Bool = false
  ) async throws -> ListedEvents? {
    identity
      ? try await clusterEvents(
        kind, ListedEvent<Source, AllEventFields>.self, namespace: namespace, warned: warned, keyed: keyed)
      : try await clusterEvents(
        kind, ListedEvent<Source, ShownEventFields>.self, namespace: namespace, warned: warned, keyed: keyed)
  }

  private func clusterEvents<Source, Fields>(
    _ kind: ResourceKind, _ item: ListedEvent<Source, Fields>.Type, namespace: String?,
    warned: AsyncStream<[PodName]>.Continuation?, keyed: Bool
  ) async throws -> ListedEvents? {
    let handle = client.resource(kind, as: item, namespace: namespace)
    // Each page's keys are worked out beside the paging, which would otherwise ask for the next page later.
    var pageKeys: [Task<[EventCollapser.Key], Never>] = []
    // Kept for the classifier too, which would otherwise read every event again once the last page is in.
    var warnedNames: [PodName] = []
    var paged = 0
    let eachPage = { (page: [ClusterEvent]) in
      paged += page.count
      if let warned {
        let names = Self.warnedPods(in: page)
        warnedNames += names
        _ = warned.yield(names)
      }
      if keyed { pageKeys.append(Task { EventCollapser.keys(page) }) }
    }
    do {
      let items = try await handle.list(eachPage: eachPage) { $0.event }.items
      // A list restarted after its continue token expired read some pages twice.
      let restarted = paged != items.count
      let warnedPods = warned == nil || restarted ? nil : warnedNames
      guard keyed, !restarted else { return ListedEvents(items: items, warned: warnedPods) }
      var keys: [EventCollapser.Key] = []
      keys.reserveCapacity(items.count)
      for page in pageKeys { keys += await page.value }
      return ListedEvents(items: items, keys: keys, warned: warnedPods)
    } catch let error as KubeError where error.isForbidden || (error.isNotFound && kind.group != "") {
      return nil
    }
  }

  /// NodePools when their CRD is served and, when any names a node class, the node classes: a pool whose class is
  /// missing or not ready launches nothing.
  func nodePoolsAndClasses() async throws -> NodePoolsRead {
    let pools = try await listIfServed(group: "karpenter.sh", resource: "nodepools", NodePool.self)
    var read = NodePoolsRead(nodePools: pools, warnings: pools.warning.map { [$0] } ?? [])
    guard let items = pools.items, items.contains(where: { $0.spec?.template?.spec?.nodeClassRef != nil }) else {
      return read
    }
    let (catalog, forbidden) = try await NodeClassCatalog.list(client, discovery: discovery)
    read.nodeClasses = catalog
    read.warnings += forbidden.map { Self.permissionWarning($0, namespace: nil) }
    return read
  }

  /// The NodeClaims that Karpenter's `Nominated` events about the unscheduled `pods` name and that are gone (404)
  /// or being deleted, one GET each. An error leaves a NodeClaim believed: the nomination stands, as Karpenter
  /// said.
  func goneNodeClaims(nominatedIn events: [ClusterEvent], for pods: [Pod]) async -> Set<String> {
    guard let info = try? await discovery.find(group: "karpenter.sh", resource: "nodeclaims") else { return [] }
    let nominations = events.compactMap { event -> (claim: String, pod: PodName)? in
      guard let claim = PendingClassifier.nominatedNodeClaim(event), let pod = event.regarding.name else { return nil }
      return (claim, PodName(namespace: event.regarding.namespace ?? event.namespace, name: pod))
    }
    // Most runs have no nominations: the pods are only indexed when there are.
    guard !nominations.isEmpty else { return [] }
    let unscheduled = Set(
      pods.lazy.filter { $0.phase == "Pending" && ($0.spec?.nodeName ?? "").isEmpty }.map(PodName.init))
    let names = Set(nominations.lazy.filter { unscheduled.contains($0.pod) }.map(\.claim))
    let claims = client.resource(info.resourceKind, as: NodeClaim.self, namespace: nil)
    return await withTaskGroup(of: String?.self) { group in
      for name in names {
        group.addTask {
          do {
            return try await claims.get(name).metadata.deletionTimestamp == nil ? nil : name
          } catch let error as KubeError where error.isNotFound {
            return name
          } catch {
            return nil
          }
        }
      }
      var gone: Set<String> = []
      for await name in group { if let name { gone.insert(name) } }
      return gone
    }
  }

  /// What `nodePoolsAndClasses` read.
  struct NodePoolsRead: Sendable {
    var nodePools = Fetched<NodePool>(items: nil)
    var nodeClasses: NodeClassCatalog?
    var warnings: [String] = []
  }

  /// A custom kind's objects in every namespace when its CRD is served (nil items, no request, otherwise):
  /// Karpenter's NodePools and NodeClaims.
  func listIfServed<Item: KubeObject>(group: String, resource: String, _ type: Item.Type) async throws -> Fetched<Item>
  {
    guard let info = try await discovery.find(group: group, resource: resource) else { return Fetched(items: nil) }
    return try await list(info.resourceKind, type, namespace: nil)
  }

  /// The `--for` object, by name, or when no object has that name, by UID among the kind's objects. With no
  /// namespace (`-A`), a namespaced object is looked for in every namespace, and must be in only one.
  func object(_ info: APIResourceInfo?, name: String, namespace: String?) async throws -> TargetObject? {
    guard let info else { return nil }
    let kind = info.resourceKind
    if kind.namespaced && namespace == nil { return try await objectInAnyNamespace(kind, name: name) }
    let scopeNamespace = kind.namespaced ? namespace : nil
    do {
      return try await client.getJSON(
        TargetObject.self, path: try kind.objectPath(name: name, namespace: scopeNamespace))
    } catch let error as KubeError where error.isNotFound {
      let all = try await client.resource(kind, as: TargetObject.self, namespace: scopeNamespace).list().items
      if let match = all.first(where: { $0.metadata.uid == name }) { return match }
      throw EventsFeatureError.targetNotFound(kind: kind.description, name: name, namespace: scopeNamespace)
    }
  }

  /// `-A --for deployment/web`: the one object of that name (or UID) across namespaces.
  func objectInAnyNamespace(_ kind: ResourceKind, name: String) async throws -> TargetObject {
    let objects = client.resource(kind, as: TargetObject.self, namespace: nil)
    var matches = try await objects.list(ListOptions(fieldSelector: "metadata.name=\(name)")).items
    // Only a UID-shaped name is worth reading every object of the kind for.
    if matches.isEmpty && UUID(uuidString: name) != nil {
      matches = try await objects.list().items.filter { $0.metadata.uid == name }
    }
    guard let match = matches.first else {
      throw EventsFeatureError.targetNotFound(kind: kind.description, name: name, namespace: nil, allNamespaces: true)
    }
    guard matches.count == 1 else {
      let namespaces = matches.compactMap(\.metadata.namespace).sorted()
      throw EventsFeatureError.ambiguousTarget(kind: kind.description, name: name, namespaces: namespaces)
    }
    return match
  }
}

extension EventsQuery {
  /// Watches pods and events (list, then watch; re-lists after drops and 410s) until cancelled, the events in
  /// `eventsNamespace` (`Result.eventsNamespace`).
  public func watch(_ options: Options, eventsAPI: String, eventsNamespace: String?)
    -> AsyncThrowingStream<EventsChange, Error>
  {
    let client = self.client
    return AsyncThrowingStream { continuation in
      let task = Task {
        do {
          try await withThrowingTaskGroup(of: Void.self) { group in
            if options.readsPods {
              group.addTask {
                let pods = client.resource(.pods, as: Pod.self, namespace: options.namespace)
                for try await change in pods.observe(ListOptions(labelSelector: options.labelSelector)) {
                  switch change {
                  case .snapshot(let items): continuation.yield(.pods(items))
                  case .added(let pod), .modified(let pod): continuation.yield(.podUpdated(pod))
                  case .deleted(let pod): continuation.yield(.podDeleted(pod))
                  }
                }
              }
            }
            group.addTask {
              if eventsAPI == "v1" {
                let events = client.resource(.events, as: Event.self, namespace: eventsNamespace)
                for try await change in events.observe() {
                  if let mapped = Self.mapped(change, ClusterEvent.init) { continuation.yield(mapped) }
                }
              } else {
                let events = client.resource(.eventsV1, as: EventV1.self, namespace: eventsNamespace)
                for try await change in events.observe() {
                  if let mapped = Self.mapped(change, ClusterEvent.init) { continuation.yield(mapped) }
                }
              }
            }
            try await group.waitForAll()
          }
          continuation.finish()
        } catch {
          continuation.finish(throwing: error)
        }
      }
      continuation.onTermination = { _ in task.cancel() }
    }
  }

  static func mapped<T>(_ change: ObservedChange<T>, _ convert: (T) -> ClusterEvent) -> EventsChange? {
    switch change {
    case .snapshot(let items): return .events(items.map(convert))
    case .added(let item), .modified(let item): return .eventUpdated(convert(item))
    case .deleted: return nil
    }
  }
}
