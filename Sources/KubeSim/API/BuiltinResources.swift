/// The built-in kinds the simulator serves, with kube-apiserver's names, short names and subresources.
enum BuiltinResources {
  static let all: [ResourceType] = core + apps + batchAndScaling + networking + rbac + others + reviews

  private typealias R = ResourceType
  private typealias Sub = ResourceType.Subresource

  private static let core: [ResourceType] = [
    R(
      group: "", versions: ["v1"], plural: "namespaces", singular: "namespace", kind: "Namespace", namespaced: false,
      shortNames: ["ns"], verbs: ["create", "delete", "get", "list", "patch", "update", "watch"],
      subresources: [Sub(name: "finalize", kind: "Namespace", verbs: ["update"]), .status("Namespace")],
      selectableFields: ["status.phase"]),
    R(
      group: "", versions: ["v1"], plural: "nodes", singular: "node", kind: "Node", namespaced: false,
      shortNames: ["no"], subresources: [.proxy("NodeProxyOptions"), .status("Node")],
      selectableFields: ["spec.unschedulable"]),
    R(
      group: "", versions: ["v1"], plural: "pods", singular: "pod", kind: "Pod", namespaced: true,
      shortNames: ["po"], categories: ["all"],
      subresources: [
        Sub(name: "eviction", kind: "Eviction", group: "policy", version: "v1", verbs: ["create"]),
        Sub(name: "log", kind: "Pod", verbs: ["get"]), .proxy("PodProxyOptions"), .status("Pod"),
      ],
      selectableFields: [
        "spec.nodeName", "spec.restartPolicy", "spec.schedulerName", "spec.serviceAccountName", "spec.hostNetwork",
        "status.phase", "status.podIP", "status.podIPs", "status.nominatedNodeName", "spec.host",
      ]),
    R(
      group: "", versions: ["v1"], plural: "services", singular: "service", kind: "Service", namespaced: true,
      shortNames: ["svc"], categories: ["all"],
      verbs: ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
      subresources: [.proxy("ServiceProxyOptions"), .status("Service")],
      selectableFields: ["spec.clusterIP", "spec.type"]),
    R(
      group: "", versions: ["v1"], plural: "endpoints", singular: "endpoints", kind: "Endpoints", namespaced: true,
      shortNames: ["ep"]),
    R(
      group: "", versions: ["v1"], plural: "events", singular: "event", kind: "Event", namespaced: true,
      shortNames: ["ev"],
      selectableFields: [
        "involvedObject.kind", "involvedObject.namespace", "involvedObject.name", "involvedObject.uid",
        "involvedObject.apiVersion", "involvedObject.resourceVersion", "involvedObject.fieldPath", "reason",
        "reportingComponent", "source", "type",
      ]),
    R(
      group: "", versions: ["v1"], plural: "configmaps", singular: "configmap", kind: "ConfigMap", namespaced: true,
      shortNames: ["cm"]),
    R(
      group: "", versions: ["v1"], plural: "secrets", singular: "secret", kind: "Secret", namespaced: true,
      selectableFields: ["type"]),
    R(
      group: "", versions: ["v1"], plural: "serviceaccounts", singular: "serviceaccount", kind: "ServiceAccount",
      namespaced: true, shortNames: ["sa"],
      subresources: [
        Sub(name: "token", kind: "TokenRequest", group: "authentication.k8s.io", version: "v1", verbs: ["create"])
      ]),
    R(
      group: "", versions: ["v1"], plural: "persistentvolumeclaims", singular: "persistentvolumeclaim",
      kind: "PersistentVolumeClaim", namespaced: true, shortNames: ["pvc"],
      subresources: [.status("PersistentVolumeClaim")]),
    R(
      group: "", versions: ["v1"], plural: "persistentvolumes", singular: "persistentvolume", kind: "PersistentVolume",
      namespaced: false, shortNames: ["pv"], subresources: [.status("PersistentVolume")]),
    R(
      group: "", versions: ["v1"], plural: "resourcequotas", singular: "resourcequota", kind: "ResourceQuota",
      namespaced: true, shortNames: ["quota"], subresources: [.status("ResourceQuota")]),
    R(
      group: "", versions: ["v1"], plural: "limitranges", singular: "limitrange", kind: "LimitRange",
      namespaced: true, shortNames: ["limits"]),
    R(
      group: "", versions: ["v1"], plural: "replicationcontrollers", singular: "replicationcontroller",
      kind: "ReplicationController", namespaced: true, shortNames: ["rc"], categories: ["all"],
      subresources: [.scale, .status("ReplicationController")], selectableFields: ["status.replicas"]),
  ]

  private static let apps: [ResourceType] = [
    R(
      group: "apps", versions: ["v1"], plural: "deployments", singular: "deployment", kind: "Deployment",
      namespaced: true, shortNames: ["deploy"], categories: ["all"], subresources: [.scale, .status("Deployment")]),
    R(
      group: "apps", versions: ["v1"], plural: "replicasets", singular: "replicaset", kind: "ReplicaSet",
      namespaced: true, shortNames: ["rs"], categories: ["all"], subresources: [.scale, .status("ReplicaSet")]),
    R(
      group: "apps", versions: ["v1"], plural: "statefulsets", singular: "statefulset", kind: "StatefulSet",
      namespaced: true, shortNames: ["sts"], categories: ["all"], subresources: [.scale, .status("StatefulSet")]),
    R(
      group: "apps", versions: ["v1"], plural: "daemonsets", singular: "daemonset", kind: "DaemonSet",
      namespaced: true, shortNames: ["ds"], categories: ["all"], subresources: [.status("DaemonSet")]),
    R(
      group: "apps", versions: ["v1"], plural: "controllerrevisions", singular: "controllerrevision",
      kind: "ControllerRevision", namespaced: true),
  ]

  private static let batchAndScaling: [ResourceType] = [
    R(
      group: "batch", versions: ["v1"], plural: "jobs", singular: "job", kind: "Job", namespaced: true,
      categories: ["all"], subresources: [.status("Job")]),
    R(
      group: "batch", versions: ["v1"], plural: "cronjobs", singular: "cronjob", kind: "CronJob", namespaced: true,
      shortNames: ["cj"], categories: ["all"], subresources: [.status("CronJob")]),
    R(
      group: "autoscaling", versions: ["v2", "v1"], plural: "horizontalpodautoscalers",
      singular: "horizontalpodautoscaler", kind: "HorizontalPodAutoscaler", namespaced: true, shortNames: ["hpa"],
      categories: ["all"], subresources: [.status("HorizontalPodAutoscaler")]),
    R(
      group: "policy", versions: ["v1"], plural: "poddisruptionbudgets", singular: "poddisruptionbudget",
      kind: "PodDisruptionBudget", namespaced: true, shortNames: ["pdb"],
      subresources: [.status("PodDisruptionBudget")]),
  ]

  private static let networking: [ResourceType] = [
    R(
      group: "networking.k8s.io", versions: ["v1"], plural: "ingresses", singular: "ingress", kind: "Ingress",
      namespaced: true, shortNames: ["ing"], subresources: [.status("Ingress")]),
    R(
      group: "networking.k8s.io", versions: ["v1"], plural: "ingressclasses", singular: "ingressclass",
      kind: "IngressClass", namespaced: false),
    R(
      group: "networking.k8s.io", versions: ["v1"], plural: "networkpolicies", singular: "networkpolicy",
      kind: "NetworkPolicy", namespaced: true, shortNames: ["netpol"]),
    R(
      group: "discovery.k8s.io", versions: ["v1"], plural: "endpointslices", singular: "endpointslice",
      kind: "EndpointSlice", namespaced: true),
  ]

  private static let rbac: [ResourceType] = [
    R(
      group: "rbac.authorization.k8s.io", versions: ["v1"], plural: "clusterrolebindings",
      singular: "clusterrolebinding", kind: "ClusterRoleBinding", namespaced: false),
    R(
      group: "rbac.authorization.k8s.io", versions: ["v1"], plural: "clusterroles", singular: "clusterrole",
      kind: "ClusterRole", namespaced: false),
    R(
      group: "rbac.authorization.k8s.io", versions: ["v1"], plural: "rolebindings", singular: "rolebinding",
      kind: "RoleBinding", namespaced: true),
    R(
      group: "rbac.authorization.k8s.io", versions: ["v1"], plural: "roles", singular: "role", kind: "Role",
      namespaced: true),
  ]

  private static let others: [ResourceType] = [
    R(
      group: "events.k8s.io", versions: ["v1"], plural: "events", singular: "event", kind: "Event", namespaced: true,
      shortNames: ["ev"],
      selectableFields: [
        "regarding.kind", "regarding.namespace", "regarding.name", "regarding.uid", "regarding.apiVersion",
        "regarding.resourceVersion", "regarding.fieldPath", "reason", "reportingController", "source", "type",
      ],
      storageKey: "/events"),
    R(
      group: "storage.k8s.io", versions: ["v1"], plural: "storageclasses", singular: "storageclass",
      kind: "StorageClass", namespaced: false, shortNames: ["sc"]),
    R(
      group: "apiextensions.k8s.io", versions: ["v1"], plural: "customresourcedefinitions",
      singular: "customresourcedefinition", kind: "CustomResourceDefinition", namespaced: false,
      shortNames: ["crd", "crds"], categories: ["api-extensions"],
      subresources: [.status("CustomResourceDefinition")]),
    R(
      group: "scheduling.k8s.io", versions: ["v1"], plural: "priorityclasses", singular: "priorityclass",
      kind: "PriorityClass", namespaced: false, shortNames: ["pc"]),
    R(
      group: "coordination.k8s.io", versions: ["v1"], plural: "leases", singular: "lease", kind: "Lease",
      namespaced: true),
  ]

  private static let reviews: [ResourceType] = [
    review("authorization.k8s.io", "localsubjectaccessreviews", "LocalSubjectAccessReview", namespaced: true),
    review("authorization.k8s.io", "selfsubjectaccessreviews", "SelfSubjectAccessReview"),
    review("authorization.k8s.io", "selfsubjectrulesreviews", "SelfSubjectRulesReview"),
    review("authorization.k8s.io", "subjectaccessreviews", "SubjectAccessReview"),
    review("authentication.k8s.io", "selfsubjectreviews", "SelfSubjectReview"),
    review("authentication.k8s.io", "tokenreviews", "TokenReview"),
  ]

  private static func review(_ group: String, _ plural: String, _ kind: String, namespaced: Bool = false)
    -> ResourceType
  {
    var type = R(
      group: group, versions: ["v1"], plural: plural, singular: kind.lowercased(), kind: kind, namespaced: namespaced,
      verbs: ["create"])
    type.behavior = .review
    return type
  }
}
