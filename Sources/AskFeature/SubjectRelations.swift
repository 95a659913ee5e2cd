import Foundation
import KubeAPI

/// The objects around the question's subjects: owners and owned workloads, pods, their nodes, claims and
/// Services, Ingresses in front of those Services, autoscalers of the workloads, NodePools of the nodes.
///
/// A stop-gap walk over the analyzers' snapshot until MapFeature's graph (branch `map`) can feed it; it
/// follows the same edges and nothing more.
public struct SubjectRelations: Sendable {
  public private(set) var related: Set<ObjectRef> = []
  let context: AnalysisContext

  public init(subjects: [ObjectRef], context: AnalysisContext) {
    self.context = context
    for subject in subjects { expand(subject) }
    related.subtract(subjects)
  }

  mutating func add(_ ref: ObjectRef) -> Bool { related.insert(ref).inserted }

  mutating func expand(_ subject: ObjectRef) {
    switch subject.kind {
    case "Pod":
      if let pod = pod(subject) { expandPod(pod, withOwners: true) }
    case "Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "CronJob":
      expandWorkload(subject)
    case "Service":
      let selector = context.document("Service", namespace: subject.namespace, name: subject.name)?
        .stringMap("spec", "selector") ?? [:]
      _ = add(ObjectRef(kind: "Endpoints", namespace: subject.namespace, name: subject.name))
      for pod in context.pods(namespace: subject.namespace, matching: selector) { expandPod(pod, withOwners: true) }
      addIngresses(for: subject)
    case "Ingress":
      guard let ingress = context.document("Ingress", namespace: subject.namespace, name: subject.name) else {
        return
      }
      for (_, backend) in IngressAnalyzer.backends(ingress) {
        guard let name = backend[path: ["service", "name"]]?.stringValue else { continue }
        let service = ObjectRef(kind: "Service", namespace: subject.namespace, name: name)
        if add(service) { expand(service) }
      }
    case "HorizontalPodAutoscaler", "ScaledObject":
      guard let scaler = context.document(subject.kind, namespace: subject.namespace, name: subject.name) else {
        return
      }
      let kind = scaler.string("spec", "scaleTargetRef", "kind") ?? "Deployment"
      let name = scaler.string("spec", "scaleTargetRef", "name") ?? ""
      let target = ObjectRef(kind: kind, namespace: subject.namespace, name: name)
      if add(target) { expandWorkload(target) }
      for owner in scaler.metadata.ownerReferences ?? [] {
        _ = add(ObjectRef(kind: owner.kind, namespace: subject.namespace, name: owner.name))
      }
      for hpa in context.documents("HorizontalPodAutoscaler", namespace: subject.namespace) {
        if (hpa.metadata.ownerReferences ?? []).contains(where: { $0.kind == subject.kind && $0.name == subject.name }) {
          _ = add(hpa.ref)
        }
      }
    case "PersistentVolumeClaim":
      for pod in context.podsByNamespace[subject.namespace] ?? [] {
        if (pod.spec?.volumes ?? []).contains(where: { $0.persistentVolumeClaim?.claimName == subject.name }) {
          expandPod(pod, withOwners: true)
        }
      }
    case "Node":
      for pod in context.pods where pod.spec?.nodeName == subject.name { _ = add(AnalysisContext.ref(pod)) }
      if let pool = node(subject.name)?.labels["karpenter.sh/nodepool"] {
        _ = add(ObjectRef(kind: "NodePool", namespace: "", name: pool))
      }
    case "NodePool":
      for node in context.snapshot.cluster.nodes ?? [] where node.labels["karpenter.sh/nodepool"] == subject.name {
        _ = add(ObjectRef(kind: "Node", namespace: "", name: node.metadata.name))
      }
    default:
      break
    }
  }

  mutating func expandPod(_ pod: Pod, withOwners: Bool) {
    let ref = AnalysisContext.ref(pod)
    _ = add(ref)
    let namespace = ref.namespace
    if let node = pod.spec?.nodeName, !node.isEmpty {
      let nodeRef = ObjectRef(kind: "Node", namespace: "", name: node)
      _ = add(nodeRef)
      if let pool = self.node(node)?.labels["karpenter.sh/nodepool"] {
        _ = add(ObjectRef(kind: "NodePool", namespace: "", name: pool))
      }
    }
    for claim in (pod.spec?.volumes ?? []).compactMap({ $0.persistentVolumeClaim?.claimName }) {
      _ = add(ObjectRef(kind: "PersistentVolumeClaim", namespace: namespace, name: claim))
    }
    let labels = pod.metadata.labels ?? [:]
    for service in context.documents("Service", namespace: namespace) {
      let selector = service.stringMap("spec", "selector")
      if !selector.isEmpty, selector.allSatisfy({ labels[$0.key] == $0.value }) {
        if add(service.ref) {
          _ = add(ObjectRef(kind: "Endpoints", namespace: namespace, name: service.name))
          addIngresses(for: service.ref)
        }
      }
    }
    guard withOwners else { return }
    var current = pod.metadata.ownerReferences?.first { $0.controller == true } ?? pod.metadata.ownerReferences?.first
    var seen = Set<String>()
    while let owner = current, seen.insert(owner.uid).inserted {
      let ownerRef = ObjectRef(kind: owner.kind, namespace: namespace, name: owner.name)
      _ = add(ownerRef)
      addScalers(for: ownerRef)
      current = context.workload(kind: owner.kind, namespace: namespace, name: owner.name)?.controller
    }
  }

  mutating func expandWorkload(_ workload: ObjectRef) {
    addScalers(for: workload)
    // Owned workloads (Deployment → ReplicaSets, CronJob → Jobs), then their pods.
    var owners: Set<String> = [workload.name]
    var ownerKinds: Set<String> = [workload.kind]
    var changed = true
    while changed {
      changed = false
      for item in context.snapshot.cluster.workloads where item.metadata.namespace == workload.namespace {
        guard let owner = item.controller, ownerKinds.contains(owner.kind), owners.contains(owner.name),
          !owners.contains(item.metadata.name) || !ownerKinds.contains(item.kind ?? "")
        else { continue }
        let ref = ObjectRef(kind: item.kind ?? "", namespace: workload.namespace, name: item.metadata.name)
        if add(ref) {
          owners.insert(item.metadata.name)
          ownerKinds.insert(item.kind ?? "")
          changed = true
        }
      }
    }
    for pod in context.podsByNamespace[workload.namespace] ?? [] {
      guard let owner = pod.metadata.ownerReferences?.first, owners.contains(owner.name),
        ownerKinds.contains(owner.kind)
      else { continue }
      expandPod(pod, withOwners: false)
    }
  }

  mutating func addScalers(for workload: ObjectRef) {
    for kind in ["HorizontalPodAutoscaler", "ScaledObject"] {
      for scaler in context.documents(kind, namespace: workload.namespace) {
        let targetKind = scaler.string("spec", "scaleTargetRef", "kind") ?? "Deployment"
        if targetKind == workload.kind && scaler.string("spec", "scaleTargetRef", "name") == workload.name {
          _ = add(scaler.ref)
        }
      }
    }
  }

  mutating func addIngresses(for service: ObjectRef) {
    for ingress in context.documents("Ingress", namespace: service.namespace) {
      if IngressAnalyzer.backends(ingress).contains(where: { $0.1[path: ["service", "name"]]?.stringValue == service.name }) {
        _ = add(ingress.ref)
      }
    }
  }

  func pod(_ ref: ObjectRef) -> Pod? {
    context.pod(namespace: ref.namespace, name: ref.name)
  }

  func node(_ name: String) -> Node? {
    context.snapshot.cluster.nodes?.first { $0.metadata.name == name }
  }
}
