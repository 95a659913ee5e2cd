import KubeAPI

extension ScaleBuilder {
  /// Deployments spread round-robin over the namespaces, each with its ReplicaSet, pods and Service; some scaled by
  /// a KEDA ScaledObject (with the HPA KEDA creates for it).
  mutating func addWorkloads(namespaces: [String]) {
    guard spec.deployments > 0, !namespaces.isEmpty else { return }
    let replicas = replicaCounts()
    var scaled = Set<Int>()
    for index in 0..<spec.scaledObjects {
      scaled.insert(index * spec.deployments / spec.scaledObjects)
    }
    var podIndex = 0
    for index in 0..<spec.deployments {
      let app = ScaleWorkload.apps[random.below(ScaleWorkload.apps.count)]
      let cpus = ["50m", "100m", "250m", "500m", "1"]
      let memories = ["128Mi", "256Mi", "512Mi", "1Gi"]
      let workload = ScaleWorkload(
        namespace: namespaces[index % namespaces.count], name: "\(app)-\(index)", app: app,
        replicas: replicas[index], created: 86_400 + Int64(random.below(60 * 86_400)),
        image: "registry.example.com/\(app):\(1 + random.below(4)).\(random.below(20)).\(random.below(10))",
        hash: random.suffix(10), deploymentUID: random.uuid(), replicaSetUID: random.uuid(),
        cpu: cpus[random.below(cpus.count)], memory: memories[random.below(memories.count)],
        port: [8080, 8000, 3000, 9000][random.below(4)], hasSidecar: random.below(4) == 0)
      var states = [ScalePodState]()
      for _ in 0..<workload.replicas {
        states.append(ScalePodState.draw(&random))
      }
      addDeployment(workload, states: states)
      addReplicaSet(workload, states: states)
      podNamesInReplicaSet.removeAll(keepingCapacity: true)
      for state in states {
        addPod(workload, state: state, podIndex: podIndex)
        podIndex += 1
      }
      addService(workload, index: index)
      if scaled.contains(index) { addScaledObject(workload) }
    }
  }

  /// Splits `spec.pods` over the Deployments with uneven (but seeded) weights, as real clusters are uneven.
  private mutating func replicaCounts() -> [Int] {
    let weights = (0..<spec.deployments).map { _ in 1 + random.below(9) }
    let total = weights.reduce(0, +)
    var counts = weights.map { spec.pods * $0 / total }
    var remainder = spec.pods - counts.reduce(0, +)
    var index = 0
    while remainder > 0 {
      counts[index % counts.count] += 1
      remainder -= 1
      index += 1
    }
    return counts
  }

  private static func ready(_ states: [ScalePodState]) -> Int {
    states.filter { $0 == .running }.count
  }

  private mutating func addDeployment(_ workload: ScaleWorkload, states: [ScalePodState]) {
    let ready = Self.ready(states)
    let created = ago(workload.created)
    let available = ready >= workload.replicas - workload.replicas / 4
    var status: [String: JSONValue] = [
      "observedGeneration": .int(1), "replicas": .int(Int64(states.count)),
      "updatedReplicas": .int(Int64(states.count)),
      "conditions": .array([
        .object([
          "type": .string("Available"), "status": .string(available ? "True" : "False"),
          "reason": .string(available ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable"),
          "message": .string(
            available ? "Deployment has minimum availability." : "Deployment does not have minimum availability."),
          "lastTransitionTime": .string(created), "lastUpdateTime": .string(created),
        ]),
        .object([
          "type": .string("Progressing"), "status": .string("True"), "reason": .string("NewReplicaSetAvailable"),
          "message": .string("ReplicaSet \"\(workload.replicaSetName)\" has successfully progressed."),
          "lastTransitionTime": .string(created), "lastUpdateTime": .string(created),
        ]),
      ]),
    ]
    if ready > 0 {
      status["readyReplicas"] = .int(Int64(ready))
      status["availableReplicas"] = .int(Int64(ready))
    }
    if states.count > ready { status["unavailableReplicas"] = .int(Int64(states.count - ready)) }
    var meta = metadata(
      name: workload.name, namespace: workload.namespace, created: created, labels: workload.templateLabels,
      annotations: ["deployment.kubernetes.io/revision": .string("1")], uid: workload.deploymentUID)
    meta["generation"] = .int(1)
    objects.append(
      .object([
        "apiVersion": .string("apps/v1"), "kind": .string("Deployment"), "metadata": .object(meta),
        "spec": .object([
          "replicas": .int(Int64(workload.replicas)), "revisionHistoryLimit": .int(10),
          "progressDeadlineSeconds": .int(600),
          "selector": .object(["matchLabels": .object(["app": .string(workload.name)])]),
          "strategy": .object([
            "type": .string("RollingUpdate"),
            "rollingUpdate": .object(["maxSurge": .string("25%"), "maxUnavailable": .string("25%")]),
          ]),
          "template": template(workload, hash: nil),
        ]),
        "status": .object(status),
      ]))
  }

  private func template(_ workload: ScaleWorkload, hash: String?) -> JSONValue {
    var labels = workload.templateLabels
    if let hash { labels["pod-template-hash"] = .string(hash) }
    return .object([
      "metadata": .object(["labels": .object(labels)]),
      "spec": .object([
        "containers": .array(workload.containers(apiAccessVolume: nil)),
        "volumes": .array(workload.volumes(apiAccessVolume: nil)),
        "dnsPolicy": .string("ClusterFirst"), "restartPolicy": .string("Always"),
        "schedulerName": .string("default-scheduler"), "securityContext": .object([:]),
        "terminationGracePeriodSeconds": .int(30),
      ]),
    ])
  }

  private mutating func addReplicaSet(_ workload: ScaleWorkload, states: [ScalePodState]) {
    let ready = Self.ready(states)
    var labels = workload.templateLabels
    labels["pod-template-hash"] = .string(workload.hash)
    var meta = metadata(
      name: workload.replicaSetName, namespace: workload.namespace, created: ago(workload.created), labels: labels,
      annotations: [
        "deployment.kubernetes.io/desired-replicas": .string(String(workload.replicas)),
        "deployment.kubernetes.io/max-replicas": .string(String(workload.replicas + (workload.replicas + 3) / 4)),
        "deployment.kubernetes.io/revision": .string("1"),
      ],
      owner: ScaleBuilder.owner(
        apiVersion: "apps/v1", kind: "Deployment", name: workload.name, uid: workload.deploymentUID),
      uid: workload.replicaSetUID)
    meta["generation"] = .int(1)
    var status: [String: JSONValue] = [
      "observedGeneration": .int(1), "replicas": .int(Int64(states.count)),
      "fullyLabeledReplicas": .int(Int64(states.count)),
    ]
    if ready > 0 {
      status["readyReplicas"] = .int(Int64(ready))
      status["availableReplicas"] = .int(Int64(ready))
    }
    objects.append(
      .object([
        "apiVersion": .string("apps/v1"), "kind": .string("ReplicaSet"), "metadata": .object(meta),
        "spec": .object([
          "replicas": .int(Int64(workload.replicas)),
          "selector": .object([
            "matchLabels": .object(["app": .string(workload.name), "pod-template-hash": .string(workload.hash)])
          ]),
          "template": template(workload, hash: workload.hash),
        ]),
        "status": .object(status),
      ]))
  }

  private mutating func addService(_ workload: ScaleWorkload, index: Int) {
    let ip = "172.20.\(index / 250 % 250 + 1).\(index % 250 + 2)"
    objects.append(
      .object([
        "apiVersion": .string("v1"), "kind": .string("Service"),
        "metadata": .object(
          metadata(
            name: workload.name, namespace: workload.namespace, created: ago(workload.created),
            labels: workload.templateLabels)),
        "spec": .object([
          "type": .string("ClusterIP"), "clusterIP": .string(ip), "clusterIPs": .array([.string(ip)]),
          "internalTrafficPolicy": .string("Cluster"), "ipFamilies": .array([.string("IPv4")]),
          "ipFamilyPolicy": .string("SingleStack"), "sessionAffinity": .string("None"),
          "selector": .object(["app": .string(workload.name)]),
          "ports": .array([
            .object([
              "name": .string("http"), "port": .int(80), "protocol": .string("TCP"), "targetPort": .string("http"),
            ])
          ]),
        ]),
        "status": .object(["loadBalancer": .object([:])]),
      ]))
  }

  private mutating func addScaledObject(_ workload: ScaleWorkload) {
    let name = workload.name + "-scaler"
    let created = ago(workload.created - 60)
    let active = random.below(3) > 0
    let soUID = random.uuid()
    let metric = "s0-prometheus"
    let selector: JSONValue = .object(["matchLabels": .object(["scaledobject.keda.sh/name": .string(name)])])
    let maxReplicas = Int64(max(workload.replicas * 3, 10))
    let minReplicas = Int64(max(1, workload.replicas / 2))
    func kedaCondition(_ type: String, _ status: String, _ reason: String, _ message: String) -> JSONValue {
      .object([
        "type": .string(type), "status": .string(status), "reason": .string(reason), "message": .string(message),
      ])
    }
    var meta = metadata(
      name: name, namespace: workload.namespace, created: created,
      labels: ["scaledobject.keda.sh/name": .string(name)], uid: soUID)
    meta["finalizers"] = .array([.string("finalizer.keda.sh")])
    meta["generation"] = .int(1)
    objects.append(
      .object([
        "apiVersion": .string("keda.sh/v1alpha1"), "kind": .string("ScaledObject"), "metadata": .object(meta),
        "spec": .object([
          "scaleTargetRef": .object(["name": .string(workload.name)]), "minReplicaCount": .int(minReplicas),
          "maxReplicaCount": .int(maxReplicas), "pollingInterval": .int(30), "cooldownPeriod": .int(300),
          "triggers": .array([
            .object([
              "type": .string("prometheus"),
              "metadata": ScaleBuilder.strings([
                "serverAddress": "http://prometheus.monitoring.svc:9090", "threshold": "100",
                "query": "sum(rate(http_requests_total{app=\"\(workload.name)\"}[2m]))",
              ]),
            ])
          ]),
        ]),
        "status": .object([
          "conditions": .array([
            kedaCondition(
              "Ready", "True", "ScaledObjectReady", "ScaledObject is defined correctly and is ready for scaling"),
            active
              ? kedaCondition("Active", "True", "ScalerActive", "Scaling is performed because triggers are active")
              : kedaCondition(
                "Active", "False", "ScalerNotActive", "Scaling is not performed because triggers are not active"),
            kedaCondition("Fallback", "False", "NoFallbackFound", "No fallbacks are active on this scaled object"),
            .object(["type": .string("Paused"), "status": .string("False")]),
          ]),
          "externalMetricNames": .array([.string(metric)]), "hpaName": .string("keda-hpa-" + name),
          "originalReplicaCount": .int(Int64(workload.replicas)), "scaleTargetKind": .string("apps/v1.Deployment"),
          "scaleTargetGVKR": ScaleBuilder.strings([
            "group": "apps", "kind": "Deployment", "resource": "deployments", "version": "v1",
          ]),
          "health": .object([metric: .object(["numberOfFailures": .int(0), "status": .string("Happy")])]),
          "triggersTypes": .string("prometheus"),
        ]),
      ]))
    let hpaName = "keda-hpa-" + name
    objects.append(
      .object([
        "apiVersion": .string("autoscaling/v2"), "kind": .string("HorizontalPodAutoscaler"),
        "metadata": .object(
          metadata(
            name: hpaName, namespace: workload.namespace, created: created,
            labels: ScaleBuilder.strings([
              "app.kubernetes.io/managed-by": "keda-operator", "app.kubernetes.io/name": hpaName,
              "app.kubernetes.io/part-of": name, "scaledobject.keda.sh/name": name,
            ]).objectValue ?? [:],
            owner: ScaleBuilder.owner(apiVersion: "keda.sh/v1alpha1", kind: "ScaledObject", name: name, uid: soUID))),
        "spec": .object([
          "minReplicas": .int(minReplicas), "maxReplicas": .int(maxReplicas),
          "scaleTargetRef": ScaleBuilder.strings(["apiVersion": "apps/v1", "kind": "Deployment", "name": workload.name]
          ),
          "metrics": .array([
            .object([
              "type": .string("External"),
              "external": .object([
                "metric": .object(["name": .string(metric), "selector": selector]),
                "target": .object(["type": .string("AverageValue"), "averageValue": .string("100")]),
              ]),
            ])
          ]),
        ]),
        "status": .object([
          "currentReplicas": .int(Int64(workload.replicas)), "desiredReplicas": .int(Int64(workload.replicas)),
          "currentMetrics": .array([
            .object([
              "type": .string("External"),
              "external": .object([
                "metric": .object(["name": .string(metric), "selector": selector]),
                "current": .object(["averageValue": .string("\(40 + random.below(60))")]),
              ]),
            ])
          ]),
          "conditions": .array([
            ScaleBuilder.strings([
              "type": "AbleToScale", "status": "True", "reason": "ReadyForNewScale",
              "message": "recommended size matches current size", "lastTransitionTime": created,
            ]),
            ScaleBuilder.strings([
              "type": "ScalingActive", "status": "True", "reason": "ValidMetricFound",
              "message": "the HPA was able to successfully calculate a replica count from external metric \(metric)",
              "lastTransitionTime": created,
            ]),
          ]),
        ]),
      ]))
  }
}
