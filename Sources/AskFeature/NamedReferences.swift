import KubeAPI
import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The ConfigMaps, Secrets and ServiceAccounts that the objects `ask` reads name, each with the objects naming it.
/// `ask` does not list those kinds (a Secret's values must not be read to answer a question), yet questions name
/// them: one about `api-config` is about the pods that read it, one about `payments-tls` about the Ingress that
/// serves it, and neither name is "found nowhere".
struct NamedReferences {
  private(set) var referrers: [ObjectRef: Set<ObjectRef>] = [:]

  init(_ snapshot: AskSnapshot) {
    let kinds: Set<MapKind> = [.configMap, .secret, .serviceAccount]
    for pod in snapshot.cluster.pods {
      let namespace = pod.metadata.namespace ?? ""
      for reference in PodReferences.of(pod) where kinds.contains(reference.kind) {
        add(
          ObjectRef(kind: reference.kind.rawValue, namespace: namespace, name: reference.name), AnalysisContext.ref(pod)
        )
      }
    }
    let ingresses: [Ingress] = (try? snapshot.decoded("Ingress")) ?? []
    for ingress in ingresses {
      let namespace = ingress.metadata.namespace ?? ""
      let referrer = ObjectRef(kind: "Ingress", namespace: namespace, name: ingress.metadata.name)
      for name in (ingress.spec?.tls ?? []).compactMap(\.secretName) {
        add(ObjectRef(kind: "Secret", namespace: namespace, name: name), referrer)
      }
    }
  }

  private mutating func add(_ named: ObjectRef, _ referrer: ObjectRef) {
    referrers[named, default: []].insert(referrer)
  }

  /// Every named object, as question-matching candidates.
  var named: [ObjectRef] { Array(referrers.keys) }

  /// The objects naming any of `subjects`.
  func referring(to subjects: [ObjectRef]) -> Set<ObjectRef> {
    subjects.reduce(into: []) { $0.formUnion(referrers[$1] ?? []) }
  }
}
