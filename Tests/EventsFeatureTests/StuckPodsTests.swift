import Foundation
import KubeAPI
import KubeClient
import KubeSim
import LampTestSupport
import Testing

@testable import EventsFeature

/// Which running pods unscoped `lamp events` fetches, against the demo cluster.
@Suite("EventsQuery: the pods lamp events reads")
struct StuckPodsTests {
  static func query(_ cluster: TestCluster) async throws -> EventsQuery {
    let loader = KubeconfigLoader(explicitPath: cluster.kubeconfigPath, environment: [:])
    let client = try await KubeClient.connect(
      config: try loader.clientConfig(overrides: ConfigOverrides()), stderr: { _ in }, stdinIsTerminal: false)
    return EventsQuery(client: client, discovery: Discovery(client: client, cache: nil))
  }

  static func fetch(_ query: EventsQuery, _ names: [EventsQuery.PodName], listed: Set<EventsQuery.PodName> = [])
    async throws -> [Pod]?
  {
    let (stream, feed) = AsyncStream.makeStream(of: [EventsQuery.PodName].self)
    feed.yield(names)
    feed.finish()
    let (listedStream, listedFeed) = AsyncStream.makeStream(of: Set<EventsQuery.PodName>.self)
    listedFeed.yield(listed)
    listedFeed.finish()
    return try await query.fetchPods(named: stream, skipping: listedStream)
  }

  @Test("pods named by kubelet warnings are fetched once each; deleted ones are skipped")
  func fetchesWarnedPods() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let warning = ClusterEvent(
      name: "e", namespace: "shop",
      regarding: ObjectReference(kind: "Pod", namespace: "shop", name: "checkout-7b9f5d6c4-l4xzp"),
      reason: "BackOff", message: "Back-off restarting failed container", type: "Warning", firstSeen: nil,
      lastSeen: nil)
    var normal = warning
    normal.type = "Normal"
    var probe = warning
    probe.reason = "Unhealthy"
    let names = EventsQuery.warnedPods(in: [warning, warning, normal, probe])
    let checkout = EventsQuery.PodName(namespace: "shop", name: "checkout-7b9f5d6c4-l4xzp")
    #expect(names == [checkout, checkout], "Warnings with a container reason only")
    let pods = try #require(try await Self.fetch(query, names + [EventsQuery.PodName(namespace: "shop", name: "gone")]))
    #expect(pods.map(\.metadata.name) == ["checkout-7b9f5d6c4-l4xzp"])
    #expect(pods.first?.status?.containerStatuses?.first?.state?.waiting?.reason == "CrashLoopBackOff")
  }

  @Test("warned pods already listed are not fetched again")
  func skipsListedPods() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let checkout = EventsQuery.PodName(namespace: "shop", name: "checkout-7b9f5d6c4-l4xzp")
    let storefront = EventsQuery.PodName(namespace: "shop", name: "storefront-5b4d9c7f6-k2rvd")
    let pods = try #require(try await Self.fetch(query, [checkout, storefront], listed: [storefront]))
    #expect(pods.map(EventsQuery.PodName.init) == [checkout])
  }

  @Test("an unscoped run fetches the crash-looping pod, not the Pending one the kubelet also warns about")
  func unscopedRunSkipsPendingPods() async throws {
    let requests = RequestLog()
    let cluster = try await TestCluster.start { $0.requestLog = requests.record }
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let result = try await query.run(
      EventsQuery.Options(namespace: nil, triagePods: true, ordering: EventFilter(), classifies: true))
    let findings = try #require(await result.findings?.value)
    #expect(findings.contains { $0.name == "storefront-5b4d9c7f6-k2rvd" })
    #expect(findings.contains { $0.name == "checkout-7b9f5d6c4-l4xzp" })
    let checkout = "GET /api/v1/namespaces/shop/pods/checkout-7b9f5d6c4-l4xzp "
    let gets = await requests.lines { $0.contains { $0.hasPrefix(checkout) } }
      .filter { $0.hasPrefix("GET /api/v1/namespaces/shop/pods/") }
    #expect(gets.contains { $0.hasPrefix(checkout) })
    #expect(!gets.contains { $0.contains("/pods/storefront-5b4d9c7f6-k2rvd") }, "\(gets)")
  }

  @Test("more names than fetches in flight: each pod is fetched once, missing ones skipped, sorted by name")
  func fetchesBeyondTheWidth() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let listed = try await query.client.resource(.pods, as: Pod.self, namespace: nil).list().items
    let real = listed.map(EventsQuery.PodName.init)
    #expect(real.count > 4)
    let missing = (0..<(2 * EventsQuery.podGetWidth)).map {
      EventsQuery.PodName(namespace: "shop", name: "gone-\($0)")
    }
    let names = missing.prefix(EventsQuery.podGetWidth + 3) + real + real + missing
    #expect(names.count > 3 * EventsQuery.podGetWidth)
    let pods = try #require(try await Self.fetch(query, Array(names)))
    #expect(pods.map(EventsQuery.PodName.init) == real.sorted())
  }

  @Test(
    "an unscoped query orders, indexes and classifies while it fetches the warned pods: the report is the one made afterwards",
    arguments: ["demo", "pods=3000,events=4000"])
  func earlyOrderingAndIndex(cluster name: String) async throws {
    let scenario: SimScenario = name == "demo" ? .demo : .scale(try ScaleSpec.parse(name))
    let cluster = try await TestCluster.start(scenario: scenario)
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let filter = EventFilter(types: ["Warning"])
    let result = try await query.run(
      EventsQuery.Options(namespace: nil, triagePods: true, ordering: filter, classifies: true))
    let ordered = try #require(await result.orderedEvents?.value)
    #expect(Array(ordered) == Array(EventReport.Items(showing: result.snapshot.events, filter: filter)))
    #expect(!ordered.isEmpty)
    let keyed = try await query.events(namespace: nil, identity: false, warned: nil, keyed: true)
    #expect(keyed.keys?.count == keyed.fetched.items?.count, "keys worked out as the pages were read")
    #expect(keyed.warned == nil, "warned pods only kept for a feed")
    let (_, feed) = AsyncStream.makeStream(of: [EventsQuery.PodName].self)
    let fed = try await query.events(namespace: nil, identity: false, warned: feed, keyed: true)
    #expect(fed.warned == EventsQuery.warnedPods(in: fed.fetched.items ?? []), "kept as the pages were read")
    #expect(fed.warned?.isEmpty == false)

    #expect(result.snapshot.eventIndex != nil)
    var rebuilt = result.snapshot
    rebuilt.events.append(contentsOf: [])
    #expect(rebuilt.eventIndex == nil, "changing the events drops the index made for them")
    #expect(PendingClassifier.classify(result.snapshot) == PendingClassifier.classify(rebuilt))
    let findings = try #require(await result.findings?.value, "classified as it read")
    #expect(findings == PendingClassifier.classify(rebuilt), "the Pending pods classified early, then the rest")
    #expect(findings.count > 1)
  }

  @Test("events read again after an expired continue token: the pods they warn about are the whole list's")
  func restartedEventsList() async throws {
    let cluster = try await TestCluster.start(
      scenario: .scale(try ScaleSpec.parse("pods=2000,events=12000")), faults: SimFaults(expireContinueFirstN: 1))
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let (_, feed) = AsyncStream.makeStream(of: [EventsQuery.PodName].self)
    let restarted = try await query.events(namespace: nil, identity: false, warned: feed, keyed: true)
    let events = try #require(restarted.fetched.items)
    #expect(events.count == 12000, "one consistent list")
    // Pages handed over before the restart would be counted twice: then nothing kept is used.
    #expect(restarted.keys.map { $0.count == events.count } ?? true)
    #expect((restarted.warned ?? []) == (restarted.warned == nil ? [] : EventsQuery.warnedPods(in: events)))

    await cluster.sim.setFaults(SimFaults(expireContinueFirstN: 1))
    let result = try await query.run(EventsQuery.Options(namespace: nil, triagePods: true, classifies: true))
    #expect(result.snapshot.events.count == 12000)
    let warned = Set(EventsQuery.warnedPods(in: result.snapshot.events))
    #expect(!warned.isEmpty)
    #expect(warned.isSubset(of: Set(result.snapshot.pods.map(EventsQuery.PodName.init))), "every warned pod read")
    let findings = try #require(await result.findings?.value)
    let named = Set(
      findings.filter { $0.kind == "Pod" }.map { EventsQuery.PodName(namespace: $0.namespace, name: $0.name) })
    #expect(warned.isSubset(of: named), "and classified")
  }

  @Test("hundreds of stuck pods are classified on every core: every pod's finding, longest pending first")
  func classifiesManyPods() async throws {
    let cluster = try await TestCluster.start(scenario: .scale(try ScaleSpec.parse("pods=3000,events=4000")))
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let snapshot = try await query.run(EventsQuery.Options(namespace: nil, triagePods: true)).snapshot
    let classifier = PendingClassifier(snapshot)
    let findings = classifier.findings()
    let podFindings = snapshot.pods.compactMap(classifier.classify)
    #expect(podFindings.count > 64, "enough pods for more than one piece of work")
    #expect(Set(podFindings).isSubset(of: Set(findings)))
    #expect(findings.count == podFindings.count + classifier.workloadFindings().count)
    #expect(findings == findings.sorted(by: PendingFinding.longestFirst))
  }

  @Test("more warned-about pods than are fetched one by one: none are, and the caller lists running pods")
  func tooManyToFetch() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let query = try await Self.query(cluster)
    let names = (0...EventsQuery.maxPodGets).map { EventsQuery.PodName(namespace: "shop", name: "pod-\($0)") }
    #expect(try await Self.fetch(query, names) == nil)
  }
}
