import Foundation
import KubeAPI
import Testing

/// Scanned pods against JSONDecoder: the demo cluster's pods and one pod that sets every modelled field.
/// Here rather than in KubeAPITests because the demo cluster lives in KubeSim.
@Suite("Pod: scanned documents read like JSONDecoder reads them")
struct PodScanningTests {
  static func page(_ pods: [JSONValue]) throws -> Data { try DemoCluster.listPage(kind: "PodList", items: pods) }

  /// Every field `Pod` models, some of them null, beside fields it does not.
  static let everyField = """
    {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"shop","uid":"u-1",
    "labels":{"app":"web"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"StatefulSet","name":"web",
    "uid":"s-1","controller":true}]},
    "spec":{"nodeName":null,"nodeSelector":{"kubernetes.io/arch":"arm64"},"schedulerName":"default-scheduler",
    "serviceAccountName":"web","priorityClassName":"high","imagePullSecrets":[{"name":"regcred"},{}],
    "affinity":{"nodeAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":[
    {"matchExpressions":[{"key":"zone","operator":"In","values":["a","b"]}],
    "matchFields":[{"key":"metadata.name","operator":"NotIn","values":["n1"]}]}]},
    "preferredDuringSchedulingIgnoredDuringExecution":[{"weight":1,"preference":{}}]},
    "podAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":[{"weight":5,"podAffinityTerm":{}}]},
    "podAntiAffinity":{"requiredDuringSchedulingIgnoredDuringExecution":[{"topologyKey":"h"},{"topologyKey":"z"}]}},
    "tolerations":[{"key":"CriticalAddonsOnly","operator":"Exists"},{"key":"k","operator":"Equal","value":"v",
    "effect":"NoExecute","tolerationSeconds":300}],
    "topologySpreadConstraints":[{"maxSkew":1,"topologyKey":"zone","whenUnsatisfiable":"DoNotSchedule",
    "labelSelector":{}}],
    "initContainers":[{"name":"init","image":"busybox","resources":{"limits":{"cpu":"1"}}}],
    "containers":[{"name":"app","image":"web:1","ports":[{"containerPort":80}],
    "resources":{"requests":{"cpu":"250m","memory":"64Mi"},"limits":{"memory":"128Mi"}},
    "env":[{"name":"PLAIN","value":"x"},{"name":"FROM_CM","valueFrom":{"configMapKeyRef":{"name":"cfg","key":"k",
    "optional":true}}},{"name":"FROM_SECRET","valueFrom":{"secretKeyRef":{"name":"sec","key":"password"}}},
    {"name":"FIELD","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}}],
    "envFrom":[{"configMapRef":{"name":"cfg-all"}},{"secretRef":{"name":"sec-all"}}]}],
    "volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"data-web-0"}},
    {"name":"cfg","configMap":{"name":"cfg","optional":false}},{"name":"tls","secret":{"secretName":"tls"}},
    {"name":"token","projected":{"sources":[{"serviceAccountToken":{"path":"t"}},{"configMap":{"name":"ca"}},
    {"secret":{"name":"extra"}}]}},{"name":"scratch","emptyDir":{}}]},
    "status":{"phase":"Pending","reason":null,"message":"waiting","nominatedNodeName":"n2",
    "startTime":"2026-11-20T10:00:00Z","conditions":[{"type":"PodScheduled","status":"False",
    "reason":"Unschedulable","message":"0/3 nodes are available","lastTransitionTime":"2026-11-20T10:00:01Z"}],
    "initContainerStatuses":[{"name":"init","ready":false,"restartCount":0,"image":"busybox",
    "state":{"terminated":{"exitCode":137,"signal":9,"reason":"OOMKilled","message":"m",
    "startedAt":"2026-11-20T10:00:02Z","finishedAt":"2026-11-20T10:00:03Z"}}}],
    "containerStatuses":[{"name":"app","ready":false,"restartCount":4,"image":"web:1",
    "state":{"waiting":{"reason":"CrashLoopBackOff","message":"back-off"}},
    "lastState":{"running":{"startedAt":"2026-11-20T10:00:04Z"}}}]}}
    """

  @Test("a pod that sets every modelled field scans to what JSONDecoder gives, alone and in a list")
  func everyModelledField() throws {
    let data = Data(Self.everyField.utf8)
    let decoded = try KubeJSON.decoder().decode(Pod.self, from: data)
    let scanned = try JSONSlice.reading(data) { try Pod(scanning: $0) }
    #expect(scanned == decoded)
    #expect(decoded.spec?.affinity?.podAntiAffinity?.requiredTerms == 2)
    #expect(decoded.spec?.volumes?.count == 5 && decoded.spec?.topologySpreadConstraints?.count == 1)
    #expect(decoded.status?.initContainerStatuses?.first?.state?.terminated?.signal == 9)
    let list = try #require(ObjectList<Pod>.scanning(try Self.page([try JSONValue.parse(data)])))
    #expect(list.items == [decoded])
  }

  @Test("the demo's pods scan to exactly the models JSONDecoder gives")
  func demoPods() throws {
    let pods = try DemoCluster.objects(kind: "Pod")
    let page = try Self.page(pods)
    let decoded = try KubeJSON.decoder().decode(ObjectList<Pod>.self, from: page).items
    let scanned = try #require(ObjectList<Pod>.scanning(page)).items
    #expect(scanned.count == pods.count && pods.count >= 10)
    #expect(scanned == decoded)
  }

  @Test(
    "what the scanner does not expect is left to JSONDecoder",
    arguments: [
      #"{"metadata":{"name":"p"},"spec":{"containers":[{"name":"a","resources":{"requests":{"cpu":2}}}]}}"#,
      #"{"metadata":{"name":"p"},"spec":{"containers":[{"image":"no-name"}]}}"#,
      #"{"metadata":{"name":"p"},"spec":{"affinity":{"podAffinity":{"preferredDuringSchedulingIgnoredDuringExecution":[1]}}}}"#,
      #"{"metadata":{"name":"p"},"status":{"containerStatuses":[{"name":"a","restartCount":1.5}]}}"#,
      #"{"metadata":{"name":"p"},"spec":{"volumes":[{"name":"v","persistentVolumeClaim":{}}]}}"#,
    ])
  func unexpected(json: String) throws {
    let data = Data(json.utf8)
    #expect(throws: (any Error).self) { try JSONSlice.reading(data) { try Pod(scanning: $0) } }
    // The document is still read: JSONDecoder either decodes it or says what is wrong.
    let scannedPage = ObjectList<Pod>.scanning(try Self.page([try JSONValue.parse(data)]))
    #expect(scannedPage == nil)
  }
}
