import KubeAPI
import KubeClient

/// The outcome of listing one kind, to be folded into a snapshot.
enum MapListing: Sendable {
  case pods([Pod])
  case nodes([Node])
  case workloads(MapKind, [Workload])
  case services([Service])
  case endpoints([Endpoints])
  case ingresses([Ingress])
  case httpRoutes([HTTPRoute])
  case claims([PersistentVolumeClaim])
  case volumes([PersistentVolume])
  case storageClasses([StorageClass])
  case configMaps([ConfigMap])
  case secrets([PartialObject])
  case serviceAccounts([ServiceAccount])
  case horizontalPodAutoscalers([HorizontalPodAutoscaler])
  case scaledObjects([ScaledObject])
  case scaledJobs([ScaledJob])
  case nodePools([NodePool])
  case nodeClaims([NodeClaim])
  case nodeClasses(MapKind, [NodeClass])
  /// Not allowed: the warning to show (and the kind, nil for Endpoints).
  case forbidden(MapKind?, String)
  /// The kind's CRD is not served.
  case notServed

  var warning: String? {
    if case .forbidden(_, let warning) = self { return warning }
    return nil
  }

  /// Lists `kind` and wraps the items.
  static func fetch(
    _ kind: MapKind, resource: ResourceKind, client: KubeClient, namespace: String?, options: MapQuery.Options
  ) async throws -> MapListing {
    func list<Item: KubeObject>(_ type: Item.Type, _ listOptions: ListOptions = ListOptions()) async throws -> [Item] {
      try await client.resource(resource, as: type, namespace: namespace).list(listOptions).items
    }
    switch kind {
    case .pod:
      let fieldSelector = options.nodeName.map { "spec.nodeName=\($0)" }
      return .pods(
        try await list(Pod.self, ListOptions(labelSelector: options.labelSelector, fieldSelector: fieldSelector)))
    case .node: return .nodes(try await list(Node.self))
    case .deployment, .replicaSet, .statefulSet, .daemonSet, .job, .cronJob:
      return .workloads(kind, try await list(Workload.self))
    case .service: return .services(try await list(Service.self))
    case .ingress: return .ingresses(try await list(Ingress.self))
    case .httpRoute: return .httpRoutes(try await list(HTTPRoute.self))
    case .persistentVolumeClaim: return .claims(try await list(PersistentVolumeClaim.self))
    case .persistentVolume: return .volumes(try await list(PersistentVolume.self))
    case .storageClass: return .storageClasses(try await list(StorageClass.self))
    case .configMap: return .configMaps(try await list(ConfigMap.self))
    case .secret:
      // Names only: the map never shows a value, so none is fetched.
      let items = try await client.resource(resource, as: PartialObject.self, namespace: namespace).listMetadata()
      return .secrets(items.map(PartialObject.init(metadata:)))
    case .serviceAccount: return .serviceAccounts(try await list(ServiceAccount.self))
    case .horizontalPodAutoscaler: return .horizontalPodAutoscalers(try await list(HorizontalPodAutoscaler.self))
    case .scaledObject: return .scaledObjects(try await list(ScaledObject.self))
    case .scaledJob: return .scaledJobs(try await list(ScaledJob.self))
    case .nodePool: return .nodePools(try await list(NodePool.self))
    case .nodeClaim: return .nodeClaims(try await list(NodeClaim.self))
    case .ec2NodeClass, .nodeClass, .aksNodeClass: return .nodeClasses(kind, try await list(NodeClass.self))
    }
  }

  /// Adds the items to the snapshot and marks the kind listed.
  func apply(to snapshot: inout MapSnapshot) {
    switch self {
    case .pods(let items):
      snapshot.pods = items
      snapshot.listed.insert(.pod)
    case .nodes(let items):
      snapshot.nodes = items
      snapshot.listed.insert(.node)
    case .workloads(let kind, let items):
      snapshot.workloads += items.map { item in
        var workload = item
        workload.kind = kind.rawValue
        return workload
      }
      snapshot.listed.insert(kind)
    case .services(let items):
      snapshot.services = items
      snapshot.listed.insert(.service)
    case .endpoints(let items):
      snapshot.endpoints = items
      snapshot.endpointsListed = true
    case .ingresses(let items):
      snapshot.ingresses = items
      snapshot.listed.insert(.ingress)
    case .httpRoutes(let items):
      snapshot.httpRoutes = items
      snapshot.listed.insert(.httpRoute)
    case .claims(let items):
      snapshot.persistentVolumeClaims = items
      snapshot.listed.insert(.persistentVolumeClaim)
    case .volumes(let items):
      snapshot.persistentVolumes = items
      snapshot.listed.insert(.persistentVolume)
    case .storageClasses(let items):
      snapshot.storageClasses = items
      snapshot.listed.insert(.storageClass)
    case .configMaps(let items):
      snapshot.configMaps = items
      snapshot.listed.insert(.configMap)
    case .secrets(let items):
      snapshot.secrets = items
      snapshot.listed.insert(.secret)
    case .serviceAccounts(let items):
      snapshot.serviceAccounts = items
      snapshot.listed.insert(.serviceAccount)
    case .horizontalPodAutoscalers(let items):
      snapshot.horizontalPodAutoscalers = items
      snapshot.listed.insert(.horizontalPodAutoscaler)
    case .scaledObjects(let items):
      snapshot.scaledObjects = items
      snapshot.listed.insert(.scaledObject)
    case .scaledJobs(let items):
      snapshot.scaledJobs = items
      snapshot.listed.insert(.scaledJob)
    case .nodePools(let items):
      snapshot.nodePools = items
      snapshot.listed.insert(.nodePool)
    case .nodeClaims(let items):
      snapshot.nodeClaims = items
      snapshot.listed.insert(.nodeClaim)
    case .nodeClasses(let kind, let items):
      snapshot.nodeClasses += items.map { item in
        var nodeClass = item
        nodeClass.kind = kind.rawValue
        return nodeClass
      }
      snapshot.listed.insert(kind)
    case .forbidden, .notServed:
      break
    }
  }
}
