import KubeAPI

extension ScaleBuilder {
  /// The scheduler's message for a pod that fits nowhere, for this cluster's node count.
  var unschedulableMessage: String {
    let count = nodes.count
    return "0/\(count) nodes are available: \(count) Insufficient cpu. preemption: 0/\(count) nodes are available: "
      + "\(count) No preemption victims found for incoming pod."
  }

  /// One pod of `workload` as the apiserver returns it after admission and kubelet status updates (about 4 KB).
  mutating func addPod(_ workload: ScaleWorkload, state: ScalePodState, podIndex: Int) {
    var name = workload.replicaSetName + "-" + random.suffix(5)
    while !podNamesInReplicaSet.insert(name).inserted { name = workload.replicaSetName + "-" + random.suffix(5) }
    let uid = random.uuid()
    let volume = "kube-api-access-" + random.suffix(5)
    let state = nodes.isEmpty ? ScalePodState.pending : state
    let age = Int64(120 + random.below(Int(min(workload.created, 10 * 86_400))))
    let created = ago(age)
    var labels = workload.templateLabels
    labels["pod-template-hash"] = .string(workload.hash)
    var meta = metadata(
      name: name, namespace: workload.namespace, created: created, labels: labels,
      owner: ScaleBuilder.owner(
        apiVersion: "apps/v1", kind: "ReplicaSet", name: workload.replicaSetName, uid: workload.replicaSetUID),
      uid: uid)
    meta["generateName"] = .string(workload.replicaSetName + "-")
    meta["generation"] = .int(1)
    let containers = workload.containers(apiAccessVolume: volume)
    var podSpec: [String: JSONValue] = [
      "containers": .array(containers),
      "volumes": .array(workload.volumes(apiAccessVolume: volume)),
      "dnsPolicy": .string("ClusterFirst"), "enableServiceLinks": .bool(true),
      "preemptionPolicy": .string("PreemptLowerPriority"), "priority": .int(0), "restartPolicy": .string("Always"),
      "schedulerName": .string("default-scheduler"), "securityContext": .object([:]),
      "serviceAccount": .string("default"), "serviceAccountName": .string("default"),
      "terminationGracePeriodSeconds": .int(30), "tolerations": Self.defaultTolerations,
    ]
    var node: NodeInfo?
    if state != .pending {
      let index = podIndex % nodes.count
      nodes[index].podCount += 1
      node = nodes[index]
      podSpec["nodeName"] = .string(nodes[index].name)
    }
    pods.append(
      PodInfo(
        name: name, namespace: workload.namespace, uid: uid, node: node?.name, container: workload.app,
        image: workload.image, state: state))
    objects.append(
      .object([
        "apiVersion": .string("v1"), "kind": .string("Pod"), "metadata": .object(meta), "spec": .object(podSpec),
        "status": podStatus(
          workload, containers: containers, state: state, node: node, podIndex: podIndex, age: age, uid: uid,
          name: name),
      ]))
  }

  private static let defaultTolerations: JSONValue = .array(
    ["node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable"].map {
      .object([
        "key": .string($0), "operator": .string("Exists"), "effect": .string("NoExecute"),
        "tolerationSeconds": .int(300),
      ])
    })

  private func podCondition(
    _ type: String, _ status: Bool, _ time: String, reason: String? = nil,
    message: String? = nil
  ) -> JSONValue {
    var members: [String: JSONValue] = [
      "type": .string(type), "status": .string(status ? "True" : "False"), "lastProbeTime": .null,
      "lastTransitionTime": .string(time), "observedGeneration": .int(1),
    ]
    if let reason { members["reason"] = .string(reason) }
    if let message { members["message"] = .string(message) }
    return .object(members)
  }

  private mutating func podStatus(
    _ workload: ScaleWorkload, containers: [JSONValue], state: ScalePodState, node: NodeInfo?, podIndex: Int,
    age: Int64, uid: String, name: String
  ) -> JSONValue {
    let created = ago(age)
    guard let node else {
      return .object([
        "phase": .string("Pending"), "qosClass": .string("Burstable"), "observedGeneration": .int(1),
        "conditions": .array([
          podCondition("PodScheduled", false, created, reason: "Unschedulable", message: unschedulableMessage)
        ]),
      ])
    }
    let started = ago(age - 4)
    let readySince = ago(age - 9)
    // Pod IPs come from a secondary CIDR (VPC CNI custom networking), one address per pod.
    let ip = "100.\(64 + podIndex / 65_024 % 64).\(podIndex / 254 % 256).\(podIndex % 254 + 1)"
    let ready = state == .running
    var statuses = [JSONValue]()
    for container in containers {
      let containerName = container["name"]?.stringValue ?? workload.app
      let image = container["image"]?.stringValue ?? workload.image
      let isMain = containerName == workload.app
      var status: [String: JSONValue] = [
        "name": .string(containerName), "image": .string(image),
        "imageID": .string(image.prefix { $0 != ":" } + "@sha256:" + random.hex(64)),
        "containerID": .string("containerd://" + random.hex(64)), "lastState": .object([:]),
        "restartCount": .int(0), "ready": .bool(true), "started": .bool(true),
        "state": .object(["running": .object(["startedAt": .string(started)])]),
        "resources": container["resources"] ?? .object([:]),
        "volumeMounts": .array(
          (container["volumeMounts"]?.arrayValue ?? []).map { mount in
            var copy = mount.objectValue ?? [:]
            if copy["readOnly"] == .bool(true) { copy["recursiveReadOnly"] = .string("Disabled") }
            return .object(copy)
          }),
      ]
      if isMain && state == .notReady { status["ready"] = .bool(false) }
      if isMain && state == .crashLoop {
        let restarts = Int64(5 + random.below(200))
        let lastStart = ago(Int64(30 + random.below(240)))
        status["restartCount"] = .int(restarts)
        status["ready"] = .bool(false)
        status["started"] = .bool(false)
        status["state"] = .object([
          "waiting": .object([
            "reason": .string("CrashLoopBackOff"),
            "message": .string(
              "back-off 5m0s restarting failed container=\(containerName) pod=\(name)_\(workload.namespace)(\(uid))"),
          ])
        ])
        status["lastState"] = .object([
          "terminated": .object([
            "containerID": .string("containerd://" + random.hex(64)), "exitCode": .int(1), "reason": .string("Error"),
            "startedAt": .string(lastStart), "finishedAt": .string(lastStart),
          ])
        ])
      }
      statuses.append(.object(status))
    }
    let notReadyMessage = "containers with unready status: [\(workload.app)]"
    return .object([
      "phase": .string("Running"), "qosClass": .string("Burstable"), "observedGeneration": .int(1),
      "hostIP": .string(node.ip), "hostIPs": .array([.object(["ip": .string(node.ip)])]), "podIP": .string(ip),
      "podIPs": .array([.object(["ip": .string(ip)])]), "startTime": .string(ago(age - 1)),
      "conditions": .array([
        podCondition("PodReadyToStartContainers", true, ago(age - 3)),
        podCondition("Initialized", true, ago(age - 1)),
        ready
          ? podCondition("Ready", true, readySince)
          : podCondition("Ready", false, readySince, reason: "ContainersNotReady", message: notReadyMessage),
        ready
          ? podCondition("ContainersReady", true, readySince)
          : podCondition("ContainersReady", false, readySince, reason: "ContainersNotReady", message: notReadyMessage),
        podCondition("PodScheduled", true, ago(age - 1)),
      ]),
      "containerStatuses": .array(statuses),
    ])
  }
}
