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

  /// A verdict for every pool, sorted by pool name. With `nodeClasses`, a pool whose node class is missing or not
  /// ready launches nothing.
  public static func evaluate(pod: Pod, nodePools: [NodePool], nodeClasses: NodeClassCatalog? = nil)
    -> [NodePoolVerdict]
  {
    // The pod's requests are summed once, not once per pool.
    let requests = pod.resourceRequests
    return nodePools.sorted { $0.metadata.name < $1.metadata.name }.map {
      evaluate(pod: pod, requests: requests, nodePool: $0, nodeClasses: nodeClasses)
    }
  }

  /// The verdict for one pool.
  public static func evaluate(pod: Pod, nodePool: NodePool, nodeClasses: NodeClassCatalog? = nil) -> NodePoolVerdict {
    evaluate(pod: pod, requests: pod.resourceRequests, nodePool: nodePool, nodeClasses: nodeClasses)
  }

  /// The verdict for one pool, `requests` being the pod's `resourceRequests`.
  static func evaluate(pod: Pod, requests: [String: Quantity], nodePool: NodePool, nodeClasses: NodeClassCatalog?)
    -> NodePoolVerdict
  {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    if let obstacle = nodeClassObstacle(nodePool, nodeClasses: nodeClasses) {
      obstacles.append(obstacle)
    } else if let ready = nodePool.conditions.first(where: { $0.type == "Ready" }), ready.status == "False" {
      // Karpenter's pool is not ready when its class is not: the class, when known, says more.
      obstacles.append(.notReady(reason: ready.reason.flatMap { $0.isEmpty ? nil : $0 }))
    }
    obstacles += emptyRequirementObstacles(nodePool)
    obstacles += requirementObstacles(pod: pod, nodePool: nodePool)
    let tolerations = pod.spec?.tolerations ?? []
    for taint in nodePool.taints where taint.blocksScheduling && !tolerations.tolerate(taint) {
      obstacles.append(.taint(taint))
    }
    obstacles += acceleratorObstacles(requests: requests, nodePool: nodePool)
    obstacles += limitObstacles(requests: requests, nodePool: nodePool)
    return NodePoolVerdict(nodePool: nodePool.metadata.name, obstacles: obstacles)
  }

  /// Labels every node has: a pool whose requirements leave one of them no value launches nothing.
  static let labelsEveryNodeHas: Set<String> = [
    "kubernetes.io/arch", "kubernetes.io/os", "node.kubernetes.io/instance-type", "topology.kubernetes.io/zone",
    "topology.kubernetes.io/region", "karpenter.sh/capacity-type", "kubernetes.io/hostname",
  ]

  /// Requirements that no instance can meet, whatever the pod: `In` and `NotIn` of the same values, `DoesNotExist`
  /// on a label every node has, `Gt 4` with `Lt 5`, or a GPU count below one (the label is set on GPU instances
  /// only).
  static func emptyRequirementObstacles(_ nodePool: NodePool) -> [NodePoolVerdict.Obstacle] {
    var keys: [String] = []
    for requirement in nodePool.requirements where !keys.contains(requirement.key) { keys.append(requirement.key) }
    return keys.compactMap { key in
      let (offer, described) = offer(for: key, in: nodePool)
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
  static func acceleratorObstacles(requests: [String: Quantity], nodePool: NodePool) -> [NodePoolVerdict.Obstacle] {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for resource in acceleratorCategories.keys.sorted() where requests[resource].map({ $0 > .zero }) == true {
      if let described = excludedInstances(carrying: resource, nodePool: nodePool)
        ?? excludedGPULabels(for: resource, nodePool: nodePool)
      {
        obstacles.append(.resource(resource, offered: described))
      }
    }
    return obstacles
  }

  /// The requirement that rules out every instance carrying `resource`, described; nil when some may be allowed.
  static func excludedInstances(carrying resource: String, nodePool: NodePool) -> String? {
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
      let (offer, described) = offer(for: key, in: nodePool)
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
  static func excludedGPULabels(for resource: String, nodePool: NodePool) -> String? {
    for prefix in ["karpenter.k8s.aws/", "eks.amazonaws.com/"] {
      if let maker = gpuMakers[resource] {
        let (count, countDescribed) = offer(for: prefix + "instance-gpu-count", in: nodePool)
        if case .none = count, let countDescribed { return countDescribed }
        let (makers, makersDescribed) = offer(for: prefix + "instance-gpu-manufacturer", in: nodePool)
        if let makersDescribed, !makers.allows(maker) { return makersDescribed }
        continue
      }
      for key in ["instance-gpu-count", "instance-gpu-manufacturer", "instance-gpu-name"] {
        let (gpus, described) = offer(for: prefix + key, in: nodePool)
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
    if key == "karpenter.sh/nodepool" { return (.only([nodePool.metadata.name]), nil) }
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
    let known = wellKnownLabels.contains(key) || wellKnownPrefixes.contains { key.hasPrefix($0) }
    return (known ? .any : .none, nil)
  }

  static func requirementObstacles(pod: Pod, nodePool: NodePool) -> [NodePoolVerdict.Obstacle] {
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for (key, value) in (pod.spec?.nodeSelector ?? [:]).sorted(by: { $0.key < $1.key }) {
      let (offer, described) = offer(for: key, in: nodePool)
      if !offer.allows(value) { obstacles.append(.requirement(label: "\(key)=\(value)", offered: described)) }
    }
    let terms = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms
    guard let terms, !terms.isEmpty else { return obstacles }
    // Terms are ORed: the pool fits when any term fits; otherwise report the first term's obstacles.
    var firstFailure: [NodePoolVerdict.Obstacle]? = nil
    for term in terms {
      let failures = (term.matchExpressions ?? []).compactMap { expression in
        obstacle(for: expression, nodePool: nodePool)
      }
      if failures.isEmpty { return obstacles }
      if firstFailure == nil { firstFailure = failures }
    }
    return obstacles + (firstFailure ?? [])
  }

  static func obstacle(for expression: NodeSelectorRequirement, nodePool: NodePool) -> NodePoolVerdict.Obstacle? {
    let (offer, described) = offer(for: expression.key, in: nodePool)
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

  static func limitObstacles(requests: [String: Quantity], nodePool: NodePool) -> [NodePoolVerdict.Obstacle] {
    guard let limits = nodePool.spec?.limits else { return [] }
    let used = nodePool.status?.resources ?? [:]
    // Karpenter counts the whole new node against the limits, not the pod.
    var requests = requests
    for (resource, least) in smallestNode(requests: requests, nodePool: nodePool) {
      requests[resource] = least
    }
    requests["nodes"] = Quantity(integer: 1)
    var obstacles: [NodePoolVerdict.Obstacle] = []
    for (resource, limit) in limits.sorted(by: { $0.key < $1.key }) {
      let current = used[resource] ?? .zero
      let requested = requests[resource] ?? .zero
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

  /// The least cpu and memory a node launched for the pod has: at least the pod's requests, at least what the
  /// pool's instance-cpu and instance-memory requirements allow, and never less than the smallest instances
  /// there are (1 vCPU, 512Mi). Karpenter launches nothing whose capacity would pass a limit.
  static func smallestNode(requests: [String: Quantity], nodePool: NodePool) -> [String: Quantity] {
    func least(_ keys: [String]) -> Int? {
      keys.lazy.compactMap { key -> Int? in
        switch offer(for: key, in: nodePool).0 {
        case .only(let values): return values.compactMap { Int($0) }.min()
        case .bounded(let above?, _): return above == Int.max ? above : above + 1
        default: return nil
        }
      }.first
    }
    let cpu = Quantity(integer: Int64(least(instanceCPUKeys) ?? 1))
    let memory = Quantity(integer: Int64(least(instanceMemoryKeys) ?? 512) << 20, format: .binarySI)
    return [
      "cpu": max(requests["cpu"] ?? .zero, cpu), "memory": max(requests["memory"] ?? .zero, memory),
    ]
  }

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
