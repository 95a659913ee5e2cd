#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

// Pods read from scanned JSON: the same fields as their `Decodable` forms. Through `Codable`, a pod's nested
// optionals made decoding a few thousand Pending pods cost more than decoding fifty thousand events. A pod the
// scanner does not expect (a number where a string belongs, a missing required field) throws, and the document is
// decoded with `JSONDecoder`, which then reports what is wrong.

extension Pod: ScannableListItem {
  public init(scanning value: JSONSlice) throws {
    let parts = try value.objectParts(spec: Spec.init(scanning:), status: Status.init(scanning:))
    self.init(metadata: parts.metadata, spec: parts.spec, status: parts.status)
  }
}

extension Pod.Spec {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "nodeName": nodeName = try value.string()
      case "nodeSelector": nodeSelector = try value.stringMap()
      case "affinity" where !value.isNull: affinity = try Affinity(scanning: value)
      case "tolerations": tolerations = try value.array(Toleration.init(scanning:))
      case "containers": containers = try value.array(Pod.Container.init(scanning:))
      case "initContainers": initContainers = try value.array(Pod.Container.init(scanning:))
      case "volumes": volumes = try value.array(Pod.Volume.init(scanning:))
      case "topologySpreadConstraints":
        topologySpreadConstraints = try value.array(Pod.TopologySpreadConstraint.init(scanning:))
      case "schedulerName": schedulerName = try value.string()
      case "serviceAccountName": serviceAccountName = try value.string()
      case "priorityClassName": priorityClassName = try value.string()
      case "imagePullSecrets": imagePullSecrets = try value.array(LocalObjectReference.init(scanning:))
      case "overhead": overhead = try value.quantityMap()
      case "schedulingGates": schedulingGates = try value.array(Pod.SchedulingGate.init(scanning:))
      default: break
      }
    }
  }
}

extension Pod.Container {
  init(scanning value: JSONSlice) throws {
    var name: String?
    var image: String?
    var resources: ResourceRequirements?
    var env: [Pod.EnvVar]?
    var envFrom: [Pod.EnvFromSource]?
    var restartPolicy: String?
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.string()
      case "image": image = try value.string()
      case "resources" where !value.isNull: resources = try ResourceRequirements(scanning: value)
      case "env": env = try value.array(Pod.EnvVar.init(scanning:))
      case "envFrom": envFrom = try value.array(Pod.EnvFromSource.init(scanning:))
      case "restartPolicy": restartPolicy = try value.string()
      default: break
      }
    }
    guard let name else { throw JSONSlice.Malformed() }
    self.init(name: name, image: image, resources: resources, env: env, envFrom: envFrom, restartPolicy: restartPolicy)
  }
}

extension Pod.EnvVar {
  init(scanning value: JSONSlice) throws {
    var name: String?
    var source: Source?
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.string()
      case "valueFrom" where !value.isNull: source = try Source(scanning: value)
      default: break
      }
    }
    guard let name else { throw JSONSlice.Malformed() }
    self.init(name: name, valueFrom: source)
  }
}

extension Pod.EnvVar.Source {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "configMapKeyRef" where !value.isNull: configMapKeyRef = try Pod.EnvVar.KeyReference(scanning: value)
      case "secretKeyRef" where !value.isNull: secretKeyRef = try Pod.EnvVar.KeyReference(scanning: value)
      default: break
      }
    }
  }
}

extension Pod.EnvVar.KeyReference {
  init(scanning value: JSONSlice) throws {
    var name: String?
    var key: String?
    var optional: Bool?
    try value.forEachMember { member, value in
      switch member {
      case "name": name = try value.string()
      case "key": key = try value.string()
      case "optional": optional = try value.bool()
      default: break
      }
    }
    self.init(name: name, key: key, optional: optional)
  }
}

extension Pod.EnvFromSource {
  init(scanning value: JSONSlice) throws {
    var configMapRef: Pod.OptionalReference?
    var secretRef: Pod.OptionalReference?
    try value.forEachMember { key, value in
      switch key {
      case "configMapRef" where !value.isNull: configMapRef = try Pod.OptionalReference(scanning: value)
      case "secretRef" where !value.isNull: secretRef = try Pod.OptionalReference(scanning: value)
      default: break
      }
    }
    self.init(configMapRef: configMapRef, secretRef: secretRef)
  }
}

extension Pod.Volume {
  init(scanning value: JSONSlice) throws {
    var name: String?
    var claim: ClaimSource?
    var configMap: Pod.OptionalReference?
    var secret: Pod.SecretVolumeSource?
    var projected: Pod.ProjectedVolumeSource?
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.string()
      case "persistentVolumeClaim" where !value.isNull:
        guard let claimName = try value.member("claimName")?.string() else { throw JSONSlice.Malformed() }
        claim = ClaimSource(claimName: claimName)
      case "configMap" where !value.isNull: configMap = try Pod.OptionalReference(scanning: value)
      case "secret" where !value.isNull:
        secret = Pod.SecretVolumeSource(
          secretName: try value.member("secretName")?.string(), optional: try value.member("optional")?.bool())
      case "projected" where !value.isNull:
        projected = Pod.ProjectedVolumeSource(
          sources: try value.member("sources")?.array(Pod.ProjectedVolumeSource.Projection.init(scanning:)))
      default: break
      }
    }
    guard let name else { throw JSONSlice.Malformed() }
    self.init(
      name: name, persistentVolumeClaim: claim, configMap: configMap, secret: secret, projected: projected)
  }
}

extension Pod.ProjectedVolumeSource.Projection {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "configMap" where !value.isNull: configMap = try Pod.OptionalReference(scanning: value)
      case "secret" where !value.isNull: secret = try Pod.OptionalReference(scanning: value)
      default: break
      }
    }
  }
}

extension Pod.OptionalReference {
  init(scanning value: JSONSlice) throws {
    self.init(name: try value.member("name")?.string(), optional: try value.member("optional")?.bool())
  }
}

extension Pod.TopologySpreadConstraint {
  init(scanning value: JSONSlice) throws {
    var maxSkew: Int?
    var topologyKey: String?
    var whenUnsatisfiable: String?
    try value.forEachMember { key, value in
      switch key {
      case "maxSkew": maxSkew = try value.int()
      case "topologyKey": topologyKey = try value.string()
      case "whenUnsatisfiable": whenUnsatisfiable = try value.string()
      default: break
      }
    }
    self.init(maxSkew: maxSkew, topologyKey: topologyKey, whenUnsatisfiable: whenUnsatisfiable)
  }
}

extension Pod.Status {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "phase": phase = try value.string()
      case "reason": reason = try value.string()
      case "message": message = try value.string()
      case "nominatedNodeName": nominatedNodeName = try value.string()
      case "startTime": startTime = try value.date()
      case "conditions": conditions = try value.array(StatusCondition.init(scanning:))
      case "containerStatuses": containerStatuses = try value.array(Pod.ContainerStatus.init(scanning:))
      case "initContainerStatuses": initContainerStatuses = try value.array(Pod.ContainerStatus.init(scanning:))
      default: break
      }
    }
  }
}

extension Pod.ContainerStatus {
  init(scanning value: JSONSlice) throws {
    var name: String?
    var ready: Bool?
    var restartCount: Int?
    var image: String?
    var state: Pod.ContainerState?
    var lastState: Pod.ContainerState?
    try value.forEachMember { key, value in
      switch key {
      case "name": name = try value.string()
      case "ready": ready = try value.bool()
      case "restartCount": restartCount = try value.int()
      case "image": image = try value.string()
      case "state" where !value.isNull: state = try Pod.ContainerState(scanning: value)
      case "lastState" where !value.isNull: lastState = try Pod.ContainerState(scanning: value)
      default: break
      }
    }
    guard let name else { throw JSONSlice.Malformed() }
    self.init(name: name, ready: ready, restartCount: restartCount, state: state, lastState: lastState)
    self.image = image
  }
}

extension Pod.ContainerState {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "waiting" where !value.isNull:
        waiting = Waiting(reason: try value.member("reason")?.string(), message: try value.member("message")?.string())
      case "running" where !value.isNull:
        running = Running(startedAt: try value.member("startedAt")?.date())
      case "terminated" where !value.isNull:
        terminated = try Terminated(scanning: value)
      default: break
      }
    }
  }
}

extension Pod.ContainerState.Terminated {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "exitCode": exitCode = try value.int()
      case "signal": signal = try value.int()
      case "reason": reason = try value.string()
      case "message": message = try value.string()
      case "startedAt": startedAt = try value.date()
      case "finishedAt": finishedAt = try value.date()
      default: break
      }
    }
  }
}

extension Affinity {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "nodeAffinity" where !value.isNull:
        let required = try value.member("requiredDuringSchedulingIgnoredDuringExecution")
        nodeAffinity = NodeAffinity(
          required: try required.flatMap { $0.isNull ? nil : try NodeSelector(scanning: $0) })
      case "podAffinity" where !value.isNull: podAffinity = try PodAffinityPresence(scanning: value)
      case "podAntiAffinity" where !value.isNull: podAntiAffinity = try PodAffinityPresence(scanning: value)
      default: break
      }
    }
  }
}

extension NodeSelector {
  init(scanning value: JSONSlice) throws {
    guard let terms = try value.member("nodeSelectorTerms")?.array(NodeSelectorTerm.init(scanning:)) else {
      throw JSONSlice.Malformed()
    }
    self.init(nodeSelectorTerms: terms)
  }
}

extension NodeSelectorTerm {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "matchExpressions": matchExpressions = try value.array(NodeSelectorRequirement.init(scanning:))
      case "matchFields": matchFields = try value.array(NodeSelectorRequirement.init(scanning:))
      default: break
      }
    }
  }
}

extension NodeSelectorRequirement {
  init(scanning value: JSONSlice) throws {
    var key: String?
    var op: String?
    var values: [String]?
    var minValues: Int?
    try value.forEachMember { member, value in
      switch member {
      case "key": key = try value.string()
      case "operator": op = try value.string()
      case "values":
        values = try value.array { element in
          guard let text = try element.string() else { throw JSONSlice.Malformed() }
          return text
        }
      case "minValues": minValues = try value.int()
      default: break
      }
    }
    guard let key, let op else { throw JSONSlice.Malformed() }
    self.init(key: key, operator: op, values: values, minValues: minValues)
  }
}

extension PodAffinityPresence {
  /// Counts the terms; like the `Decodable` form, every term must be an object.
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      let objects = { try value.array { term in try term.forEachMember { _, _ in } }?.count ?? 0 }
      switch key {
      case "requiredDuringSchedulingIgnoredDuringExecution": requiredTerms = try objects()
      case "preferredDuringSchedulingIgnoredDuringExecution": preferredTerms = try objects()
      default: break
      }
    }
  }
}

extension Toleration {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "key": self.key = try value.string()
      case "operator": self.operator = try value.string()
      case "value": self.value = try value.string()
      case "effect": effect = try value.string()
      case "tolerationSeconds": tolerationSeconds = try value.int().map(Int64.init)
      default: break
      }
    }
  }
}

extension ResourceRequirements {
  init(scanning value: JSONSlice) throws {
    self.init()
    try value.forEachMember { key, value in
      switch key {
      case "requests": requests = try value.quantityMap()
      case "limits": limits = try value.quantityMap()
      default: break
      }
    }
  }
}

extension Pod.SchedulingGate {
  init(scanning value: JSONSlice) throws {
    guard let name = try value.member("name")?.string() else { throw JSONSlice.Malformed() }
    self.init(name: name)
  }
}

extension LocalObjectReference {
  init(scanning value: JSONSlice) throws {
    self.init(name: try value.member("name")?.string())
  }
}
