import KubeAPI

/// The objects a pod refers to: PVCs, ConfigMaps and Secrets (volumes, projected volumes, env `valueFrom`,
/// `envFrom`, imagePullSecrets) and its ServiceAccount.
public struct PodReferences {
  public struct Reference: Hashable, Sendable {
    public var kind: MapKind
    public var name: String
    /// `volume NAME`, `env`, `envFrom`, `imagePullSecrets`.
    public var detail: String?
    public var optional = false
  }

  public static func of(_ pod: Pod) -> [Reference] {
    var references: [Reference] = []
    let spec = pod.spec
    for volume in spec?.volumes ?? [] {
      let detail = "volume \(volume.name)"
      if let claim = volume.persistentVolumeClaim {
        references.append(Reference(kind: .persistentVolumeClaim, name: claim.claimName, detail: detail))
      }
      if let name = volume.configMap?.name {
        references.append(
          Reference(kind: .configMap, name: name, detail: detail, optional: volume.configMap?.optional == true))
      }
      if let name = volume.secret?.secretName {
        references.append(
          Reference(kind: .secret, name: name, detail: detail, optional: volume.secret?.optional == true))
      }
      // The service-account token volume the API server injects into every pod (`kube-api-access-*`) would link
      // every pod to its namespace's `kube-root-ca.crt`: noise, not a design decision.
      let injected = volume.name.hasPrefix("kube-api-access-")
      for source in injected ? [] : volume.projected?.sources ?? [] {
        if let ref = source.configMap, let name = ref.name {
          references.append(Reference(kind: .configMap, name: name, detail: detail, optional: ref.optional == true))
        }
        if let ref = source.secret, let name = ref.name {
          references.append(Reference(kind: .secret, name: name, detail: detail, optional: ref.optional == true))
        }
      }
    }
    for container in (spec?.initContainers ?? []) + (spec?.containers ?? []) {
      for variable in container.env ?? [] {
        if let ref = variable.valueFrom?.configMapKeyRef, let name = ref.name {
          references.append(Reference(kind: .configMap, name: name, detail: "env", optional: ref.optional == true))
        }
        if let ref = variable.valueFrom?.secretKeyRef, let name = ref.name {
          references.append(Reference(kind: .secret, name: name, detail: "env", optional: ref.optional == true))
        }
      }
      for source in container.envFrom ?? [] {
        if let ref = source.configMapRef, let name = ref.name {
          references.append(Reference(kind: .configMap, name: name, detail: "envFrom", optional: ref.optional == true))
        }
        if let ref = source.secretRef, let name = ref.name {
          references.append(Reference(kind: .secret, name: name, detail: "envFrom", optional: ref.optional == true))
        }
      }
    }
    for secret in spec?.imagePullSecrets ?? [] {
      if let name = secret.name { references.append(Reference(kind: .secret, name: name, detail: "imagePullSecrets")) }
    }
    references.append(Reference(kind: .serviceAccount, name: spec?.serviceAccountName ?? "default", detail: nil))
    return references
  }
}
