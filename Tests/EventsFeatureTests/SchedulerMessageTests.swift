import Testing

@testable import EventsFeature

@Suite("SchedulerMessage and KarpenterMessage")
struct SchedulerMessageTests {
  @Test("current wording: counts, named taints, resources, selectors, preemption tail ignored")
  func currentWording() throws {
    let message = try #require(
      SchedulerMessage.parse(
        "0/5 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, 2 Insufficient cpu, "
          + "1 node(s) had untolerated taint {node.kubernetes.io/memory-pressure: }, "
          + "2 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: "
          + "2 No preemption victims found for incoming pod, 3 Preemption is not helpful for scheduling."))
    #expect(message.totalNodes == 5)
    #expect(
      message.items == [
        .init(count: 1, reason: .untoleratedTaint(key: "CriticalAddonsOnly", value: "true")),
        .init(count: 2, reason: .insufficient(resource: "cpu")),
        .init(count: 1, reason: .untoleratedTaint(key: "node.kubernetes.io/memory-pressure", value: "")),
        .init(count: 2, reason: .nodeAffinity),
      ])
  }

  @Test("older wording: 'had taint {k: v}, that the pod didn't tolerate', 'node selector', 'Too many pods'")
  func olderWording() throws {
    let message = try #require(
      SchedulerMessage.parse(
        "0/4 nodes are available: 1 node(s) had taint {node-role.kubernetes.io/master: }, that the pod didn't "
          + "tolerate, 2 node(s) didn't match node selector, 1 Too many pods."))
    #expect(
      message.items == [
        .init(count: 1, reason: .untoleratedTaint(key: "node-role.kubernetes.io/master", value: "")),
        .init(count: 2, reason: .nodeAffinity),
        .init(count: 1, reason: .insufficient(resource: "pods")),
      ])
  }

  @Test("pod-level and affinity reasons")
  func otherReasons() throws {
    let claims = try #require(
      SchedulerMessage.parse(
        "0/5 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/5 nodes are "
          + "available: 5 Preemption is not helpful for scheduling."))
    #expect(claims.items == [.init(count: nil, reason: .unboundClaims)])
    let affinity = try #require(
      SchedulerMessage.parse(
        "0/6 nodes are available: 2 node(s) didn't match pod anti-affinity rules, 1 node(s) didn't match pod "
          + "affinity rules, 1 node(s) didn't satisfy existing pods anti-affinity rules, 1 node(s) didn't match pod "
          + "topology spread constraints, 1 node(s) had volume node affinity conflict."))
    #expect(
      affinity.items.map(\.reason) == [
        .podAntiAffinity, .podAffinity, .existingPodsAntiAffinity, .topologySpread, .volumeNodeAffinity,
      ])
    let missing = try #require(
      SchedulerMessage.parse("0/3 nodes are available: persistentvolumeclaim \"data\" not found."))
    #expect(missing.items.map(\.reason) == [.missingClaim(name: "data")])
    #expect(SchedulerMessage.parse("Failed to schedule pod, incompatible with nodepool \"default\"") == nil)
  }

  @Test("whitespace around the message, cordoned nodes, host ports, and reasons kept verbatim (non-ASCII too)")
  func edges() throws {
    let message = try #require(
      SchedulerMessage.parse(
        "\n  0/7 nodes are available: 1 node(s) were unschedulable, 2 node(s) didn't have free ports for the "
          + "requested pod ports, 3 Insufficient nvidia.com/gpu, 1 node(s) had plugin error: quota «gpu» überschritten. "
          + "preemption: not eligible due to preemptionPolicy=Never.\t\n"))
    #expect(message.totalNodes == 7)
    #expect(
      message.items == [
        .init(count: 1, reason: .nodeUnschedulable),
        .init(count: 2, reason: .hostPorts),
        .init(count: 3, reason: .insufficient(resource: "nvidia.com/gpu")),
        .init(count: 1, reason: .other("had plugin error: quota «gpu» überschritten")),
      ])
    #expect(SchedulerMessage.parse("  \n") == nil)
    #expect(SchedulerMessage.parse("0/2 nodes are available: .")?.items == [.init(count: nil, reason: .other(""))])
  }

  @Test("volume wordings of the volume binding and zone plugins")
  func volumeWordings() throws {
    let binding = try #require(
      SchedulerMessage.parse(
        "0/2 nodes are available: 2 node(s) didn't find available persistent volumes to bind. preemption: 0/2 nodes"))
    #expect(binding.items == [.init(count: 2, reason: .unboundClaims)])
    let zone = try #require(SchedulerMessage.parse("0/3 nodes are available: 3 node(s) had no available volume zone."))
    #expect(zone.items == [.init(count: 3, reason: .volumeNodeAffinity)])
  }

  @Test("a message splits at every \", \" as the standard library's split does, empty pieces kept")
  func pieces() {
    let texts = [
      "", ", ", "a", "a, b", "a,, b", "a, , b", ", a", "a, ", "a,  b", ",", " ,", "é, ü, «x», ",
      "1 node(s) had taint {a: b}, that the pod didn't tolerate, 2 Insufficient cpu",
    ]
    for text in texts {
      let expected = text.split(separator: ", ", omittingEmptySubsequences: false)
      #expect(SchedulerMessage.pieces(of: Substring(text)) == expected, "\(text)")
    }
  }

  @Test("Karpenter: one reason per NodePool, limits included")
  func karpenter() throws {
    let message = try #require(
      KarpenterMessage.parse(
        "Failed to schedule pod, all available instance types exceed limits for nodepool: \"default\"; "
          + "incompatible with nodepool \"spot\", daemonset overhead={\"cpu\":\"175m\",\"pods\":\"3\"}, "
          + "incompatible requirements, key karpenter.sh/capacity-type, karpenter.sh/capacity-type In [on-demand] "
          + "not in karpenter.sh/capacity-type In [spot]"))
    #expect(message.nodePools["default"] == "all available instance types exceed its limits")
    #expect(message.nodePools["spot"]?.hasPrefix("incompatible requirements, key karpenter.sh/capacity-type") == true)
  }

  @Test("Karpenter: each pool's reason as an obstacle, requirements read as lamp's own")
  func karpenterObstacles() throws {
    #expect(
      KarpenterMessage.obstacle(
        "incompatible requirements, key kubernetes.io/arch, kubernetes.io/arch In [arm64] not in kubernetes.io/arch In "
          + "[amd64]") == .requirement(label: "kubernetes.io/arch=arm64", offered: "kubernetes.io/arch In [amd64]"))
    #expect(
      KarpenterMessage.obstacle("incompatible requirements, key zone, zone In [a b] not in zone In [c]")
        == .requirement(label: "zone In [a b]", offered: "zone In [c]"))
    #expect(
      KarpenterMessage.obstacle(
        "incompatible requirements, label \"eks.amazonaws.com/nodegroup\" does not have known values")
        == .requirement(label: "eks.amazonaws.com/nodegroup", offered: nil))
    let typo = "incompatible requirements, label \"arch\" does not have known values (typo of \"kubernetes.io/arch\"?)"
    #expect(KarpenterMessage.obstacle(typo) == .karpenter(typo), "the hint is kept")
    #expect(
      KarpenterMessage.obstacle(
        "no instance type satisfied resources {\"cpu\":\"64175m\",\"pods\":\"4\"} and requirements karpenter.sh/nodepool "
          + "In [general], kubernetes.io/arch In [amd64] (no instance type has enough resources)")
        == .karpenter("no instance type has enough resources"))
    #expect(
      KarpenterMessage.obstacle("no instance type satisfied resources {\"cpu\":\"64\"} and requirements a In [b]")
        == .karpenter("no instance type satisfied its requests and requirements"))
    #expect(
      KarpenterMessage.obstacle("did not tolerate taint (taint=CriticalAddonsOnly:NoSchedule)")
        == .karpenter("did not tolerate taint (taint=CriticalAddonsOnly:NoSchedule)"))
    let message = try #require(
      KarpenterMessage.parse(
        "Failed to schedule pod, incompatible with nodepool \"spot\", daemonset overhead={\"cpu\":\"175m\"}, "
          + "incompatible requirements, key kubernetes.io/arch, kubernetes.io/arch In [arm64] not in kubernetes.io/arch "
          + "In [amd64]; all available instance types exceed limits for nodepool: \"default\""))
    #expect(message.verdicts.map(\.nodePool) == ["default", "spot"])
    #expect(
      message.verdicts.map(\.reasons) == [
        ["rejected by Karpenter: all available instance types exceed its limits"],
        ["offers kubernetes.io/arch In [amd64] only"],
      ])
  }
}
