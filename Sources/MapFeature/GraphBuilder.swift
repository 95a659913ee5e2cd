import Formatters
import KubeAPI

/// Turns a snapshot of listed objects into a `ResourceGraph`: one node per object (plus placeholders for objects
/// referred to but missing), the typed edges between them, and each node's status by `StatusRules`. Pure: no I/O.
public struct GraphBuilder: Sendable {
  /// Kinds kept even when nothing refers to them (normally ConfigMaps, Secrets, ServiceAccounts, StorageClasses
  /// and PersistentVolumes appear only when referred to).
  public var keepUnreferenced: Set<MapKind>

  /// Creates a builder.
  public init(keepUnreferenced: Set<MapKind> = []) {
    self.keepUnreferenced = keepUnreferenced
  }

  /// Builds the graph; `warnings` are carried into it.
  public func build(_ snapshot: MapSnapshot, warnings: [String] = []) -> ResourceGraph {
    var graph = GraphAssembly(listed: snapshot.listed, namespace: snapshot.namespace)
    addNodes(snapshot, to: &graph)
    addAutoscalingNodes(snapshot, to: &graph)
    addServices(snapshot, to: &graph)
    addOwnership(snapshot, to: &graph)
    addPodEdges(snapshot, to: &graph)
    addRoutes(snapshot, to: &graph)
    addStorage(snapshot, to: &graph)
    addAutoscalingEdges(snapshot, to: &graph)
    let edges = graph.edges()
    let linked = Set(edges.flatMap { [$0.from, $0.to] })
    let nodes = graph.nodes.values.filter { node in
      guard let kind = MapKind(kind: node.kind), kind.shownWhenReferencedOnly else { return true }
      return keepUnreferenced.contains(kind) || linked.contains(node.id)
    }
    return ResourceGraph(nodes: nodes, edges: edges, warnings: warnings.sorted())
  }

  /// One node per listed object, with its status. Services get theirs in `addServices`.
  func addNodes(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for node in snapshot.nodes { graph.add(.node, node.metadata, status: StatusRules.node(node)) }
    for workload in snapshot.workloads {
      guard let kind = MapKind(kind: workload.kind ?? "") else { continue }
      graph.add(kind, workload.metadata, status: StatusRules.workload(workload))
    }
    for pod in snapshot.pods { graph.add(.pod, pod.metadata, status: StatusRules.pod(pod)) }
    for claim in snapshot.persistentVolumeClaims {
      graph.add(.persistentVolumeClaim, claim.metadata, status: StatusRules.persistentVolumeClaim(claim))
    }
    for volume in snapshot.persistentVolumes {
      graph.add(.persistentVolume, volume.metadata, status: StatusRules.persistentVolume(volume))
    }
    for item in snapshot.storageClasses { graph.add(.storageClass, item.metadata, status: (.ok, "")) }
    for item in snapshot.configMaps { graph.add(.configMap, item.metadata, status: (.ok, "")) }
    for item in snapshot.secrets { graph.add(.secret, item.metadata, status: (.ok, "")) }
    for item in snapshot.serviceAccounts { graph.add(.serviceAccount, item.metadata, status: (.ok, "")) }
  }

  /// `owns` from every ownerReference (by UID).
  func addOwnership(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    let owned: [ObjectMeta] =
      snapshot.workloads.map(\.metadata) + snapshot.pods.map(\.metadata) + snapshot.nodes.map(\.metadata)
      + snapshot.persistentVolumeClaims.map(\.metadata) + snapshot.services.map(\.metadata)
      + snapshot.configMaps.map(\.metadata) + snapshot.secrets.map(\.metadata)
      + snapshot.horizontalPodAutoscalers.map(\.metadata) + snapshot.nodeClaims.map(\.metadata)
    for metadata in owned {
      guard let id = metadata.uid, graph.nodes[id] != nil else { continue }
      // A NodeClaim's NodePool is drawn as `provisions`, not `owns`.
      for reference in metadata.ownerReferences ?? [] where reference.kind != MapKind.nodePool.rawValue {
        graph.link(graph.owner(reference, namespace: metadata.namespace), id, .owns)
      }
    }
  }

  /// `runs-on`, `mounts` and `uses` from each pod's spec.
  func addPodEdges(_ snapshot: MapSnapshot, to graph: inout GraphAssembly) {
    for pod in snapshot.pods {
      guard let id = graph.existing(.pod, namespace: pod.metadata.namespace, name: pod.metadata.name) else { continue }
      let namespace = pod.metadata.namespace
      if let nodeName = pod.spec?.nodeName, !nodeName.isEmpty {
        graph.link(id, graph.target(.node, namespace: nil, name: nodeName), .runsOn)
      }
      for reference in PodReferences.of(pod) {
        let target = graph.target(
          reference.kind, namespace: namespace, name: reference.name, optional: reference.optional)
        graph.link(id, target, reference.kind == .serviceAccount ? .uses : .mounts, detail: reference.detail)
      }
    }
  }
}
