import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension PendingClassifier {
  /// An unscheduled pod: placement and taints replayed on the nodes, then the scheduler's message, then Karpenter.
  func schedulingFinding(_ pod: Pod) -> PendingFinding {
    if let gates = pod.spec?.schedulingGates, !gates.isEmpty { return gatedFinding(pod, gates: gates) }
    let podEvents = events(about: pod)
    let failed = podEvents.filter { $0.reason == "FailedScheduling" }
    var evidence: [String] = []
    var schedulerText: String? = nil
    var message: SchedulerMessage? = nil
    if let (event, parsed) = Self.latest(failed, read: SchedulerMessage.parse) {
      (schedulerText, message) = (event.message, parsed)
      evidence.append(Self.describe(event))
    }
    let condition = pod.condition("PodScheduled")
    if schedulerText == nil, let condition, condition.status == "False", let text = condition.message, !text.isEmpty {
      (schedulerText, message) = (text, SchedulerMessage.parse(text))
      evidence.append("PodScheduled=False (\(condition.reason ?? "")): \(text)")
    }
    let karpenter = Self.latest(failed, read: KarpenterMessage.parse)
    if let (event, _) = karpenter { evidence.append(Self.describe(event)) }
    if schedulerText == nil, let event = failed.last, !evidence.contains(Self.describe(event)) {
      schedulerText = event.message
      evidence.append(Self.describe(event))
    }
    let nominatedEvent = podEvents.last { $0.reason == "Nominated" }
    if let nominatedEvent { evidence.append(Self.describe(nominatedEvent)) }
    var nominated = Self.nominatedTarget(pod, event: nominatedEvent)
    // A nomination to capacity that is gone promises nothing: the pod is judged as if never nominated.
    var staleNomination: String? = nil
    if let target = nominated, nominationIsStale(target) { (nominated, staleNomination) = (nil, target) }

    guard schedulerText != nil || !failed.isEmpty || nominated != nil || staleNomination != nil else {
      let scheduler = pod.spec?.schedulerName ?? "default-scheduler"
      return base(
        pod, .notYetScheduled, "not scheduled yet and no scheduling events (is \(scheduler) running?)",
        evidence: evidence)
    }
    let (reason, explanation) = schedulingReason(pod, message: message, rawText: schedulerText)
    var finding = base(pod, reason, explanation, evidence: evidence)
    finding.nominated = nominated
    // Karpenter provisions for neither a claim nor a DaemonSet's pod (made for one existing node).
    if reason != .unboundVolume, reason != .volumeNodeAffinity, pod.controller?.kind != "DaemonSet",
      let verdicts = nodePoolVerdicts(pod, karpenter: karpenter?.1)
    {
      finding.nodePools = verdicts
      finding.explanation = Self.withKarpenter(
        explanation, reason: reason, verdicts: verdicts, nominated: nominated,
        byScheduler: finding.nominatedByScheduler)
    } else if let nominated {
      finding.explanation += "; nominated to \(nominated)"
    }
    if let staleNomination {
      finding.explanation += "; it was nominated to \(staleNomination), which no longer exists"
    }
    return finding
  }

  /// Whether a nomination names capacity known to be gone: a NodeClaim deleted or being deleted, or a node no
  /// longer listed.
  func nominationIsStale(_ target: String) -> Bool {
    if target.hasPrefix(Self.nodeClaimPrefix) {
      return snapshot.goneNodeClaims.contains(String(target.dropFirst(Self.nodeClaimPrefix.count)))
    }
    let prefix = PendingFinding.schedulerNominationPrefix
    guard target.hasPrefix(prefix), let nodes = snapshot.nodes else { return false }
    let name = target.dropFirst(prefix.count)
    return !nodes.contains { $0.metadata.name == name }
  }

  static let nodeClaimPrefix = "nodeclaim/"

  /// A pod held by scheduling gates: no scheduler or Karpenter looks at it, so neither nodes nor NodePools are
  /// what it waits for.
  func gatedFinding(_ pod: Pod, gates: [Pod.SchedulingGate]) -> PendingFinding {
    var evidence: [String] = []
    if let condition = pod.condition("PodScheduled"), condition.status == "False" {
      evidence.append("PodScheduled=False (\(condition.reason ?? "")): \(condition.message ?? "")")
    }
    let names = gates.map(\.name)
    let noun = names.count == 1 ? "gate" : "gates"
    return base(
      pod, .schedulingGated,
      "held by scheduling \(noun) \(Self.list(names)); it is not scheduled until \(names.count == 1 ? "it is" : "they are") removed",
      evidence: evidence)
  }

  /// The newest of `events` whose message `read` understands, with what it read.
  static func latest<Message>(_ events: [ClusterEvent], read: (String) -> Message?) -> (ClusterEvent, Message)? {
    for event in events.reversed() {
      if let message = read(event.message) { return (event, message) }
    }
    return nil
  }

  /// Each NodePool's verdict: lamp's own for the pools it listed, where Karpenter's latest message overrules a pool
  /// lamp found no obstacle in (Karpenter knows the instance types); Karpenter's message alone when the pools could
  /// not be listed. nil when there are no NodePools or nothing is known of them.
  func nodePoolVerdicts(_ pod: Pod, karpenter: KarpenterMessage?) -> [NodePoolVerdict]? {
    guard let pools = nodePools else {
      guard let karpenter, !karpenter.nodePools.isEmpty else { return nil }
      return karpenter.verdicts
    }
    guard !pools.isEmpty else { return nil }
    return NodePoolFit.evaluate(pod: pod, pools: pools).map { verdict in
      guard verdict.fits, let said = karpenter?.nodePools[verdict.nodePool] else { return verdict }
      return NodePoolVerdict(nodePool: verdict.nodePool, obstacles: [KarpenterMessage.obstacle(said)])
    }
  }

  static func nominatedTarget(_ pod: Pod, event: ClusterEvent?) -> String? {
    if let node = pod.status?.nominatedNodeName, !node.isEmpty {
      return PendingFinding.schedulerNominationPrefix + node
    }
    return event.flatMap { nominationTarget(message: $0.message) }
  }

  /// What Karpenter's `Nominated` message names: `Pod should schedule on: nodeclaim/default-q7zrt`.
  static func nominationTarget(message: String) -> String? {
    guard let colon = message.firstUTF8Range(of: "schedule on: ") else { return nil }
    return String(message[colon.upperBound...]).trimmingSpaces()
  }

  /// The NodeClaim a Karpenter `Nominated` event about a pod names, if it names one.
  static func nominatedNodeClaim(_ event: ClusterEvent) -> String? {
    guard event.reason == "Nominated", event.regarding.kind == "Pod",
      let target = nominationTarget(message: event.message), target.hasPrefix(nodeClaimPrefix)
    else { return nil }
    return String(target.dropFirst(nodeClaimPrefix.count))
  }

  /// The reason class and explanation, before Karpenter's part.
  func schedulingReason(_ pod: Pod, message: SchedulerMessage?, rawText: String?) -> (PendingReason, String) {
    let items = message?.items ?? []
    if let volume = volumeReason(pod, items: items) { return volume }
    var excluded: (SchedulerMessage.Reason) -> Bool = { _ in false }
    // Without the nodes, which of the scheduler's reasons decides is unknown: the explanation names them all.
    var namingTheRest = true
    if let nodes = snapshot.nodes, !nodes.isEmpty {
      if let placement = placementReason(pod, nodes: nodes) { return placement }
      namingTheRest = false
      // The listed nodes leave room for the pod, so taints and selectors are not what stops it.
      excluded = { reason in
        switch reason {
        case .untoleratedTaint, .untoleratedTaints, .nodeAffinity, .nodeUnschedulable: return true
        default: return false
        }
      }
    }
    let counted = message.flatMap { messageReason(pod, message: $0, excluded: excluded, namingTheRest: namingTheRest) }
    if let counted { return counted }
    let text = rawText.map { TextCut.firstSentence($0) } ?? "the scheduler gave no reason"
    return (.unschedulable, text)
  }

  func volumeReason(_ pod: Pod, items: [SchedulerMessage.Item]) -> (PendingReason, String)? {
    let namespace = pod.metadata.namespace ?? ""
    for item in items {
      switch item.reason {
      case .unboundClaims:
        let claims = (pod.spec?.volumes ?? []).compactMap { $0.persistentVolumeClaim?.claimName }.sorted()
        let noun = claims.count == 1 ? "PersistentVolumeClaim" : "PersistentVolumeClaims"
        let verb = claims.count == 1 ? "is" : "are"
        var text =
          claims.isEmpty ? "its PersistentVolumeClaims are not bound" : "\(noun) \(Self.list(claims)) \(verb) not bound"
        let claimEvents = claims.flatMap {
          index.events(kind: "PersistentVolumeClaim", namespace: namespace, name: $0, uid: nil)
        }.filter { $0.isWarning }.sorted { ($0.lastSeen ?? .distantPast) < ($1.lastSeen ?? .distantPast) }
        if let latest = claimEvents.last { text += ": " + TextCut.firstSentence(latest.message) }
        return (.unboundVolume, text)
      case .missingClaim(let name):
        return (.unboundVolume, "PersistentVolumeClaim \(name) does not exist")
      default:
        continue
      }
    }
    return nil
  }

  /// Placement and taints on the listed nodes; nil when some node could take the pod as far as these go.
  func placementReason(_ pod: Pod, nodes: [Node]) -> (PendingReason, String)? {
    let fit = NodeFit(pod: pod)
    // Lazily: this runs for every unscheduled pod over every node, and copying nodes into arrays dominated.
    let placement = nodes.lazy.filter(fit.placementMatches)
    if placement.isEmpty {
      let missing = fit.unmatchedConstraints(on: nodes)
      let text =
        missing.isEmpty ? "no node matches all of its node selector and affinity" : "no node has \(Self.list(missing))"
      return (.nodeSelectorMismatch, text)
    }
    guard !placement.contains(where: { !fit.isCordoned($0) && fit.untoleratedTaints(on: $0).isEmpty }) else {
      return nil
    }
    // The scheduler counts a node by the first filter it fails, and the cordon is checked before taints: a
    // cordoned node that is tainted too counts as cordoned.
    let tainted = placement.filter { !fit.isCordoned($0) && !fit.untoleratedTaints(on: $0).isEmpty }
    // Cordoned and tainted nodes both block it: the class is whichever blocks more nodes, as the scheduler's
    // message counts them, and the explanation names the other too.
    let cordoned = placement.count - tainted.count
    if cordoned > tainted.count || tainted.isEmpty {
      let text =
        tainted.isEmpty
        ? "the \(Self.nodes(placement.count)) it may use \(placement.count == 1 ? "is" : "are") cordoned"
        : "\(cordoned) of the \(Self.nodes(placement.count)) it may use are cordoned; the other \(tainted.count): "
          + taintText(fit, tainted: tainted, nodes: nodes)
      return (.nodesCordoned, text)
    }
    var text = taintText(fit, tainted: tainted, nodes: nodes)
    if fit.restrictsPlacement {
      text +=
        placement.count == 1
        ? " (the only node matching its selector)" : " (all \(placement.count) nodes matching its selector)"
    }
    if cordoned > 0 { text += "; \(Self.nodes(cordoned)) more \(cordoned == 1 ? "is" : "are") cordoned" }
    return (.untoleratedTaint, text)
  }

  /// `untolerated taints A on 1 node and B on 2 nodes`: every taint the pod does not tolerate on `tainted`, with
  /// how many of all `nodes` carry it.
  private func taintText(_ fit: NodeFit, tainted: some Sequence<Node>, nodes: [Node]) -> String {
    var taints: [Taint] = []
    for node in tainted {
      for taint in fit.untoleratedTaints(on: node) where !taints.contains(taint) { taints.append(taint) }
    }
    taints.sort { $0.description < $1.description }
    let parts = taints.map { taint in
      "\(taint) on \(Self.nodes(nodes.lazy.filter { $0.taints.contains(taint) }.count))"
    }
    return (taints.count == 1 ? "untolerated taint " : "untolerated taints ") + Self.list(parts)
  }

  /// Classifies from the scheduler's counts: the reason that rejected the most nodes wins. With `namingTheRest`
  /// (the nodes are unknown, so which reason decides is too), the explanation names the other reasons after it.
  func messageReason(
    _ pod: Pod, message: SchedulerMessage, excluded: (SchedulerMessage.Reason) -> Bool, namingTheRest: Bool
  ) -> (PendingReason, String)? {
    var groups: [(PendingReason, Int, String)] = []
    let items = message.items.filter { !excluded($0.reason) }
    func total(_ predicate: (SchedulerMessage.Reason) -> Bool) -> Int {
      items.filter { predicate($0.reason) }.reduce(0) { $0 + ($1.count ?? message.totalNodes ?? 0) }
    }
    let resources = items.compactMap { item -> String? in
      if case .insufficient(let resource) = item.reason { return resource }
      return nil
    }
    if !resources.isEmpty {
      let count =
        items.filter { if case .insufficient = $0.reason { return true } else { return false } }
        .map { $0.count ?? 0 }.max() ?? 0
      let requests = pod.resourceRequests
      let asked = resources.compactMap { name in requests[name].map { "\(name) \($0)" } }
      var text =
        resources == ["pods"]
        ? "too many pods on \(Self.nodes(count))" : "not enough \(Self.list(resources)) on \(Self.nodes(count))"
      if !asked.isEmpty { text += " (requests \(asked.joined(separator: ", ")))" }
      groups.append((.insufficientResources, count, text))
    }
    let anti = total { $0 == .podAntiAffinity }
    if anti > 0 { groups.append((.podAffinity, anti, "its pod anti-affinity rules rule out \(Self.nodes(anti))")) }
    let affinity = total { $0 == .podAffinity }
    if affinity > 0 {
      groups.append((.podAffinity, affinity, "its pod affinity rules rule out \(Self.nodes(affinity))"))
    }
    let existing = total { $0 == .existingPodsAntiAffinity }
    if existing > 0 {
      groups.append((.podAffinity, existing, "pods on \(Self.nodes(existing)) have anti-affinity against it"))
    }
    let spread = total { $0 == .topologySpread }
    if spread > 0 {
      groups.append((.topologySpread, spread, "its topology spread constraints rule out \(Self.nodes(spread))"))
    }
    let volume = total { $0 == .volumeNodeAffinity }
    if volume > 0 {
      groups.append(
        (.volumeNodeAffinity, volume, "its volumes are pinned to nodes it cannot use (\(Self.nodes(volume)))"))
    }
    var taintCounts: [(String, Int)] = []
    for item in items {
      if case .untoleratedTaint(let key, let value) = item.reason {
        taintCounts.append((value.isEmpty ? key : "\(key)=\(value)", item.count ?? 0))
      }
    }
    let unnamedTaints = total { $0 == .untoleratedTaints }
    if !taintCounts.isEmpty || unnamedTaints > 0 {
      let parts = taintCounts.map { "\($0.0) on \(Self.nodes($0.1))" }
      let count = taintCounts.reduce(unnamedTaints) { $0 + $1.1 }
      let text = parts.isEmpty ? "untolerated taints on \(Self.nodes(count))" : "untolerated taint " + Self.list(parts)
      groups.append((.untoleratedTaint, count, text))
    }
    let selector = total { $0 == .nodeAffinity }
    if selector > 0 {
      let pairs = (pod.spec?.nodeSelector ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
      let what = pairs.isEmpty ? "its node affinity" : Self.list(pairs)
      let verb = selector == 1 ? "does" : "do"
      groups.append((.nodeSelectorMismatch, selector, "\(Self.nodes(selector)) \(verb) not match \(what)"))
    }
    let cordoned = total { $0 == .nodeUnschedulable }
    if cordoned > 0 {
      groups.append((.nodesCordoned, cordoned, "\(Self.nodes(cordoned)) \(cordoned == 1 ? "is" : "are") cordoned"))
    }
    for item in items {
      switch item.reason {
      case .hostPorts:
        groups.append((.unschedulable, item.count ?? 0, "its host ports are taken on \(Self.nodes(item.count ?? 0))"))
      case .other(let text): groups.append((.unschedulable, item.count ?? 0, text))
      default: break
      }
    }
    // Stable: the first group listed wins ties, and groups are listed from most to least specific.
    let ranked = groups.indices.sorted { a, b in (groups[a].1, b) > (groups[b].1, a) }
    guard let best = ranked.first else { return nil }
    let rest = namingTheRest ? ranked.dropFirst().map { groups[$0].2 } : []
    return (groups[best].0, ([groups[best].2] + rest).joined(separator: "; "))
  }

  /// Adds what Karpenter can or cannot do about it.
  static func withKarpenter(
    _ text: String, reason: PendingReason, verdicts: [NodePoolVerdict], nominated: String?, byScheduler: Bool
  ) -> String {
    if let nominated {
      if byScheduler {
        return text + "; the scheduler nominated \(nominated) for it, where it preempts lower-priority pods"
      }
      return text + "; Karpenter nominated \(nominated) for it"
    }
    let fitting = verdicts.filter(\.fits).map(\.nodePool)
    if !fitting.isEmpty {
      let noun = fitting.count == 1 ? "NodePool" : "NodePools"
      return text + "; \(noun) \(list(fitting)) could provide a node"
    }
    if reason == .nodeSelectorMismatch, text.hasPrefix("no node has "),
      verdicts.allSatisfy({ verdict in
        verdict.obstacles.contains { if case .requirement = $0 { return true } else { return false } }
      })
    {
      return "no node and no NodePool offers " + text.dropFirst("no node has ".count)
    }
    let phrases = verdicts.map { $0.reasons.first ?? "" }
    if let first = phrases.first, phrases.allSatisfy({ $0 == first }) {
      return text + "; no NodePool can provide one (" + (phrases.count == 1 ? "\(verdicts[0].nodePool) " : "each ")
        + first + ")"
    }
    let parts = verdicts.map { "\($0.nodePool) \($0.reasons.first ?? "")" }
    return text + "; no NodePool can provide one (" + parts.joined(separator: "; ") + ")"
  }
}
