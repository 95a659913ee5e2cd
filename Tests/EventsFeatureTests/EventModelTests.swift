import EventsFeature
import Foundation
import KubeAPI
import Testing

@Suite("ClusterEvent, EventCollapser, NodePoolFit")
struct EventModelTests {
  @Test("both event APIs normalise to the same view (series and legacy counts)")
  func normalisation() throws {
    for name in ["event-failedscheduling", "event-backoff-count"] {
      let core = ClusterEvent(try DemoCluster.fixture("\(name).core-v1.json", as: Event.self))
      let modern = ClusterEvent(try DemoCluster.fixture("\(name).events-v1.json", as: EventV1.self))
      #expect(core == modern, "\(name)")
    }
    let series = ClusterEvent(try DemoCluster.fixture("event-failedscheduling.core-v1.json", as: Event.self))
    #expect(series.count == 7)
    #expect(series.lastSeen.map(KubeTime.formatMicro) == "2026-11-20T10:21:44.019533Z")
    #expect(series.firstSeen.map(KubeTime.formatMicro) == "2026-11-20T10:14:03.412876Z")
    #expect(series.source == "default-scheduler")
    let legacy = ClusterEvent(try DemoCluster.fixture("event-backoff-count.core-v1.json", as: Event.self))
    #expect(legacy.count == 27)
    #expect(legacy.lastSeen.map(KubeTime.format) == "2026-11-20T10:19:57Z")
    #expect(legacy.host == "ip-10-0-118-42.us-west-2.compute.internal")
  }

  @Test("without a firstTimestamp, first seen is the creation time, but never later than last seen")
  func firstSeenWithoutFirstTimestamp() throws {
    func event(created: TimeInterval) -> ClusterEvent {
      ClusterEvent(
        Event(
          metadata: ObjectMeta(name: "e", namespace: "shop", creationTimestamp: Date(timeIntervalSince1970: created)),
          involvedObject: ObjectReference(kind: "Pod", namespace: "shop", name: "p"), reason: "BackOff",
          message: "m", type: "Warning", count: 3, lastTimestamp: Date(timeIntervalSince1970: 100)))
    }
    #expect(event(created: 50).firstSeen == Date(timeIntervalSince1970: 50))
    // Recreated by a controller that kept only lastTimestamp (a migration, a backup restored).
    #expect(event(created: 500).firstSeen == Date(timeIntervalSince1970: 100))
    #expect(event(created: 500).lastSeen == Date(timeIntervalSince1970: 100))
  }

  @Test("timestamps format to the wire form, zero-padded, and parse back")
  func timestampFormat() throws {
    for text in ["2026-11-20T10:19:57Z", "0987-03-04T05:06:07Z", "9999-12-31T23:59:59Z", "1970-01-01T00:00:00Z"] {
      let date = try #require(KubeTime.parse(text))
      #expect(KubeTime.format(date) == text)
      var bytes = [UInt8](repeating: 0, count: KubeTime.formattedCount + 1)
      let count = bytes.withUnsafeMutableBufferPointer { KubeTime.format(date, at: $0.baseAddress! + 1) }
      #expect(count == KubeTime.formattedCount)
      #expect(String(decoding: bytes[1...], as: UTF8.self) == text)
    }
    let micro = try #require(KubeTime.parse("2026-11-20T10:21:44.000123Z"))
    #expect(KubeTime.formatMicro(micro) == "2026-11-20T10:21:44.000123Z")
    // The whole-second form drops the fraction, even one that the microsecond form rounds up.
    let late = Date(timeIntervalSince1970: 1_795_000_000.9999996)
    #expect(KubeTime.format(late) == "2026-11-18T11:06:40Z")
    #expect(KubeTime.formatMicro(late) == "2026-11-18T11:06:41.000000Z")
  }

  @Test("repeats collapse: counts add up, first and last seen widen")
  func collapse() {
    let pod = ObjectReference(apiVersion: "v1", kind: "Pod", namespace: "shop", name: "a", uid: "u1")
    func event(_ name: String, count: Int, first: Double, last: Double, message: String = "boom") -> ClusterEvent {
      ClusterEvent(
        name: name, namespace: "shop", regarding: pod, reason: "BackOff", message: message, type: "Warning",
        count: count, firstSeen: Date(timeIntervalSince1970: first), lastSeen: Date(timeIntervalSince1970: last))
    }
    let events = [
      event("x", count: 2, first: 100, last: 200), event("y", count: 3, first: 50, last: 300),
      event("z", count: 1, first: 10, last: 20, message: "other"),
    ]
    let groups = EventCollapser.groups(events)
    #expect(groups.count == 2)
    #expect(groups[0].count == 5)
    #expect(groups[0].firstSeen == Date(timeIntervalSince1970: 50))
    #expect(events[groups[0].newest].lastSeen == Date(timeIntervalSince1970: 300))
    #expect(events[groups[0].newest].name == "y", "the newest member speaks for the row")
    #expect(groups[1].first == 2 && groups[1].count == 1)
  }

  @Test("NodePoolFit: a pod asking for GPUs or Neuron devices does not fit a pool whose instances cannot have them")
  func acceleratorFit() throws {
    func pool(_ requirements: [NodeSelectorRequirement]) -> NodePool {
      NodePool(
        metadata: ObjectMeta(name: "p"),
        spec: NodePool.Spec(template: NodePool.Template(spec: NodePool.TemplateSpec(requirements: requirements))))
    }
    func reasons(_ resource: String, _ requirements: [NodeSelectorRequirement]) -> [String] {
      let pod = Pod(
        metadata: ObjectMeta(name: "train"),
        spec: Pod.Spec(containers: [
          Pod.Container(name: "c", resources: ResourceRequirements(limits: [resource: Quantity(integer: 1)]))
        ]))
      return NodePoolFit.evaluate(pod: pod, nodePool: pool(requirements)).reasons
    }
    let category = "karpenter.k8s.aws/instance-category"
    let gpu = "nvidia.com/gpu"
    #expect(reasons(gpu, []) == [], "an unconstrained pool may launch any instance")
    #expect(
      reasons(gpu, [NodeSelectorRequirement(key: category, operator: "In", values: ["c", "m", "r"])])
        == ["offers no nvidia.com/gpu (karpenter.k8s.aws/instance-category In [c m r])"])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: category, operator: "In", values: ["g", "m"])]) == [])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: category, operator: "NotIn", values: ["g", "p"])]).count == 1)
    let family = "karpenter.k8s.aws/instance-family"
    #expect(reasons(gpu, [NodeSelectorRequirement(key: family, operator: "In", values: ["g5", "m6i"])]) == [])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: family, operator: "In", values: ["m6i"])]).count == 1)
    let type = "node.kubernetes.io/instance-type"
    #expect(reasons(gpu, [NodeSelectorRequirement(key: type, operator: "In", values: ["p4d.24xlarge"])]) == [])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: type, operator: "In", values: ["c6i.large"])]).count == 1)
    let count = "karpenter.k8s.aws/instance-gpu-count"
    #expect(
      reasons(gpu, [NodeSelectorRequirement(key: count, operator: "DoesNotExist")])
        == ["offers no nvidia.com/gpu (karpenter.k8s.aws/instance-gpu-count DoesNotExist)"])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: count, operator: "Gt", values: ["0"])]) == [])
    let neuron = "aws.amazon.com/neuron"
    #expect(reasons(neuron, [NodeSelectorRequirement(key: category, operator: "In", values: ["g", "p"])]).count == 1)
    #expect(reasons(neuron, [NodeSelectorRequirement(key: category, operator: "In", values: ["inf"])]) == [])
    // Neuron instances have no GPU, so the GPU labels are not set on them.
    #expect(
      reasons(neuron, [NodeSelectorRequirement(key: count, operator: "Gt", values: ["0"])])
        == ["offers no aws.amazon.com/neuron (karpenter.k8s.aws/instance-gpu-count Gt [0])"])
    // Among the g families, g4ad has AMD GPUs and the others NVIDIA's.
    let amd = "amd.com/gpu"
    #expect(reasons(amd, [NodeSelectorRequirement(key: family, operator: "In", values: ["g5"])]).count == 1)
    #expect(reasons(amd, [NodeSelectorRequirement(key: type, operator: "In", values: ["g4dn.xlarge"])]).count == 1)
    #expect(reasons(amd, [NodeSelectorRequirement(key: family, operator: "In", values: ["g4ad"])]) == [])
    #expect(reasons(gpu, [NodeSelectorRequirement(key: family, operator: "In", values: ["g4ad"])]).count == 1)
    let maker = "karpenter.k8s.aws/instance-gpu-manufacturer"
    #expect(reasons(amd, [NodeSelectorRequirement(key: maker, operator: "In", values: ["nvidia"])]).count == 1)
    #expect(reasons(gpu, [NodeSelectorRequirement(key: maker, operator: "In", values: ["nvidia"])]) == [])
    // Karpenter launches nodes only for the extended resources its instance types list: no pool serves a device
    // plugin's own.
    #expect(reasons("example.com/fpga", []) == ["offers no example.com/fpga (no instance type has it)"])
    #expect(reasons("vpc.amazonaws.com/efa", []) == [])
    #expect(reasons("hugepages-2Mi", []) == [], "a standard resource is left to Karpenter's own message")
  }

  @Test("NodePoolFit: requirements no instance can meet leave a pool nothing to launch, whatever the pod")
  func emptyRequirements() throws {
    func reasons(_ requirements: [NodeSelectorRequirement]) -> [String] {
      let pool = NodePool(
        metadata: ObjectMeta(name: "p"),
        spec: NodePool.Spec(template: NodePool.Template(spec: NodePool.TemplateSpec(requirements: requirements))))
      return NodePoolFit.evaluate(pod: Pod(metadata: ObjectMeta(name: "any")), nodePool: pool).reasons
    }
    let arch = "kubernetes.io/arch"
    #expect(
      reasons([NodeSelectorRequirement(key: arch, operator: "DoesNotExist")])
        == ["allows no instance (kubernetes.io/arch DoesNotExist)"])
    #expect(
      reasons([
        NodeSelectorRequirement(key: arch, operator: "In", values: ["arm64"]),
        NodeSelectorRequirement(key: arch, operator: "NotIn", values: ["arm64"]),
      ]) == ["allows no instance (kubernetes.io/arch In [arm64], kubernetes.io/arch NotIn [arm64])"])
    let count = "karpenter.k8s.aws/instance-gpu-count"
    #expect(reasons([NodeSelectorRequirement(key: count, operator: "In", values: ["0"])]).count == 1)
    #expect(reasons([NodeSelectorRequirement(key: count, operator: "Lt", values: ["1"])]).count == 1)
    let cpu = "karpenter.k8s.aws/instance-cpu"
    #expect(
      reasons([
        NodeSelectorRequirement(key: cpu, operator: "Gt", values: ["4"]),
        NodeSelectorRequirement(key: cpu, operator: "Lt", values: ["5"]),
      ]).count == 1)
    #expect(reasons([NodeSelectorRequirement(key: "example.com/team", operator: "DoesNotExist")]) == [])
    // Bounds at the edge of Int do not overflow.
    let max = String(Int.max)
    #expect(reasons([NodeSelectorRequirement(key: cpu, operator: "Gt", values: [max])]) == [])
    #expect(
      reasons([
        NodeSelectorRequirement(key: cpu, operator: "Gt", values: [max]),
        NodeSelectorRequirement(key: cpu, operator: "Lt", values: [String(Int.min)]),
      ]).count == 1)
    #expect(reasons([NodeSelectorRequirement(key: arch, operator: "NotIn", values: ["arm64"])]) == [])
  }

  @Test("NodePoolFit: a limit is checked against the smallest node the pool may launch, not the pod's request")
  func limitAgainstSmallestNode() throws {
    func reasons(cpuUsed: String, _ requirements: [NodeSelectorRequirement] = []) throws -> [String] {
      let pool = NodePool(
        metadata: ObjectMeta(name: "p"),
        spec: NodePool.Spec(
          template: NodePool.Template(spec: NodePool.TemplateSpec(requirements: requirements)),
          limits: ["cpu": Quantity(integer: 16)]),
        status: NodePool.Status(resources: ["cpu": try Quantity(parsing: cpuUsed)]))
      let pod = Pod(
        metadata: ObjectMeta(name: "small"),
        spec: Pod.Spec(containers: [
          Pod.Container(
            name: "c", resources: ResourceRequirements(requests: ["cpu": try Quantity(parsing: "250m")]))
        ]))
      return NodePoolFit.evaluate(pod: pod, nodePool: pool).reasons
    }
    #expect(try reasons(cpuUsed: "15") == [])
    #expect(try reasons(cpuUsed: "15500m") == ["cpu limit 16 too low (15500m used, a node for it needs 1)"])
    let cpu = "karpenter.k8s.aws/instance-cpu"
    #expect(
      try reasons(cpuUsed: "12", [NodeSelectorRequirement(key: cpu, operator: "Gt", values: ["7"])])
        == ["cpu limit 16 too low (12 used, a node for it needs 8)"])
    #expect(try reasons(cpuUsed: "12", [NodeSelectorRequirement(key: cpu, operator: "In", values: ["4", "8"])]) == [])
    #expect(
      try reasons(cpuUsed: "12", [NodeSelectorRequirement(key: cpu, operator: "Gt", values: [String(Int.max)])])
        .count == 1)
  }

  @Test("NodePoolFit: a pod asking for more than the largest node the pool's instance-cpu or -memory allows")
  func requestLargerThanLargestNode() throws {
    func reasons(cpu: String, memory: String = "1Gi", _ requirements: [NodeSelectorRequirement]) throws -> [String] {
      let pool = NodePool(
        metadata: ObjectMeta(name: "p"),
        spec: NodePool.Spec(template: NodePool.Template(spec: NodePool.TemplateSpec(requirements: requirements))))
      let requests = ["cpu": try Quantity(parsing: cpu), "memory": try Quantity(parsing: memory)]
      let pod = Pod(
        metadata: ObjectMeta(name: "big"),
        spec: Pod.Spec(containers: [Pod.Container(name: "c", resources: ResourceRequirements(requests: requests))]))
      return NodePoolFit.evaluate(pod: pod, nodePool: pool).reasons
    }
    let cpu = "karpenter.k8s.aws/instance-cpu"
    let memory = "karpenter.k8s.aws/instance-memory"
    let upTo8 = NodeSelectorRequirement(key: cpu, operator: "In", values: ["4", "8"])
    #expect(
      try reasons(cpu: "12", [upTo8])
        == ["nodes of at most 8 cpu (karpenter.k8s.aws/instance-cpu In [4 8]) for a request of 12"])
    // A whole node's capacity is not ruled out: what it reserves for itself depends on settings lamp does not read.
    #expect(try reasons(cpu: "8", [upTo8]) == [])
    #expect(try reasons(cpu: "7500m", [upTo8]) == [])
    #expect(
      try reasons(cpu: "9", [NodeSelectorRequirement(key: cpu, operator: "Lt", values: ["9"])])
        == ["nodes of at most 8 cpu (karpenter.k8s.aws/instance-cpu Lt [9]) for a request of 9"])
    // Only a lower bound, or none, sets no largest node.
    #expect(try reasons(cpu: "500", [NodeSelectorRequirement(key: cpu, operator: "Gt", values: ["3"])]) == [])
    #expect(try reasons(cpu: "500", [NodeSelectorRequirement(key: cpu, operator: "NotIn", values: ["2"])]) == [])
    #expect(try reasons(cpu: "500", []) == [])
    // instance-memory is in MiB.
    let upTo16Gi = NodeSelectorRequirement(key: memory, operator: "Lt", values: ["16385"])
    #expect(try reasons(cpu: "1", memory: "16Gi", [upTo16Gi]) == [])
    #expect(
      try reasons(cpu: "1", memory: "20Gi", [upTo16Gi])
        == ["nodes of at most 16Gi memory (karpenter.k8s.aws/instance-memory Lt [16385]) for a request of 20Gi"])
    // Bounds at the edge of Int do not overflow.
    #expect(
      try reasons(cpu: "1", [NodeSelectorRequirement(key: memory, operator: "In", values: [String(Int.max)])]) == [])
    #expect(
      try reasons(cpu: "1", [NodeSelectorRequirement(key: cpu, operator: "Lt", values: [String(Int.min)])]) == [])
  }

  @Test("NodePoolFit: a limit of 0 on what the pod does not ask for (GPUs) lets nodes without it come")
  func zeroLimitOnAnotherResource() throws {
    let pool = NodePool(
      metadata: ObjectMeta(name: "p"),
      spec: NodePool.Spec(limits: ["cpu": Quantity(integer: 100), "nvidia.com/gpu": .zero]),
      status: NodePool.Status(resources: ["cpu": Quantity(integer: 10)]))
    let plain = Pod(metadata: ObjectMeta(name: "plain"))
    #expect(NodePoolFit.evaluate(pod: plain, nodePool: pool).fits)
    let gpu = Pod(
      metadata: ObjectMeta(name: "gpu"),
      spec: Pod.Spec(containers: [
        Pod.Container(name: "c", resources: ResourceRequirements(limits: ["nvidia.com/gpu": Quantity(integer: 1)]))
      ]))
    #expect(NodePoolFit.evaluate(pod: gpu, nodePool: pool).reasons == ["at its nvidia.com/gpu limit (0 of 0)"])
    var past = pool
    past.status?.resources?["cpu"] = Quantity(integer: 101)
    #expect(NodePoolFit.evaluate(pod: plain, nodePool: past).reasons == ["at its cpu limit (101 of 100)"])
  }

  @Test("NodePoolFit: requirements, template labels, unknown labels, taints and limits")
  func nodePoolFit() throws {
    let pool: NodePool = try DemoCluster.fixture("nodepool-with-status.json")
    func pod(_ selector: [String: String], tolerate: Bool = true, cpu: String = "1") throws -> Pod {
      Pod(
        metadata: ObjectMeta(name: "p"),
        spec: Pod.Spec(
          nodeSelector: selector,
          tolerations: tolerate ? [Toleration(key: "example.com/dedicated", operator: "Exists")] : [],
          containers: [
            Pod.Container(name: "c", resources: ResourceRequirements(requests: ["cpu": try .init(parsing: cpu)]))
          ]))
    }
    #expect(NodePoolFit.evaluate(pod: try pod(["kubernetes.io/arch": "amd64"]), nodePool: pool).fits)
    #expect(NodePoolFit.evaluate(pod: try pod(["workload-class": "batch"]), nodePool: pool).fits)
    #expect(
      NodePoolFit.evaluate(pod: try pod(["kubernetes.io/arch": "arm64"]), nodePool: pool).reasons
        == ["offers kubernetes.io/arch In [amd64] only"])
    #expect(
      NodePoolFit.evaluate(pod: try pod(["team": "a"]), nodePool: pool).reasons == ["does not set team"])
    #expect(
      NodePoolFit.evaluate(pod: try pod([:], tolerate: false), nodePool: pool).reasons
        == ["taint example.com/dedicated=batch:NoSchedule not tolerated"])
    #expect(
      NodePoolFit.evaluate(pod: try pod([:], cpu: "990"), nodePool: pool).reasons
        == ["cpu limit 1k too low (16 used, a node for it needs 990)"])

    // Exists lets a pod choose the value; Gt and Lt bound numbers; a pool that is not Ready provides nothing.
    var bounded = pool
    bounded.spec?.template?.spec?.requirements? += [
      NodeSelectorRequirement(key: "example.com/team", operator: "Exists"),
      NodeSelectorRequirement(key: "karpenter.k8s.aws/instance-generation", operator: "Gt", values: ["5"]),
      NodeSelectorRequirement(key: "karpenter.k8s.aws/instance-generation", operator: "Lt", values: ["8"]),
    ]
    #expect(NodePoolFit.evaluate(pod: try pod(["example.com/team": "ml"]), nodePool: bounded).fits)
    #expect(NodePoolFit.evaluate(pod: try pod(["karpenter.k8s.aws/instance-generation": "6"]), nodePool: bounded).fits)
    for generation in ["4", "5", "8", "x"] {
      #expect(
        !NodePoolFit.evaluate(pod: try pod(["karpenter.k8s.aws/instance-generation": generation]), nodePool: bounded)
          .fits, "\(generation)")
    }
    var notReady = pool
    notReady.status?.conditions = [StatusCondition(type: "Ready", status: "False", reason: "NodeClassNotReady")]
    #expect(
      NodePoolFit.evaluate(pod: try pod(["kubernetes.io/arch": "amd64"]), nodePool: notReady).reasons
        == ["not ready (NodeClassNotReady)"])

    // Its node class, when read, says more than the pool's own Ready condition; an unread kind says nothing.
    let reference = try #require(pool.spec?.template?.spec?.nodeClassRef)
    let amd64 = try pod(["kubernetes.io/arch": "amd64"])
    func reasons(_ catalog: NodeClassCatalog, _ pool: NodePool = pool) -> [String] {
      NodePoolFit.evaluate(pod: amd64, nodePool: pool, nodeClasses: catalog).reasons
    }
    let kind = reference.resolvedKind
    #expect(reasons(NodeClassCatalog()) == [])
    #expect(reasons(NodeClassCatalog(kindsRead: [kind])) == ["names \(kind) \(reference.name), which does not exist"])
    #expect(reasons(NodeClassCatalog(kindsRead: [kind]), notReady) == reasons(NodeClassCatalog(kindsRead: [kind])))
    var nodeClass = NodeClass(
      kind: kind, metadata: ObjectMeta(name: reference.name),
      status: NodeClass.Status(conditions: [StatusCondition(type: "Ready", status: "False", reason: "AMINotFound")]))
    #expect(
      reasons(NodeClassCatalog(classes: [nodeClass], kindsRead: [kind]))
        == ["names \(kind) \(reference.name), which is not ready (AMINotFound)"])
    nodeClass.status?.conditions = [StatusCondition(type: "Ready", status: "True")]
    #expect(reasons(NodeClassCatalog(classes: [nodeClass], kindsRead: [kind])) == [])
  }
}
