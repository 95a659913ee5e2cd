import KubeAPI

extension ScaleBuilder {
  private static let zones = [("us-west-2a", "usw2-az2"), ("us-west-2b", "usw2-az1"), ("us-west-2c", "usw2-az3")]

  /// The EC2NodeClass, NodePools, NodeClaims and Nodes. Node `i` belongs to NodePool `i % nodepools`.
  mutating func addCluster() {
    let poolNames = (0..<spec.nodepools).map(Self.poolName)
    let types = (0..<spec.nodes).map { _ in ScaleInstanceType.all[random.below(ScaleInstanceType.all.count)] }
    if !poolNames.isEmpty { addNodeClass() }
    var poolUIDs = [String]()
    for (index, pool) in poolNames.enumerated() {
      let members = stride(from: index, to: spec.nodes, by: poolNames.count).map { types[$0] }
      poolUIDs.append(addNodePool(name: pool, index: index, members: members))
    }
    var claimNames = Set<String>()
    for index in 0..<spec.nodes {
      let type = types[index]
      let zone = Self.zones[index % Self.zones.count]
      let ip = "10.\(index / 62_500 + 1).\(index / 250 % 250).\(index % 250 + 3)"
      let name = "ip-" + ip.replacingOccurrences(of: ".", with: "-") + ".us-west-2.compute.internal"
      let created = 3600 + Int64(random.below(30 * 86_400))
      var claim: (name: String, uid: String, pool: String)?
      if !poolNames.isEmpty {
        let pool = poolNames[index % poolNames.count]
        var claimName = pool + "-" + random.suffix(5)
        while !claimNames.insert(claimName).inserted { claimName = pool + "-" + random.suffix(5) }
        let claimUID = random.uuid()
        claim = (claimName, claimUID, pool)
        addNodeClaim(
          name: claimName, uid: claimUID, pool: pool, poolUID: poolUIDs[index % poolNames.count],
          spot: index % poolNames.count % 2 == 1, type: type, zone: zone, node: name, created: created + 30)
      }
      let uid = random.uuid()
      nodes.append(NodeInfo(name: name, uid: uid, ip: ip, zone: zone.0))
      addNode(
        name: name, uid: uid, ip: ip, type: type, zone: zone, created: created, claim: claim,
        spot: index % max(poolNames.count, 1) % 2 == 1)
    }
  }

  /// `default` (on-demand), `spot`, then `pool-02`, `pool-03`...
  private static func poolName(_ index: Int) -> String {
    switch index {
    case 0: return "default"
    case 1: return "spot"
    default:
      let digits = String(index)
      return "pool-" + (digits.count < 2 ? "0" : "") + digits
    }
  }

  private func instanceLabels(type: ScaleInstanceType, zone: (String, String), pool: String, spot: Bool)
    -> [String: JSONValue]
  {
    ScaleBuilder.strings([
      "karpenter.k8s.aws/ec2nodeclass": "default", "karpenter.k8s.aws/instance-category": type.category,
      "karpenter.k8s.aws/instance-cpu": String(type.cpu),
      "karpenter.k8s.aws/instance-cpu-manufacturer": type.manufacturer,
      "karpenter.k8s.aws/instance-family": type.family, "karpenter.k8s.aws/instance-generation": type.generation,
      "karpenter.k8s.aws/instance-hypervisor": "nitro", "karpenter.k8s.aws/instance-memory": String(type.memoryMiB),
      "karpenter.k8s.aws/instance-size": type.size, "karpenter.sh/capacity-type": spot ? "spot" : "on-demand",
      "karpenter.sh/nodepool": pool, "kubernetes.io/arch": "amd64", "kubernetes.io/os": "linux",
      "node.kubernetes.io/instance-type": type.name, "topology.k8s.aws/zone-id": zone.1,
      "topology.kubernetes.io/region": "us-west-2", "topology.kubernetes.io/zone": zone.0,
    ]).objectValue ?? [:]
  }

  private func condition(_ type: String, _ status: String, _ time: String, reason: String? = nil) -> JSONValue {
    .object([
      "type": .string(type), "status": .string(status), "lastTransitionTime": .string(time),
      "reason": .string(reason ?? type), "message": .string(""), "observedGeneration": .int(1),
    ])
  }

  private mutating func addNodeClass() {
    let created = ago(120 * 86_400)
    objects.append(
      .object([
        "apiVersion": .string("karpenter.k8s.aws/v1"), "kind": .string("EC2NodeClass"),
        "metadata": .object(
          metadata(
            name: "default", namespace: nil, created: created,
            annotations: ["karpenter.k8s.aws/ec2nodeclass-hash": .string("5763643673275251833")])),
        "spec": .object([
          "amiSelectorTerms": .array([.object(["alias": .string("al2023@latest")])]),
          "role": .string("KarpenterNodeRole-scale-cluster"),
          "securityGroupSelectorTerms": .array([
            .object(["tags": ScaleBuilder.strings(["karpenter.sh/discovery": "scale"])])
          ]),
          "subnetSelectorTerms": .array([.object(["tags": ScaleBuilder.strings(["karpenter.sh/discovery": "scale"])])]),
        ]),
        "status": .object([
          "conditions": .array(
            ["AMIsReady", "InstanceProfileReady", "Ready", "SecurityGroupsReady", "SubnetsReady"].map {
              condition($0, "True", created)
            })
        ]),
      ]))
  }

  private mutating func addNodePool(name: String, index: Int, members: [ScaleInstanceType]) -> String {
    let cpu = members.reduce(0) { $0 + $1.cpu }
    let memory = members.reduce(0) { $0 + $1.memoryMiB * 970 / 1024 }
    let pods = members.reduce(0) { $0 + $1.maxPods }
    // The first pool sits exactly at its cpu limit, the others have room to grow.
    let limit = index == 0 ? cpu : (cpu * 2 + 99) / 100 * 100 + 100
    let created = ago(120 * 86_400 - 60)
    let uid = random.uuid()
    let capacityType = index % 2 == 1 ? "spot" : "on-demand"
    objects.append(
      .object([
        "apiVersion": .string("karpenter.sh/v1"), "kind": .string("NodePool"),
        "metadata": .object(metadata(name: name, namespace: nil, created: created, uid: uid)),
        "spec": .object([
          "disruption": .object([
            "budgets": .array([.object(["nodes": .string("10%")])]), "consolidateAfter": .string("1m"),
            "consolidationPolicy": .string("WhenEmptyOrUnderutilized"),
          ]),
          "limits": ScaleBuilder.strings(["cpu": String(limit), "memory": "\(limit * 4)Gi"]),
          "template": .object([
            "spec": .object([
              "expireAfter": .string("720h"),
              "nodeClassRef": ScaleBuilder.strings([
                "group": "karpenter.k8s.aws", "kind": "EC2NodeClass", "name": "default",
              ]),
              "requirements": .array([
                requirement("kubernetes.io/arch", "In", ["amd64"]), requirement("kubernetes.io/os", "In", ["linux"]),
                requirement("karpenter.sh/capacity-type", "In", [capacityType]),
                requirement("karpenter.k8s.aws/instance-category", "In", ["c", "m", "r"]),
              ]),
            ])
          ]),
        ]),
        "status": .object([
          "conditions": .array(
            ["NodeClassReady", "NodeRegistrationHealthy", "Ready", "ValidationSucceeded"].map {
              condition($0, "True", created)
            }),
          "nodes": .int(Int64(members.count)),
          "resources": ScaleBuilder.strings([
            "cpu": String(cpu), "memory": "\(memory)Mi", "pods": String(pods), "nodes": String(members.count),
            "ephemeral-storage": "\(members.count * 20)Gi",
          ]),
        ]),
      ]))
    return uid
  }

  private func requirement(_ key: String, _ op: String, _ values: [String]) -> JSONValue {
    .object(["key": .string(key), "operator": .string(op), "values": .array(values.map { .string($0) })])
  }

  private mutating func addNodeClaim(
    name: String, uid: String, pool: String, poolUID: String, spot: Bool, type: ScaleInstanceType,
    zone: (String, String), node: String, created: Int64
  ) {
    let launched = ago(created - 3)
    let ready = ago(created - 40)
    let capacity = ScaleBuilder.strings([
      "cpu": String(type.cpu), "memory": "\(type.memoryMiB * 970 / 1024)Mi", "pods": String(type.maxPods),
      "ephemeral-storage": "20Gi",
    ])
    objects.append(
      .object([
        "apiVersion": .string("karpenter.sh/v1"), "kind": .string("NodeClaim"),
        "metadata": .object(
          metadata(
            name: name, namespace: nil, created: ago(created),
            labels: instanceLabels(type: type, zone: zone, pool: pool, spot: spot),
            owner: ScaleBuilder.owner(apiVersion: "karpenter.sh/v1", kind: "NodePool", name: pool, uid: poolUID),
            uid: uid)),
        "spec": .object([
          "expireAfter": .string("720h"),
          "nodeClassRef": ScaleBuilder.strings([
            "group": "karpenter.k8s.aws", "kind": "EC2NodeClass", "name": "default",
          ]),
          "requirements": .array([
            requirement("karpenter.sh/nodepool", "In", [pool]),
            requirement("node.kubernetes.io/instance-type", "In", [type.name]),
          ]),
        ]),
        "status": .object([
          "allocatable": capacity, "capacity": capacity, "imageID": .string("ami-08946d4d49fc3f27b"),
          "nodeName": .string(node), "providerID": .string("aws:///\(zone.0)/i-0\(random.hex(16))"),
          "conditions": .array([
            condition("Initialized", "True", ready), condition("Launched", "True", launched),
            condition("Ready", "True", ready), condition("Registered", "True", ready),
          ]),
        ]),
      ]))
  }

  private mutating func addNode(
    name: String, uid: String, ip: String, type: ScaleInstanceType, zone: (String, String), created: Int64,
    claim: (name: String, uid: String, pool: String)?, spot: Bool
  ) {
    var labels: [String: JSONValue] = [
      "kubernetes.io/hostname": .string(name), "beta.kubernetes.io/arch": .string("amd64"),
      "beta.kubernetes.io/os": .string("linux"), "beta.kubernetes.io/instance-type": .string(type.name),
    ]
    var owner: JSONValue?
    if let claim {
      labels.merge(instanceLabels(type: type, zone: zone, pool: claim.pool, spot: spot)) { first, _ in first }
      labels["karpenter.sh/registered"] = .string("true")
      labels["karpenter.sh/initialized"] = .string("true")
      owner = .object([
        "apiVersion": .string("karpenter.sh/v1"), "kind": .string("NodeClaim"), "name": .string(claim.name),
        "uid": .string(claim.uid), "blockOwnerDeletion": .bool(true),
      ])
    } else {
      labels.merge(
        ScaleBuilder.strings([
          "eks.amazonaws.com/nodegroup": "workers", "eks.amazonaws.com/capacityType": "ON_DEMAND",
          "kubernetes.io/arch": "amd64", "kubernetes.io/os": "linux", "node.kubernetes.io/instance-type": type.name,
          "topology.kubernetes.io/region": "us-west-2", "topology.kubernetes.io/zone": zone.0,
        ]).objectValue ?? [:]
      ) { first, _ in first }
    }
    var meta = metadata(
      name: name, namespace: nil, created: ago(created), labels: labels,
      annotations: [
        "alpha.kubernetes.io/provided-node-ip": .string(ip), "node.alpha.kubernetes.io/ttl": .string("0"),
        "volumes.kubernetes.io/controller-managed-attach-detach": .string("true"),
      ], owner: owner, uid: uid)
    if claim != nil { meta["finalizers"] = .array([.string("karpenter.sh/termination")]) }
    let heartbeat = ago(Int64(20 + random.below(200)))
    let since = ago(created - 12)
    func nodeCondition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSONValue {
      .object([
        "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
        "lastHeartbeatTime": .string(heartbeat), "lastTransitionTime": .string(since),
      ])
    }
    objects.append(
      .object([
        "apiVersion": .string("v1"), "kind": .string("Node"), "metadata": .object(meta),
        "spec": .object(["providerID": .string("aws:///\(zone.0)/i-0\(random.hex(16))")]),
        "status": .object([
          "addresses": .array([
            ScaleBuilder.strings(["type": "InternalIP", "address": ip]),
            ScaleBuilder.strings(["type": "InternalDNS", "address": name]),
            ScaleBuilder.strings(["type": "Hostname", "address": name]),
          ]),
          "allocatable": ScaleBuilder.strings([
            "cpu": "\(type.allocatableMilliCPU)m", "memory": "\(type.allocatableKiB)Ki", "pods": String(type.maxPods),
            "ephemeral-storage": "18181869978", "hugepages-1Gi": "0", "hugepages-2Mi": "0",
          ]),
          "capacity": ScaleBuilder.strings([
            "cpu": String(type.cpu), "memory": "\(type.capacityKiB)Ki", "pods": String(type.maxPods),
            "ephemeral-storage": "20893676Ki", "hugepages-1Gi": "0", "hugepages-2Mi": "0",
          ]),
          "conditions": .array([
            nodeCondition(
              "MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            nodeCondition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            nodeCondition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            nodeCondition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
          ]),
          "daemonEndpoints": .object(["kubeletEndpoint": .object(["Port": .int(10250)])]),
          "nodeInfo": ScaleBuilder.strings([
            "architecture": "amd64", "bootID": random.uuid(), "containerRuntimeVersion": "containerd://2.1.4",
            "kernelVersion": "6.12.46-66.121.amzn2023.x86_64", "kubeProxyVersion": "",
            "kubeletVersion": "v1.34.1-eks-113cf36", "machineID": "ec2" + random.hex(29), "operatingSystem": "linux",
            "osImage": "Amazon Linux 2023.9.20261110", "systemUUID": random.uuid(),
          ]),
        ]),
      ]))
  }
}
