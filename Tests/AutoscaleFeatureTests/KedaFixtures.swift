import Foundation
import KubeAPI
import LampTestSupport

/// Extra KEDA state created through the simulator's API: an authentication whose Secret is missing and a
/// ScaledObject using it that is in fallback.
enum KedaFixtures {
  static let missingSecretAuth = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"TriggerAuthentication",
     "metadata":{"name":"kafka-auth","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"secretTargetRef":[{"parameter":"sasl","name":"kafka-credentials","key":"password"}],
       "env":[{"parameter":"topic","name":"KAFKA_TOPIC","containerName":"app"}]}}
    """

  static let fallbackObject = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"kafka-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"name":"web"},"minReplicaCount":1,"maxReplicaCount":12,
       "fallback":{"failureThreshold":3,"replicas":6},
       "triggers":[{"type":"kafka","authenticationRef":{"name":"kafka-auth"},
         "metadata":{"bootstrapServers":"kafka:9092","topic":"orders","sasl":"plaintext","password":"hunter2"}}]},
     "status":{"hpaName":"keda-hpa-kafka-scaler","health":{"s0-kafka-orders":{"numberOfFailures":7,"status":"Failing"}},
       "conditions":[{"type":"Ready","status":"True","reason":"ScaledObjectReady"},
         {"type":"Active","status":"True","reason":"ScalerActive"},
         {"type":"Fallback","status":"True","reason":"FallbackExists","message":"At least one trigger is falling back"},
         {"type":"Paused","status":"False"}]}}
    """

  /// A ScaledObject scaling an argo Rollout, whose CRD the demo cluster does not serve.
  static let rolloutTargetObject = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"rollout-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"apiVersion":"argoproj.io/v1alpha1","kind":"Rollout","name":"web"},
       "triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}}]}}
    """

  /// A ScaledObject naming a Deployment in a version the cluster does not serve.
  static let unservedVersionObject = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"v9-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"apiVersion":"apps/v9","kind":"Deployment","name":"web"},
       "triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}}]}}
    """

  /// ScaledObjects whose targets' kinds are served: a DaemonSet and an EC2NodeClass (no `scale` subresource, so
  /// KEDA cannot scale them), and a NodePool (whose CRD declares one).
  static let scaleSubresourceObjects = [
    ("agent-scaler", "apps/v1", "DaemonSet"),
    ("nodeclass-scaler", "karpenter.k8s.aws/v1", "EC2NodeClass"), ("pool-scaler", "karpenter.sh/v1", "NodePool"),
  ]
  .map { name, apiVersion, kind in
    """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"\(name)","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"apiVersion":"\(apiVersion)","kind":"\(kind)","name":"default"},
       "triggers":[{"type":"cpu","metricType":"Utilization","metadata":{"value":"60"}}]}}
    """
  }

  /// A Prometheus trigger that carries credentials inline: an Authorization header and a bearer token.
  static let inlineCredentialsObject = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"headers-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"name":"web"},"minReplicaCount":1,"maxReplicaCount":5,
       "triggers":[{"type":"prometheus","metadata":{"serverAddress":"http://prometheus.monitoring:9090",
         "query":"sum(rate(http_requests_total[2m]))","threshold":"50",
         "customHeaders":"Authorization=Bearer HdrTok5,X-Scope-OrgID=tenant-a,X-Api-Key=KeyTok6",
         "authorization":"Basic QmFzaWNUb2s3","bearerToken":"InlineTok8",
         "customAuthValue":"CustomTok9"}}]}}
    """

  /// A ScaledObject KEDA has not reconciled yet (no status) whose target does not exist.
  static let missingTargetObject = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"ScaledObject",
     "metadata":{"name":"ghost-scaler","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"scaleTargetRef":{"name":"ghost"},"minReplicaCount":1,"maxReplicaCount":3,
       "triggers":[{"type":"cron","metadata":{"timezone":"Etc/UTC","start":"0 8 * * *","end":"0 18 * * *",
         "desiredReplicas":"2"}}]}}
    """

  /// A TriggerAuthentication reading a key that the (existing) Secret `shop/prometheus-reader` lacks.
  static let missingKeyAuth = """
    {"apiVersion":"keda.sh/v1alpha1","kind":"TriggerAuthentication",
     "metadata":{"name":"wrong-key-auth","namespace":"shop","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"secretTargetRef":[{"parameter":"bearerToken","name":"prometheus-reader","key":"token"},
       {"parameter":"ca","name":"prometheus-reader","key":"bearer-token"}]}}
    """

  /// Creates the objects in the running simulator.
  static func apply(_ cluster: TestCluster, _ documents: [String]) async throws {
    let objects = try documents.map { try JSONDecoder().decode(JSONValue.self, from: Data($0.utf8)) }
    try await cluster.sim.apply(objects)
  }
}

/// NodePools referencing the other providers' node classes: EKS Auto Mode's `default` (in the demo) and an
/// AKSNodeClass that does not exist.
enum NodeClassFixtures {
  static let autoMode = """
    {"apiVersion":"karpenter.sh/v1","kind":"NodePool",
     "metadata":{"name":"general-purpose","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"template":{"spec":{"nodeClassRef":{"group":"eks.amazonaws.com","kind":"NodeClass","name":"default"},
       "requirements":[{"key":"eks.amazonaws.com/instance-category","operator":"In","values":["c","m"]}]}}}}
    """
  static let azure = """
    {"apiVersion":"karpenter.sh/v1","kind":"NodePool",
     "metadata":{"name":"azure","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"limits":{"cpu":"100"},"template":{"spec":{
       "nodeClassRef":{"group":"karpenter.azure.com","kind":"AKSNodeClass","name":"absent"}}}}}
    """
  /// A pod only the `spot` pool can serve (on-demand capacity is full), with the scheduler's message.
  static let spotPod = """
    {"apiVersion":"v1","kind":"Pod",
     "metadata":{"name":"batch-spot","namespace":"shop","uid":"batch-spot-uid","creationTimestamp":"2026-11-20T11:00:00Z"},
     "spec":{"nodeSelector":{"karpenter.sh/capacity-type":"spot"},
       "containers":[{"name":"app","resources":{"requests":{"cpu":"2"}}}]},
     "status":{"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"Unschedulable",
       "message":"0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector."}]}}
    """

  /// A pool of nodes with at most 4 vCPUs, and a pod asking for 6 that only it may serve.
  static let smallPool = """
    {"apiVersion":"karpenter.sh/v1","kind":"NodePool",
     "metadata":{"name":"small","creationTimestamp":"2026-11-19T12:00:00Z"},
     "spec":{"template":{"spec":{"nodeClassRef":{"group":"karpenter.k8s.aws","kind":"EC2NodeClass","name":"default"},
       "requirements":[{"key":"karpenter.k8s.aws/instance-cpu","operator":"In","values":["2","4"]}]}}}}
    """
  static let bigPod = """
    {"apiVersion":"v1","kind":"Pod",
     "metadata":{"name":"big","namespace":"batch","uid":"big-uid","creationTimestamp":"2026-11-20T11:00:00Z"},
     "spec":{"nodeSelector":{"karpenter.sh/nodepool":"small"},
       "containers":[{"name":"c","resources":{"requests":{"cpu":"6","memory":"1Gi"}}}]},
     "status":{"phase":"Pending"}}
    """

  /// A pod asking for a GPU, which neither demo pool's instance categories have.
  static let gpuPod = """
    {"apiVersion":"v1","kind":"Pod",
     "metadata":{"name":"trainer","namespace":"batch","uid":"trainer-uid","creationTimestamp":"2026-11-20T11:00:00Z"},
     "spec":{"containers":[{"name":"c","resources":{"limits":{"nvidia.com/gpu":"1","cpu":"2","memory":"8Gi"}}}]},
     "status":{"phase":"Pending"}}
    """
}
