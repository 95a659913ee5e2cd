import Foundation
import KubeAPI
import Testing

@testable import KubeSim

/// The demo's objects, loaded once for all tests (loading generates keys, which is the slow part).
private let demoObjects: [JSONValue] = {
  do {
    return try DemoScenario.objects(now: DemoScenario.referenceNow)
  } catch {
    Issue.record("demo scenario failed: \(error)")
    return []
  }
}()

private func find(_ kind: String, _ namespace: String?, _ name: String) -> JSONValue? {
  demoObjects.first {
    $0["kind"]?.stringValue == kind && $0[path: ["metadata", "name"]]?.stringValue == name
      && $0[path: ["metadata", "namespace"]]?.stringValue == namespace
  }
}

private func events(about name: String, reason: String) -> [JSONValue] {
  demoObjects.filter {
    $0["kind"]?.stringValue == "Event" && $0[path: ["involvedObject", "name"]]?.stringValue == name
      && $0["reason"]?.stringValue == reason
  }
}

private let clusterScopedKinds: Set<String> = [
  "Namespace", "Node", "PersistentVolume", "StorageClass", "IngressClass", "ClusterRole", "ClusterRoleBinding",
  "CustomResourceDefinition", "NodePool", "NodeClaim", "EC2NodeClass", "NodeClass", "ClusterTriggerAuthentication",
]

@Suite struct DemoScenarioTests {
  @Test func everyObjectIsComplete() throws {
    #expect(demoObjects.count > 300)
    var uids = Set<String>()
    for object in demoObjects {
      let kind = try #require(object["kind"]?.stringValue)
      #expect(object["apiVersion"]?.stringValue?.isEmpty == false)
      let name = try #require(object[path: ["metadata", "name"]]?.stringValue, "\(kind) without a name")
      let uid = try #require(object[path: ["metadata", "uid"]]?.stringValue, "\(kind) \(name) without a uid")
      #expect(uids.insert(uid).inserted, "duplicate uid \(uid)")
      #expect(object[path: ["metadata", "creationTimestamp"]]?.stringValue != nil, "\(kind) \(name)")
      #expect(object[path: ["metadata", "resourceVersion"]] == nil, "the server assigns resourceVersions")
      let namespace = object[path: ["metadata", "namespace"]]?.stringValue
      #expect((namespace == nil) == clusterScopedKinds.contains(kind), "\(kind) \(name) scope")
    }
  }

  @Test func namespacesOfObjectsExist() {
    let namespaces = Set(
      demoObjects.filter { $0["kind"]?.stringValue == "Namespace" }.compactMap {
        $0[path: ["metadata", "name"]]?.stringValue
      })
    #expect(namespaces.isSuperset(of: ["shop", "batch", "monitoring", "kube-system", "default", "keda"]))
    for object in demoObjects {
      if let namespace = object[path: ["metadata", "namespace"]]?.stringValue {
        #expect(namespaces.contains(namespace), "\(namespace) of \(object[path: ["metadata", "name"]]!)")
      }
    }
  }

  @Test func ownerReferencesAndEventsPointAtExistingObjects() throws {
    var byUID = [String: JSONValue]()
    for object in demoObjects {
      if let uid = object[path: ["metadata", "uid"]]?.stringValue { byUID[uid] = object }
    }
    for object in demoObjects {
      for owner in object[path: ["metadata", "ownerReferences"]]?.arrayValue ?? [] {
        let uid = try #require(owner["uid"]?.stringValue)
        let target = try #require(byUID[uid], "owner \(owner) of \(object[path: ["metadata", "name"]]!)")
        #expect(target["kind"] == owner["kind"])
        #expect(target[path: ["metadata", "name"]] == owner["name"])
      }
      guard object["kind"]?.stringValue == "Event", let involved = object["involvedObject"] else { continue }
      let uid = try #require(involved["uid"]?.stringValue)
      // The kubelet names nodes by their name in place of a uid.
      if involved["kind"]?.stringValue == "Node", involved["name"]?.stringValue == uid { continue }
      let target = try #require(byUID[uid], "event about missing \(involved)")
      #expect(target["kind"] == involved["kind"])
      #expect(
        object[path: ["metadata", "namespace"]] == (target[path: ["metadata", "namespace"]] ?? .string("default")))
    }
  }

  @Test func uidsFollowTheDocumentedRule() {
    let shop = find("Namespace", nil, "shop")
    #expect(
      shop?[path: ["metadata", "uid"]]?.stringValue
        == ScenarioIdentifiers.uid(kind: "Namespace", namespace: "", name: "shop"))
  }

  @Test func clusterHasTheRequiredNodesAndKarpenterObjects() throws {
    let nodes = demoObjects.filter { $0["kind"]?.stringValue == "Node" }
    #expect(nodes.count == 5)
    let system = try #require(find("Node", nil, "ip-10-0-12-34.us-west-2.compute.internal"))
    #expect(system[path: ["spec", "taints"]]?.arrayValue?.first?["key"]?.stringValue == "CriticalAddonsOnly")
    let pressured = try #require(find("Node", nil, "ip-10-0-88-52.us-west-2.compute.internal"))
    let memory = pressured[path: ["status", "conditions"]]?.arrayValue?.first {
      $0["type"]?.stringValue == "MemoryPressure"
    }
    #expect(memory?["status"]?.stringValue == "True")
    for node in nodes {
      #expect(node[path: ["metadata", "labels", "kubernetes.io/arch"]]?.stringValue == "amd64")
    }

    let pool = try #require(find("NodePool", nil, "default"))
    #expect(pool[path: ["status", "resources", "cpu"]] == pool[path: ["spec", "limits", "cpu"]])
    #expect(find("NodePool", nil, "spot")?[path: ["status", "resources", "cpu"]] != nil)
    for pool in demoObjects where pool["kind"]?.stringValue == "NodePool" {
      let requirements = pool[path: ["spec", "template", "spec", "requirements"]]?.arrayValue ?? []
      let arch = requirements.first { $0["key"]?.stringValue == "kubernetes.io/arch" }
      #expect(arch?["values"] == .array([.string("amd64")]))
    }
    let unregistered = try #require(find("NodeClaim", nil, "default-q7zrt"))
    #expect(condition(unregistered, "Launched") == "True")
    #expect(condition(unregistered, "Registered") == "Unknown")
    #expect(condition(try #require(find("NodeClaim", nil, "spot-2bq8n")), "Drifted") == "True")
    #expect(find("EC2NodeClass", nil, "default") != nil)
    #expect(find("NodeClass", nil, "default")?["apiVersion"]?.stringValue == "eks.amazonaws.com/v1")
  }

  @Test func podsShowEveryRequiredProblem() throws {
    let pending = [
      "metrics-server-5f8b7c6d94-p2w7n", "recommender-6b8f7d9c5-x4hqd", "ml-training-7xq2m",
      "media-processor-79c5b8d6f4-r8tfn", "web-6d4cf56db6-9xkqz",
    ]
    for name in pending {
      let pod = try #require(
        demoObjects.first { $0[path: ["metadata", "name"]]?.stringValue == name && $0["kind"]?.stringValue == "Pod" })
      #expect(pod[path: ["status", "phase"]]?.stringValue == "Pending")
      #expect(!events(about: name, reason: "FailedScheduling").isEmpty, "\(name)")
    }
    let arm = try #require(find("Pod", "shop", "recommender-6b8f7d9c5-x4hqd"))
    #expect(arm[path: ["spec", "nodeSelector", "kubernetes.io/arch"]]?.stringValue == "arm64")
    #expect(waiting(try #require(find("Pod", "shop", "checkout-7b9f5d6c4-l4xzp"))) == "CrashLoopBackOff")
    #expect(waiting(try #require(find("Pod", "shop", "storefront-5b4d9c7f6-k2rvd"))) == "ImagePullBackOff")
    #expect(waiting(try #require(find("Pod", "shop", "api-7d9f6b5c2-b7mtc"))) == "CreateContainerConfigError")
    let oom = try #require(find("Pod", "shop", "pdf-renderer-5f9c4d7b6-n6gwl"))
    let last = oom[path: ["status", "containerStatuses"]]?.arrayValue?.first?[path: ["lastState", "terminated"]]
    #expect(last?["reason"]?.stringValue == "OOMKilled")
    #expect(last?["exitCode"] == .int(137))
    #expect(oom[path: ["spec", "containers"]]?.arrayValue?.first?[path: ["resources", "limits", "memory"]] != nil)
    let evicted = try #require(find("Pod", "batch", "csv-importer-5f7b8c9d4-wq6ht"))
    #expect(evicted[path: ["status", "reason"]]?.stringValue == "Evicted")
    let api = try #require(find("ConfigMap", "shop", "api-config"))
    #expect(api[path: ["data", "database-url"]] == nil)
    let system = demoObjects.first { $0[path: ["metadata", "name"]]?.stringValue == "coredns-6b9575c64c-7lzxv" }
    #expect(
      system?[path: ["spec", "tolerations"]]?.arrayValue?.contains {
        $0["key"]?.stringValue == "node.kubernetes.io/not-ready"
      } == true)
    #expect(system?[path: ["spec", "volumes"]]?.arrayValue?.contains { $0["projected"] != nil } == true)
    let prometheus = try #require(find("Pod", "monitoring", "prometheus-8d6c5f7b9-kx2wr"))
    #expect(prometheus[path: ["metadata", "labels", "app.kubernetes.io/name"]]?.stringValue == "prometheus")
    #expect(prometheus[path: ["status", "phase"]]?.stringValue == "Running")
  }

  @Test func eventsUseTheRealWording() throws {
    let arm = events(about: "recommender-6b8f7d9c5-x4hqd", reason: "FailedScheduling")
    #expect(
      arm.contains {
        $0["message"]?.stringValue
          == "0/5 nodes are available: 1 node(s) had untolerated taint {CriticalAddonsOnly: true}, "
          + "4 node(s) didn't match Pod's node affinity/selector. preemption: 0/5 nodes are available: 5 Preemption is "
          + "not helpful for scheduling."
      })
    let scheduler = try #require(arm.first { $0["reportingComponent"]?.stringValue == "default-scheduler" })
    #expect(scheduler["series"]?["count"]?.intValue ?? 0 > 1)
    #expect(scheduler["firstTimestamp"] == .null)
    #expect(scheduler["eventTime"]?.stringValue?.count == 27)
    #expect(
      events(about: "ml-training-7xq2m", reason: "FailedScheduling").contains {
        $0["message"]?.stringValue?.contains("Insufficient cpu") == true
      })
    #expect(
      events(about: "media-processor-79c5b8d6f4-r8tfn", reason: "FailedScheduling").contains {
        $0["message"]?.stringValue?.hasPrefix(
          "0/5 nodes are available: pod has unbound immediate PersistentVolumeClaims.") == true
      })
    let backOff = try #require(events(about: "checkout-7b9f5d6c4-l4xzp", reason: "BackOff").first)
    #expect(
      backOff["message"]?.stringValue?.hasPrefix("Back-off restarting failed container app in pod checkout-") == true)
    #expect(backOff["count"]?.intValue ?? 0 > 1)
    #expect(backOff["eventTime"] == .null)
    let pulls = events(about: "storefront-5b4d9c7f6-k2rvd", reason: "Failed").compactMap { $0["message"]?.stringValue }
    #expect(pulls.contains("Error: ErrImagePull"))
    #expect(pulls.contains("Error: ImagePullBackOff"))
    #expect(pulls.contains { $0.hasPrefix("Failed to pull image \"") && $0.hasSuffix("not found") })
    #expect(
      events(about: "api-7d9f6b5c2-b7mtc", reason: "Failed").contains {
        $0["message"]?.stringValue == "Error: couldn't find key database-url in ConfigMap shop/api-config"
      })
    let failedCreate = events(about: "worker-7f9c6d4b5", reason: "FailedCreate").first?["message"]?.stringValue
    #expect(
      failedCreate == "Error creating: pods \"worker-7f9c6d4b5-\" is forbidden: error looking up service account "
        + "batch/queue-worker: serviceaccount \"queue-worker\" not found")
    #expect(find("ServiceAccount", "batch", "queue-worker") == nil)
    #expect(
      events(about: "pdf-export-5c6b7d9f4", reason: "FailedCreate").contains {
        $0["message"]?.stringValue?.contains("exceeded quota: batch-compute") == true
      })
    #expect(
      events(about: "search-6c7f4b9d5-tq4nf", reason: "Unhealthy").first?["message"]?.stringValue
        == "Readiness probe failed: HTTP probe failed with statuscode: 503")
    #expect(
      demoObjects.contains {
        $0["kind"]?.stringValue == "Event"
          && $0["message"]?.stringValue?.contains("is forbidden: User \"system:serviceaccount:") == true
      })
    #expect(!events(about: "web-6d4cf56db6-9xkqz", reason: "Nominated").isEmpty)
    #expect(!events(about: "api", reason: "FailedGetResourceMetric").isEmpty)
  }

  @Test func servicesEndpointsAndIngresses() throws {
    for service in demoObjects where service["kind"]?.stringValue == "Service" {
      let namespace = service[path: ["metadata", "namespace"]]?.stringValue
      let name = try #require(service[path: ["metadata", "name"]]?.stringValue)
      #expect(find("Endpoints", namespace, name) != nil, "Endpoints for \(name)")
    }
    #expect(find("Endpoints", "shop", "legacy-gateway")?["subsets"] == nil)
    let search = try #require(find("Endpoints", "shop", "search")?["subsets"]?.arrayValue?.first)
    #expect(search["addresses"] == nil)
    #expect(search["notReadyAddresses"]?.arrayValue?.count == 2)
    let prometheus = try #require(find("Service", "monitoring", "prometheus"))
    #expect(prometheus[path: ["spec", "ports"]]?.arrayValue?.first?["port"] == .int(9090))
    #expect(prometheus[path: ["metadata", "labels", "app.kubernetes.io/name"]]?.stringValue == "prometheus")
    let legacy = try #require(find("Ingress", "shop", "legacy-api"))
    let backend = legacy[path: ["spec", "rules"]]?.arrayValue?.first?[path: ["http", "paths"]]?.arrayValue?.first?[
      path: ["backend", "service", "name"]]?.stringValue
    let backendName = try #require(backend)
    #expect(find("Service", "shop", backendName) == nil)
    let web = try #require(find("Ingress", "shop", "web"))
    #expect(web[path: ["spec", "tls"]]?.arrayValue?.first?["secretName"]?.stringValue == "shop-demo-tls")
    #expect(find("Secret", "shop", "shop-demo-tls") != nil)
  }

  @Test func workloadsAndAutoscalers() throws {
    for (kind, namespace, name) in [
      ("StatefulSet", "shop", "redis"), ("DaemonSet", "monitoring", "node-exporter"), ("Job", "batch", "ml-training"),
      ("CronJob", "batch", "db-backup"), ("PersistentVolumeClaim", "shop", "media-uploads"),
      ("ResourceQuota", "batch", "batch-compute"), ("ScaledJob", "batch", "invoice-processor"),
      ("TriggerAuthentication", "shop", "prometheus-auth"), ("Deployment", "kube-system", "karpenter"),
    ] {
      #expect(find(kind, namespace, name) != nil, "\(kind) \(name)")
    }
    #expect(find("ClusterTriggerAuthentication", nil, "rabbitmq-credentials") != nil)
    #expect(demoObjects.contains { $0["kind"]?.stringValue == "PersistentVolume" })
    let quota = try #require(find("ResourceQuota", "batch", "batch-compute"))
    #expect(quota[path: ["status", "used", "requests.cpu"]]?.stringValue == "7250m")
    let hpa = try #require(find("HorizontalPodAutoscaler", "shop", "api"))
    #expect(condition(hpa, "ScalingActive", reason: "FailedGetResourceMetric") == "False")

    #expect(keda("web-scaler", "Active") == "True")
    #expect(keda("orders-consumer-scaler", "Ready") == "False")
    #expect(keda("etl-runner-scaler", "Paused", namespace: "batch") == "True")
    let zero = try #require(find("ScaledObject", "batch", "thumbnailer-scaler"))
    #expect(find("Deployment", "batch", "thumbnailer")?[path: ["spec", "replicas"]] == .int(0))
    #expect(zero[path: ["spec", "minReplicaCount"]] == .int(0))
    let missingTarget = try #require(find("ScaledObject", "shop", "legacy-cart-scaler"))
    let target = try #require(missingTarget[path: ["spec", "scaleTargetRef", "name"]]?.stringValue)
    #expect(find("Deployment", "shop", target) == nil)
    #expect(find("HorizontalPodAutoscaler", "shop", "keda-hpa-web-scaler") != nil)
  }

  @Test func secretsOfEveryKind() throws {
    var types = Set<String>()
    for secret in demoObjects where secret["kind"]?.stringValue == "Secret" {
      types.insert(secret["type"]?.stringValue ?? "")
    }
    #expect(
      types.isSuperset(of: [
        "Opaque", "kubernetes.io/tls", "kubernetes.io/dockerconfigjson", "kubernetes.io/service-account-token",
        "helm.sh/release.v1",
      ]))
    let helm = try #require(find("Secret", "shop", "sh.helm.release.v1.shop-web.v3"))
    let release = try #require(helm[path: ["data", "release"]]?.stringValue)
    let outer = try #require(Data(base64Encoded: release))
    let gzip = try #require(Data(base64Encoded: outer))
    #expect(gzip.prefix(2) == Data([0x1F, 0x8B]))
    let binary = try #require(find("Secret", "shop", "storefront-assets")?[path: ["data", "logo.png"]]?.stringValue)
    #expect(Data(base64Encoded: binary)?.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    let token = try #require(find("Secret", "monitoring", "prometheus-token"))
    let tokenData = try #require(token[path: ["data", "token"]]?.stringValue)
    let jwt = String(decoding: try #require(Data(base64Encoded: tokenData)), as: UTF8.self)
    let parts = jwt.split(separator: ".")
    #expect(parts.count == 3)
    let claimsData = try #require(base64URLDecoded(String(parts[1])))
    let claims = try JSONValue.parse(claimsData)
    #expect(claims["sub"]?.stringValue == "system:serviceaccount:monitoring:prometheus")
    #expect(claims["exp"]?.intValue != nil && claims["aud"] != nil && claims["iss"] != nil)
    #expect(
      token[path: ["metadata", "annotations", "kubernetes.io/service-account.uid"]]
        == find("ServiceAccount", "monitoring", "prometheus")?[path: ["metadata", "uid"]])
    for namespace in ["shop", "batch", "kube-system"] {
      #expect(find("ConfigMap", namespace, "kube-root-ca.crt")?[path: ["data", "ca.crt"]] != nil)
    }
  }

  @Test func timeShiftKeepsTheDemoFresh() throws {
    let later = DemoScenario.referenceNow.addingTimeInterval(86_400 * 3 + 0.25)
    let shifted = try DemoScenario.objects(now: later)
    func value(_ objects: [JSONValue], _ kind: String, _ name: String, _ path: [String]) -> String? {
      objects.first { $0["kind"]?.stringValue == kind && $0[path: ["metadata", "name"]]?.stringValue == name }?[
        path: path]?.stringValue
    }
    #expect(value(demoObjects, "Namespace", "shop", ["metadata", "creationTimestamp"]) == "2026-11-12T13:50:00Z")
    #expect(value(shifted, "Namespace", "shop", ["metadata", "creationTimestamp"]) == "2026-11-15T13:50:00Z")
    let original = try #require(demoObjects.first { $0["reportingComponent"]?.stringValue == "default-scheduler" })
    let name = try #require(original[path: ["metadata", "name"]]?.stringValue)
    let moved = try #require(shifted.first { $0[path: ["metadata", "name"]]?.stringValue == name })
    let beforeText = try #require(original["eventTime"]?.stringValue)
    let afterText = try #require(moved["eventTime"]?.stringValue)
    let before = try #require(ScenarioTimestamp.parse(beforeText))
    let after = try #require(ScenarioTimestamp.parse(afterText))
    #expect(after.fractionDigits == 6)
    #expect(
      (after.seconds - before.seconds) * 1_000_000_000 + after.nanoseconds - before.nanoseconds
        == (86_400 * 3) * 1_000_000_000 + 250_000_000)
    let helm = try #require(
      value(shifted, "Secret", "sh.helm.release.v1.shop-web.v3", ["metadata", "labels", "createdAt"]))
    let helmBefore = try #require(
      value(demoObjects, "Secret", "sh.helm.release.v1.shop-web.v3", ["metadata", "labels", "createdAt"]))
    #expect(Int(helm)! - Int(helmBefore)! == 86_400 * 3)
  }

  private func condition(_ object: JSONValue, _ type: String, reason: String? = nil) -> String? {
    let found = object[path: ["status", "conditions"]]?.arrayValue?.first { $0["type"]?.stringValue == type }
    if let reason, found?["reason"]?.stringValue != reason { return nil }
    return found?["status"]?.stringValue
  }

  private func keda(_ name: String, _ type: String, namespace: String = "shop") -> String? {
    find("ScaledObject", namespace, name).flatMap { condition($0, type) }
  }

  private func waiting(_ pod: JSONValue) -> String? {
    pod[path: ["status", "containerStatuses"]]?.arrayValue?.first?[path: ["state", "waiting", "reason"]]?.stringValue
  }

  private func base64URLDecoded(_ text: String) -> Data? {
    var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    while base64.count % 4 != 0 { base64 += "=" }
    return Data(base64Encoded: base64)
  }
}
