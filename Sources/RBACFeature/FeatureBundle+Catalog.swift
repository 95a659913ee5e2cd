/// The documented bundles. Each lists what the command really requests (EventsQuery for events) or, for
/// features still being built, the kinds their issues name.
extension FeatureBundle {
  static let events = FeatureBundle(
    name: "events", summary: "lamp events: pods, events, nodes, NodePools, owners of FailedCreate.",
    needs: [
      PermissionNeed("list", "pods", purpose: "pending pods"),
      PermissionNeed("watch", "pods", purpose: "--watch"),
      PermissionNeed("get", "pods", purpose: "running pods the kubelet warned about"),
      PermissionNeed("list", "events", group: "events.k8s.io", purpose: "events"),
      PermissionNeed("watch", "events", group: "events.k8s.io", purpose: "--watch"),
      PermissionNeed("list", "nodes", scope: .cluster, purpose: "taints and capacity"),
      PermissionNeed("list", "nodepools", group: "karpenter.sh", scope: .cluster, purpose: "NodePool fit"),
      nominatedNodeClaims,
      PermissionNeed("list", "replicasets", group: "apps", purpose: "owners (--for, FailedCreate)"),
      PermissionNeed("list", "jobs", group: "batch", purpose: "owners (--for, FailedCreate)"),
      PermissionNeed("list", "statefulsets", group: "apps", purpose: "owners (--for, FailedCreate)"),
      PermissionNeed("list", "daemonsets", group: "apps", purpose: "owners (--for, FailedCreate)"),
    ] + nodeClasses(purpose: "NodePool fit (node class ready)"))

  static let map = FeatureBundle(
    name: "map", summary: "lamp map: the resource graph of a namespace.",
    needs: lists(
      [
        ("", "pods"), ("", "services"), ("", "endpoints"), ("", "persistentvolumeclaims"), ("", "configmaps"),
        ("", "serviceaccounts"), ("apps", "deployments"), ("apps", "replicasets"), ("apps", "statefulsets"),
        ("apps", "daemonsets"), ("batch", "jobs"), ("batch", "cronjobs"), ("networking.k8s.io", "ingresses"),
        ("autoscaling", "horizontalpodautoscalers"), ("keda.sh", "scaledobjects"), ("keda.sh", "scaledjobs"),
      ], purpose: "graph")
      + lists(
        [
          ("", "nodes"), ("", "persistentvolumes"), ("storage.k8s.io", "storageclasses"),
          ("karpenter.sh", "nodepools"), ("karpenter.sh", "nodeclaims"),
        ], scope: .cluster, purpose: "graph")
      + [
        PermissionNeed("list", "secrets", purpose: "graph (names only)"),
        PermissionNeed("list", "httproutes", group: "gateway.networking.k8s.io", purpose: "graph"),
      ] + nodeClasses(purpose: "graph"))

  static let karpenter = FeatureBundle(
    name: "karpenter", summary: "lamp karpenter: NodePools, NodeClaims, node classes, pending pods.",
    needs: [
      ("karpenter.sh", "nodepools", "nodepools"), ("karpenter.sh", "nodeclaims", "nodeclaims"),
      ("", "nodes", "nodes and their pods"), ("", "pods", "requests and pending pods"),
      ("events.k8s.io", "events", "pending reasons"), ("apps", "replicasets", "owners of FailedCreate (pending)"),
      ("batch", "jobs", "owners of FailedCreate (pending)"), ("apps", "statefulsets", "FailedCreate (pending)"),
      ("apps", "daemonsets", "FailedCreate (pending)"),
    ].map { PermissionNeed("list", $0.1, group: $0.0, scope: .cluster, purpose: $0.2) }
      + nodeClasses(purpose: "node classes") + [nominatedNodeClaims])

  static let keda = FeatureBundle(
    name: "keda", summary: "lamp keda: ScaledObjects, ScaledJobs, their targets and trigger health.",
    needs: [
      ("keda.sh", "scaledobjects", "scaled"), ("keda.sh", "scaledjobs", "scaled"),
      ("keda.sh", "triggerauthentications", "trigger auth"),
      ("keda.sh", "clustertriggerauthentications", "trigger auth"),
      ("autoscaling", "horizontalpodautoscalers", "HPA state"), ("apps", "deployments", "current replicas"),
      ("apps", "statefulsets", "current replicas"), ("batch", "jobs", "running jobs"),
      ("", "events", "trigger errors (one ScaledObject)"),
    ].map { PermissionNeed("list", $0.1, group: $0.0, scope: .cluster, purpose: $0.2) }
      // keda auth reads the Secrets that trigger authentications name, for their keys (never their values).
      + [PermissionNeed("get", "secrets", group: "", scope: .cluster, purpose: "trigger auth secrets and keys")])

  static let secrets = FeatureBundle(
    name: "secrets", summary: "lamp secrets show and expiring.",
    needs: [
      PermissionNeed("get", "secrets", purpose: "secrets show"),
      PermissionNeed("list", "secrets", purpose: "secrets expiring"),
    ])

  /// What the diagnosis reads (`AskQuery`). The model's own read tools ask for whatever it names, within the same
  /// permissions.
  static let ask = FeatureBundle(
    name: "ask", summary: "lamp ask, read-only diagnosis.",
    needs: lists(
      [
        ("", "pods"), ("events.k8s.io", "events"), ("", "services"), ("", "endpoints"),
        ("", "persistentvolumeclaims"), ("", "resourcequotas"), ("apps", "deployments"), ("apps", "replicasets"),
        ("apps", "statefulsets"), ("apps", "daemonsets"), ("batch", "jobs"), ("batch", "cronjobs"),
        ("networking.k8s.io", "ingresses"), ("autoscaling", "horizontalpodautoscalers"), ("keda.sh", "scaledobjects"),
      ], purpose: "diagnosis")
      + [
        PermissionNeed("get", "pods", subresource: "log", purpose: "log tail"),
        PermissionNeed("list", "configmaps", purpose: "names a question mentions"),
        PermissionNeed("list", "secrets", purpose: "names a question mentions (metadata only)"),
        PermissionNeed("list", "namespaces", scope: .cluster, purpose: "namespaces a question mentions"),
        PermissionNeed("list", "nodes", scope: .cluster, purpose: "node health"),
        PermissionNeed("list", "nodepools", group: "karpenter.sh", scope: .cluster, purpose: "capacity"),
        nominatedNodeClaims,
      ] + nodeClasses(purpose: "capacity (node class ready)"))

  static let askWrite = FeatureBundle(
    name: "ask-write", summary: "lamp ask's write tools: delete a pod, restart, scale, patch, cordon.",
    needs: [
      PermissionNeed("delete", "pods", purpose: "delete a pod"),
      PermissionNeed("patch", "deployments", group: "apps", purpose: "restart a rollout, patch"),
      PermissionNeed("patch", "deployments", group: "apps", subresource: "scale", purpose: "scale"),
      PermissionNeed("patch", "nodes", scope: .cluster, purpose: "cordon/uncordon"),
    ])

  static let prometheus = FeatureBundle(
    name: "prometheus", summary: "Prometheus charts (Headlamp's plugin): find Prometheus, query it through the proxy.",
    needs: [
      PermissionNeed("list", "pods", purpose: "find Prometheus"),
      PermissionNeed("list", "services", purpose: "find Prometheus"),
      PermissionNeed("get", "pods", subresource: "proxy", purpose: "query", alternatives: "proxy"),
      PermissionNeed("get", "services", subresource: "proxy", purpose: "query", alternatives: "proxy"),
    ])

  /// The NodeClaims Karpenter nominated pending pods to, read one by one to tell whether they still exist.
  private static let nominatedNodeClaims = PermissionNeed(
    "get", "nodeclaims", group: "karpenter.sh", scope: .cluster, purpose: "nominated NodeClaims")

  /// Every provider's node class kind, cluster-wide; the server serves its own provider's only.
  private static func nodeClasses(purpose: String) -> [PermissionNeed] {
    let kinds = [
      ("karpenter.k8s.aws", "ec2nodeclasses"), ("eks.amazonaws.com", "nodeclasses"),
      ("karpenter.azure.com", "aksnodeclasses"),
    ]
    return kinds.map { PermissionNeed("list", $0.1, group: $0.0, scope: .cluster, purpose: purpose) }
  }

  /// `list` needs on (group, resource) pairs with one purpose.
  private static func lists(
    _ pairs: [(group: String, resource: String)], scope: PermissionNeed.Scope = .namespace, purpose: String
  ) -> [PermissionNeed] {
    pairs.map { PermissionNeed("list", $0.resource, group: $0.group, scope: scope, purpose: purpose) }
  }
}
