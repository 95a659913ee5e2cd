import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Which Karpenter NodePools could provide a node for a pod: the pod's nodeSelector and required node affinity
/// against the pool's requirements and template labels, the pool's taints against the pod's tolerations, and
/// the pool's limits against what it already provides plus the pod's requests.
///
/// Pure and cheap; `PendingClassifier` uses it for unschedulable pods and `lamp karpenter pending` can reuse it.
public enum NodePoolFit {
  /// Labels every Karpenter node gets from its instance type or the cloud even when the pool does not
  /// constrain them, so an unconstrained pool can still satisfy them.
  static let wellKnownLabels: Set<String> = [
    "kubernetes.io/arch", "kubernetes.io/os", "node.kubernetes.io/instance-type", "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region", "karpenter.sh/capacity-type", "kubernetes.io/hostname",
    "node.kubernetes.io/windows-build", "beta.kubernetes.io/arch", "beta.kubernetes.io/os",
  ]
  static let wellKnownPrefixes = ["karpenter.k8s.aws/", "karpenter.azure.com/", "topology.k8s.aws/"]

  /// A verdict for every pool in `pools` (from `pools(_:nodeClasses:)`, sorted by name), in their order.
  public static func evaluate(pod: Pod, pools: [Pool]) -> [NodePoolVerdict] {
    // The pod's requests are summed once, not once per pool.
    let requests = pod.resourceRequests
    return pools.map { evaluate(pod: pod, requests: requests, pool: $0) }
  }

  /// The verdict for one pool.
  public static func evaluate(pod: Pod, nodePool: NodePool, nodeClasses: NodeClassCatalog? = nil) -> NodePoolVerdict {
    evaluate(pod: pod, requests: pod.resourceRequests, pool: Pool(nodePool, nodeClasses: nodeClasses))
  }

  /// The pools read once for fitting many pods, sorted by name. With `nodeClasses`, a pool whose node class is
  /// missing or not ready launches nothing.
  public static func pools(_ nodePools: [NodePool], nodeClasses: NodeClassCatalog? = nil) -> [Pool] {
    nodePools.sorted { $0.metadata.name < $1.metadata.name }.map { Pool($0, nodeClasses: nodeClasses) }
  }

  /// A NodePool read once for fitting many pods (a classifier fits hundreds against the same pools): its
  /// requirements per label, what keeps it from launching anything whatever the pod, and the least a node it
  /// launches holds.
  public struct Pool: Sendable {
    public let nodePool: NodePool
    let offers: Offers
    /// Node class, Ready condition, requirements no instance meets: these block every pod.
    let standing: [NodePoolVerdict.Obstacle]
    let blockingTaints: [Taint]
    /// The limits, sorted by resource, with what the pool already provides.
    let limits: [(resource: String, limit: Quantity, used: Quantity)]
    /// The least cpu and memory of a node the pool launches: what its instance-cpu and instance-memory
    /// requirements allow, never below the smallest instances there are (1 vCPU, 512Mi).
    let leastCPU: Quantity
    let leastMemory: Quantity
    /// The most cpu and memory a node the pool launches has, where its instance-cpu and instance-memory
    /// requirements bound them, with those requirements.
    let largest: [(resource: String, most: Quantity, described: String)]
    /// The accelerators no instance the pool allows has, with the requirement that rules them out.
    let excludedAccelerators: [String: String]

    public init(_ nodePool: NodePool, nodeClasses: NodeClassCatalog? = nil) {
      self.nodePool = nodePool
      let offers = Offers(nodePool)
      self.offers = offers
      var standing: [NodePoolVerdict.Obstacle] = []
      if let obstacle = nodeClassObstacle(nodePool, nodeClasses: nodeClasses) {
        standing.append(obstacle)
      } else if let ready = nodePool.conditions.first(where: { $0.type == "Ready" }), ready.status == "False" {
        // Karpenter's pool is not ready when its class is not: the class, when known, says more.
        standing.append(.notReady(reason: ready.reason.flatMap { $0.isEmpty ? nil : $0 }))
      }
      self.standing = standing + emptyRequirementObstacles(nodePool, offers: offers)
      blockingTaints = nodePool.taints.filter(\.blocksScheduling)
      let used = nodePool.provisioned
      limits = nodePool.limits.sorted { $0.key < $1.key }.map { ($0.key, $0.value, used[$0.key] ?? .zero) }
      leastCPU = Quantity(integer: Int64(offers.least(of: instanceCPUKeys) ?? 1))
      leastMemory = Quantity(integer: Int64(offers.least(of: instanceMemoryKeys) ?? 512) << 20, format: .binarySI)
      var largest: [(resource: String, most: Quantity, described: String)] = []
      if let (vCPUs, described) = offers.most(of: instanceCPUKeys) {
        largest.append(("cpu", Quantity(integer: Int64(vCPUs)), described))
      }
      if let (mebibytes, described) = offers.most(of: instanceMemoryKeys), mebibytes <= Int64.max >> 20 {
        largest.append(("memory", Quantity(integer: Int64(mebibytes) << 20, format: .binarySI), described))
      }
      self.largest = largest
      excludedAccelerators = acceleratorCategories.keys.reduce(into: [:]) { excluded, resource in
        excluded[resource] =
          excludedInstances(carrying: resource, offers: offers) ?? excludedGPULabels(for: resource, offers: offers)
      }
    }
  }

  /// What a pool's nodes may have for each label, read once per label from its requirements and template labels.
  struct Offers: Sendable {
    /// The labels the pool sets or constrains, with the requirements or template label that say so.
    let constrained: [String: (offer: Offer, described: String)]

    init(_ nodePool: NodePool) {
      var keys = ["karpenter.sh/nodepool"] + nodePool.templateLabels.keys
      for requirement in nodePool.requirements where !keys.contains(requirement.key) { keys.append(requirement.key) }
      var constrained: [String: (offer: Offer, described: String)] = [:]
      for key in keys {
        let (offer, described) = NodePoolFit.offer(for: key, in: nodePool)
        if let described { constrained[key] = (offer, described) }
      }
      self.constrained = constrained
    }

    /// What the pool's nodes may have for `key`, and the requirements or template label that say so (nil when
    /// the pool neither sets nor constrains it).
    func offer(for key: String) -> (Offer, String?) {
      if let found = constrained[key] { return (found.offer, found.described) }
      return (NodePoolFit.unconstrained(key), nil)
    }

    /// The least value the first of `keys` the pool constrains allows, as an integer.
    func least(of keys: [String]) -> Int? {
      keys.lazy.compactMap { key -> Int? in
        switch constrained[key]?.offer {
        case .only(let values): return values.compactMap { Int($0) }.min()
        case .bounded(let above?, _): return above == Int.max ? above : above + 1
        default: return nil
        }
      }.first
    }

    /// The most the first of `keys` the pool bounds from above allows, as an integer, with the requirements that
    /// say so.
    func most(of keys: [String]) -> (Int, String)? {
      keys.lazy.compactMap { key -> (Int, String)? in
        guard let (offer, described) = constrained[key] else { return nil }
        switch offer {
        case .only(let values): return values.compactMap { Int($0) }.max().map { ($0, described) }
        case .bounded(_, let below?) where below > Int.min: return (below - 1, described)
        default: return nil
        }
      }.first
    }
  }

  /// The verdict for one pool, `requests` being the pod's `resourceRequests`.
  static func evaluate(pod: Pod, requests: [String: Quantity], pool: Pool) -> NodePoolVerdict {
    var obstacles = pool.standing
    obstacles += requirementObstacles(pod: pod, offers: pool.offers)
    if !pool.blockingTaints.isEmpty {
      let tolerations = pod.spec?.tolerations ?? []
      for taint in pool.blockingTaints where !tolerations.tolerate(taint) { obstacles.append(.taint(taint)) }
    }
    obstacles += acceleratorObstacles(requests: requests, pool: pool)
    obstacles += unlistedResourceObstacles(requests: requests)
    obstacles += sizeObstacles(requests: requests, pool: pool)
    obstacles += limitObstacles(requests: requests, pool: pool)
    return NodePoolVerdict(nodePool: pool.nodePool.metadata.name, obstacles: obstacles)
  }

  /// Labels every node has: a pool whose requirements leave one of them no value launches nothing.
  static let labelsEveryNodeHas: Set<String> = [
    "kubernetes.io/arch", "kubernetes.io/os", "node.kubernetes.io/instance-type", "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region", "karpenter.sh/capacity-type", "kubernetes.io/hostname",
  ]

  /// Requirements that no instance can meet, whatever the pod: `In` and `NotIn` of the same values, `DoesNotExist`
  /// on a label every node has, `Gt 4` with `Lt 5`, or a GPU count below one (the label is set on GPU instances
  /// only).
  static func emptyRequirementObstacles(_ nodePool: NodePool, offers: Offers) -> [NodePoolVerdict.Obstacle] {
    var keys: [String] = []
    for requirement in nodePool.requirements where !keys.contains(requirement.key) { keys.append(requirement.key) }
    return keys.compactMap { key in
      let (offer, described) = offers.offer(for: key)
      guard let described else { return nil }
      let gpuCount = key.hasSuffix("/instance-gpu-count")
      let empty: Bool
      switch offer {
      case .only(let values): empty = values.isEmpty || (gpuCount && values.allSatisfy { (Int($0) ?? 0) < 1 })
      case .none: empty = labelsEveryNodeHas.contains(key)
      case .bounded(let low, let high):
        // In Int128: bounds are whatever a NodePool says, up to Int.max.
        let none = low.map { low in high.map { Int128(low) + 1 >= Int128($0) } ?? false } ?? false
        empty = none || (gpuCount && (high ?? 2) <= 1)
      case .any, .except: empty = false
      }
      return empty ? .noInstance(described) : nil
    }
  }

  /// The instance categories (AWS, EKS Auto Mode) whose instances carry each accelerator resource.
  static let acceleratorCategories: [String: Set<String>] = [
    "nvidia.com/gpu": ["g", "p"], "amd.com/gpu": ["g"], "aws.amazon.com/neuron": ["inf", "trn"],
    "aws.amazon.com/neuroncore": ["inf", "trn"], "aws.amazon.com/neurondevice": ["inf", "trn"],
    "habana.ai/gaudi": ["dl"],
  ]
  static let acceleratorResources = acceleratorCategories.keys.sorted()

  /// The extended resources Karpenter's instance types carry (AWS, EKS Auto Mode, Azure). It launches a node
  /// only for requests an instance type lists: a pod asking for any other extended resource (a device plugin's
  /// `example.com/fpga`) gets no node from any pool, and stays Pending.
  static let instanceResources = Set(acceleratorCategories.keys).union([
    "vpc.amazonaws.com/efa", "vpc.amazonaws.com/pod-eni", "vpc.amazonaws.com/PrivateIPv4Address",
  ])

  /// The extended resources (a domain-prefixed name outside kubernetes.io) the pod asks for that no instance type
  /// carries.
  static func unlistedResourceObstacles(requests: [String: Quantity]) -> [NodePoolVerdict.Obstacle] {
    var unlisted: [String] = []
    for (name, quantity) in requests
    where name.utf8.contains(UInt8(ascii: "/")) && !name.hasPrefix("kubernetes.io/")
      && !instanceResources.contains(name) && quantity > .zero
    {
      unlisted.append(name)
    }
    return unlisted.sorted().map { .resource($0, offered: "no instance type has it") }
  }

  /// The GPU makers whose GPUs each GPU resource is (`instance-gpu-manufacturer`).
  static let gpuMakers = ["nvidia.com/gpu": "nvidia", "amd.com/gpu": "amd"]

  /// Whether an instance family (`g5`, `g4ad`, `inf2`) carries `resource`: its category does, and among the `g`
  /// families only g4ad has AMD GPUs, the others NVIDIA's.
  static func family(_ family: String, carries resource: String) -> Bool {
    let category = String(family.prefix { $0.isLetter })
    guard acceleratorCategories[resource]?.contains(category) == true else { return false }
    switch resource {
    case "nvidia.com/gpu": return family != "g4ad"
    case "amd.com/gpu": return family == "g4ad"
    default: return true
    }
  }

  /// Accelerators (GPUs, Neuron, Gaudi) the pod asks for and the pool's instances cannot have: it allows only
  /// instance categories, families or types without them, GPUs of another maker, or (for Neuron and Gaudi) only
  /// instances with GPUs. Karpenter's own message says so when it has one; this answers without it.
  static func acceleratorObstacles(requests: [String: Quantity], pool: Pool) -> [NodePoolVerdict.Obstacle] {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for resource in acceleratorResources where requests[resource].map({ $0 > .zero }) == true {
      if let described = pool.excludedAccelerators[resource] {
        obstacles.append(.resource(resource, offered: described))
      }
    }
    return obstacles
  }

  /// The requirement that rules out every instance carrying `resource`, described; nil when some may be allowed.
  static func excludedInstances(carrying resource: String, offers: Offers) -> String? {
    let categories = acceleratorCategories[resource] ?? []
    // An instance type (`g5.xlarge`) starts with its family.
    let keys: [(String, (String) -> Bool)] = [
      ("karpenter.k8s.aws/instance-category", { categories.contains($0) }),
      ("eks.amazonaws.com/instance-category", { categories.contains($0) }),
      ("karpenter.k8s.aws/instance-family", { family($0, carries: resource) }),
      ("eks.amazonaws.com/instance-family", { family($0, carries: resource) }),
      ("node.kubernetes.io/instance-type", { family(String($0.prefix { $0 != "." }), carries: resource) }),
    ]
    for (key, carries) in keys {
      let (offer, described) = offers.offer(for: key)
      guard let described else { continue }
      switch offer {
      case .only(let values) where !values.contains(where: carries):
        return described
      case .except(let values) where key.hasSuffix("instance-category") && categories.isSubset(of: values):
        return described
      default: continue
      }
    }
    return nil
  }

  /// The GPU label requirement that rules out `resource`: a GPU of another maker, no GPU at all for a GPU, or
  /// (Neuron, Gaudi) a GPU, which those instances do not have, so the label is not set.
  static func excludedGPULabels(for resource: String, offers: Offers) -> String? {
    for prefix in ["karpenter.k8s.aws/", "eks.amazonaws.com/"] {
      if let maker = gpuMakers[resource] {
        let (count, countDescribed) = offers.offer(for: prefix + "instance-gpu-count")
        if case .none = count, let countDescribed { return countDescribed }
        let (makers, makersDescribed) = offers.offer(for: prefix + "instance-gpu-manufacturer")
        if let makersDescribed, !makers.allows(maker) { return makersDescribed }
        continue
      }
      for key in ["instance-gpu-count", "instance-gpu-manufacturer", "instance-gpu-name"] {
        let (gpus, described) = offers.offer(for: prefix + key)
        guard let described else { continue }
        switch gpus {
        case .none, .except: continue
        default: return described
        }
      }
    }
    return nil
  }

  /// The pool's node class, when it is known to be missing or not ready.
  static func nodeClassObstacle(_ nodePool: NodePool, nodeClasses: NodeClassCatalog?) -> NodePoolVerdict.Obstacle? {
    guard let reference = nodePool.spec?.template?.spec?.nodeClassRef, let nodeClasses else { return nil }
    let name = "\(reference.resolvedKind) \(reference.name)"
    switch nodeClasses.standing(of: reference) {
    case .missing: return .nodeClass(name, missing: true, reason: nil)
    case .notReady(let reason): return .nodeClass(name, missing: false, reason: reason)
    case .unknown, .ready: return nil
    }
  }

  /// The values a pool's nodes may have for `key`: nil for "any" (unconstrained), else the allowed set
  /// (`In`, a template label) or a complement (`NotIn`), or "none" (`DoesNotExist`, or unknown custom label).
  enum Offer {
    case any
    case only(Set<String>)
    case except(Set<String>)
    case none
    /// `Gt`/`Lt`: integers strictly between the bounds.
    case bounded(greaterThan: Int?, lessThan: Int?)

    func allows(_ value: String) -> Bool {
      switch self {
      case .any: return true
      case .only(let set): return set.contains(value)
      case .except(let set): return !set.contains(value)
      case .none: return false
      case .bounded(let low, let high):
        guard let number = Int(value) else { return false }
        return (low.map { number > $0 } ?? true) && (high.map { number < $0 } ?? true)
      }
    }
  }

  static func offer(for key: String, in nodePool: NodePool) -> (Offer, String?) {
    // Karpenter labels every node with its pool's name.
    if key == "karpenter.sh/nodepool" {
      let name = nodePool.metadata.name
      return (.only([name]), "\(key)=\(name)")
    }
    if let label = nodePool.templateLabels[key] { return (.only([label]), "\(key)=\(label)") }
    let requirements = nodePool.requirements.filter { $0.key == key }
    var offer: Offer? = nil
    var described: [String] = []
    for requirement in requirements {
      described.append(requirement.description)
      let values = Set(requirement.values ?? [])
      switch requirement.operator {
      case "In":
        switch offer {
        case .only(let existing): offer = .only(existing.intersection(values))
        case .except(let existing): offer = .only(values.subtracting(existing))
        default: offer = .only(values)
        }
      case "NotIn":
        switch offer {
        case .only(let existing): offer = .only(existing.subtracting(values))
        case .except(let existing): offer = .except(existing.union(values))
        default: offer = .except(values)
        }
      case "DoesNotExist": offer = Offer.none
      // The label is set, to whatever value a pod asks for.
      case "Exists": offer = offer ?? .any
      case "Gt", "Lt":
        guard let bound = requirement.values?.first.flatMap({ Int($0) }) else { break }
        var (low, high): (Int?, Int?) = (nil, nil)
        if case .bounded(let existingLow, let existingHigh) = offer { (low, high) = (existingLow, existingHigh) }
        if requirement.operator == "Gt" { low = max(low ?? bound, bound) } else { high = min(high ?? bound, bound) }
        offer = .bounded(greaterThan: low, lessThan: high)
      default: break
      }
    }
    if let offer { return (offer, described.joined(separator: ", ")) }
    return (unconstrained(key), nil)
  }

  /// What a pool that neither sets nor constrains `key` offers: any value of a label Karpenter nodes always get,
  /// none of any other.
  static func unconstrained(_ key: String) -> Offer {
    wellKnownLabels.contains(key) || wellKnownPrefixes.contains { key.hasPrefix($0) } ? .any : .none
  }

  static func requirementObstacles(pod: Pod, offers: Offers) -> [NodePoolVerdict.Obstacle] {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for (key, value) in (pod.spec?.nodeSelector ?? [:]).sorted(by: { $0.key < $1.key }) {
      let (offer, described) = offers.offer(for: key)
      if !offer.allows(value) { obstacles.append(.requirement(label: "\(key)=\(value)", offered: described)) }
    }
    let terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
    guard let terms, !terms.isEmpty else { return obstacles }
    // Terms are ORed: the pool fits when any term fits; otherwise report the first term's obstacles.
    var firstFailure: [NodePoolVerdict.Obstacle]? = nil
    for term in terms {
      let failures = (term.matchExpressions ?? []).compactMap { expression in
        obstacle(for: expression, offers: offers)
      }
      if failures.isEmpty { return obstacles }
      if firstFailure == nil { firstFailure = failures }
    }
    return obstacles + (firstFailure ?? [])
  }

  static func obstacle(for expression: NodeSelectorRequirement, offers: Offers) -> NodePoolVerdict.Obstacle? {
    let (offer, described) = offers.offer(for: expression.key)
    let values = expression.values ?? []
    let satisfiable: Bool
    switch expression.operator {
    case "In": satisfiable = values.contains { offer.allows($0) }
    case "NotIn":
      if case .only(let set) = offer { satisfiable = !set.isSubset(of: Set(values)) } else { satisfiable = true }
    case "Exists":
      if case .none = offer { satisfiable = false } else { satisfiable = true }
    case "DoesNotExist":
      switch offer {
      case .none, .any: satisfiable = true
      default: satisfiable = false
      }
    default: satisfiable = true
    }
    if satisfiable { return nil }
    let label =
      values.count == 1 && expression.operator == "In" ? "\(expression.key)=\(values[0])" : expression.description
    return .requirement(label: label, offered: described)
  }

  /// The requests larger than the largest node the pool launches. Only what the pod asks beyond a whole node's
  /// capacity is certain: what the node reserves for the kubelet and its daemonsets depends on settings lamp does
  /// not read, and for a request that fits within the capacity Karpenter's own message says more.
  static func sizeObstacles(requests: [String: Quantity], pool: Pool) -> [NodePoolVerdict.Obstacle] {
    pool.largest.compactMap { resource, most, described in
      guard let requested = requests[resource], requested > most else { return nil }
      return .tooSmall(resource: resource, requested: requested, most: most, described: described)
    }
  }

  /// The limits launching a node for the pod would pass. Karpenter counts the whole new node against them, not
  /// the pod: at least the pool's smallest node, and one node.
  static func limitObstacles(requests: [String: Quantity], pool: Pool) -> [NodePoolVerdict.Obstacle] {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for (resource, limit, current) in pool.limits {
      let requested: Quantity
      switch resource {
      case "cpu": requested = max(requests["cpu"] ?? .zero, pool.leastCPU)
      case "memory": requested = max(requests["memory"] ?? .zero, pool.leastMemory)
      case "nodes": requested = Quantity(integer: 1)
      default: requested = requests[resource] ?? .zero
      }
      // A pool past a limit launches nothing; at a limit, only nodes that add none of it (a GPU limit of 0 still
      // lets nodes without GPUs come).
      if current > limit || (requested > .zero && current + requested > limit) {
        obstacles.append(.limit(resource: resource, used: current, limit: limit, requested: requested))
      }
    }
    return obstacles
  }
}

extension NodePoolFit {
  /// Requirement keys (AWS, EKS Auto Mode, Azure) giving an instance's vCPUs, and its memory in MiB.
  static let instanceCPUKeys = [
    "karpenter.k8s.aws/instance-cpu", "eks.amazonaws.com/instance-cpu", "karpenter.azure.com/sku-cpu",
  ]
  static let instanceMemoryKeys = [
    "karpenter.k8s.aws/instance-memory", "eks.amazonaws.com/instance-memory", "karpenter.azure.com/sku-memory",
  ]

  /// The values the pool's nodes may have for `key`, in words: `["amd64", "arm64"]`, `["not metal"]`, `["none"]`
  /// (`DoesNotExist`), `["> 5, < 8"]`; nil when the pool neither sets nor constrains it.
  public static func allowedValues(of key: String, in nodePool: NodePool) -> [String]? {
    let (offer, described) = offer(for: key, in: nodePool)
    guard described != nil else { return nil }
    switch offer {
    case .any: return ["any"]
    case .only(let values): return values.isEmpty ? ["none"] : values.sorted()
    case .except(let values): return ["not " + values.sorted().joined(separator: ", ")]
    case .none: return ["none"]
    case .bounded(let low, let high):
      return [[low.map { "> \($0)" }, high.map { "< \($0)" }].compactMap { $0 }.joined(separator: ", ")]
    }
  }

  /// What is left under each of the pool's limits (`limit - status.resources`, never below zero), sorted by
  /// resource name; empty when the pool has no limits.
  public static func limitsLeft(of nodePool: NodePool) -> [(resource: String, left: Quantity)] {
    let used = nodePool.provisioned
    return nodePool.limits.sorted { $0.key < $1.key }.map { resource, limit in
      let left = limit - (used[resource] ?? .zero)
      return (resource, left.sign < 0 ? .zero : left)
    }
  }
}
