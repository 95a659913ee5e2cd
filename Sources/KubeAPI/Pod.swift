#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Pod: only the fields lamp reads (placement, resources, container states, conditions).
public struct Pod: KubeObject, Codable, Hashable {
  public var metadata: ObjectMeta
  public var spec: Spec?
  public var status: Status?

  public init(metadata: ObjectMeta, spec: Spec? = nil, status: Status? = nil) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
  }

  /// `spec`: where the pod may run and what it asks for.
  public struct Spec: Codable, Sendable, Hashable {
    public var nodeName: String?
    public var nodeSelector: [String: String]?
    public var affinity: Affinity?
    public var tolerations: [Toleration]?
    public var containers: [Container]?
    public var initContainers: [Container]?
    public var volumes: [Volume]?
    public var topologySpreadConstraints: [TopologySpreadConstraint]?
    public var schedulerName: String?
    public var serviceAccountName: String?
    public var priorityClassName: String?
    /// Registry credentials (Secrets in the pod's namespace).
    public var imagePullSecrets: [LocalObjectReference]?
    /// What the pod's RuntimeClass adds to its requests (`spec.overhead`).
    public var overhead: [String: Quantity]?
    /// Gates the scheduler waits on: a pod with any left is not considered for scheduling at all.
    public var schedulingGates: [SchedulingGate]?

    public init(
      nodeName: String? = nil, nodeSelector: [String: String]? = nil, affinity: Affinity? = nil,
      tolerations: [Toleration]? = nil, containers: [Container]? = nil, initContainers: [Container]? = nil,
      volumes: [Volume]? = nil, schedulerName: String? = nil
    ) {
      self.nodeName = nodeName
      self.nodeSelector = nodeSelector
      self.affinity = affinity
      self.tolerations = tolerations
      self.containers = containers
      self.initContainers = initContainers
      self.volumes = volumes
      self.schedulerName = schedulerName
    }
  }

  /// `{name: ...}`: one of `spec.schedulingGates`, removed by whatever controller added it.
  public struct SchedulingGate: Codable, Sendable, Hashable {
    public var name: String
    public init(name: String) { self.name = name }
  }

  /// One container (or init container) of the spec.
  public struct Container: Codable, Sendable, Hashable {
    public var name: String
    public var image: String?
    public var resources: ResourceRequirements?
    /// Environment variables; only `valueFrom` references are modelled.
    public var env: [EnvVar]?
    /// Whole ConfigMaps or Secrets imported as variables.
    public var envFrom: [EnvFromSource]?
    /// `Always` on an init container makes it a sidecar, running beside the app containers (Kubernetes 1.29+).
    public var restartPolicy: String?

    public init(
      name: String, image: String? = nil, resources: ResourceRequirements? = nil, env: [EnvVar]? = nil,
      envFrom: [EnvFromSource]? = nil, restartPolicy: String? = nil
    ) {
      self.name = name
      self.image = image
      self.resources = resources
      self.env = env
      self.envFrom = envFrom
      self.restartPolicy = restartPolicy
    }
  }

  /// A volume; only references to PVCs, ConfigMaps and Secrets (direct or projected) are modelled.
  public struct Volume: Codable, Sendable, Hashable {
    public var name: String
    public var persistentVolumeClaim: ClaimSource?
    public var configMap: OptionalReference?
    public var secret: SecretVolumeSource?
    public var projected: ProjectedVolumeSource?

    public init(
      name: String, persistentVolumeClaim: ClaimSource? = nil, configMap: OptionalReference? = nil,
      secret: SecretVolumeSource? = nil, projected: ProjectedVolumeSource? = nil
    ) {
      self.name = name
      self.persistentVolumeClaim = persistentVolumeClaim
      self.configMap = configMap
      self.secret = secret
      self.projected = projected
    }

    /// `persistentVolumeClaim.claimName`.
    public struct ClaimSource: Codable, Sendable, Hashable {
      public var claimName: String
      public init(claimName: String) { self.claimName = claimName }
    }
  }

  /// A topology spread constraint; `whenUnsatisfiable: DoNotSchedule` ones can block scheduling.
  public struct TopologySpreadConstraint: Codable, Sendable, Hashable {
    public var maxSkew: Int?
    public var topologyKey: String?
    public var whenUnsatisfiable: String?
  }

  /// `status`: phase, conditions and container states.
  public struct Status: Codable, Sendable, Hashable {
    public var phase: String?
    public var reason: String?
    public var message: String?
    public var nominatedNodeName: String?
    public var startTime: Date?
    public var conditions: [Condition]?
    public var containerStatuses: [ContainerStatus]?
    public var initContainerStatuses: [ContainerStatus]?

    public init(
      phase: String? = nil, conditions: [Condition]? = nil, containerStatuses: [ContainerStatus]? = nil,
      initContainerStatuses: [ContainerStatus]? = nil
    ) {
      self.phase = phase
      self.conditions = conditions
      self.containerStatuses = containerStatuses
      self.initContainerStatuses = initContainerStatuses
    }
  }

  /// A pod condition (`PodScheduled`, `Ready`, ...).
  public typealias Condition = StatusCondition

  /// The state of one container as the kubelet reports it.
  public struct ContainerStatus: Codable, Sendable, Hashable {
    public var name: String
    public var ready: Bool?
    public var restartCount: Int?
    public var image: String?
    public var state: ContainerState?
    public var lastState: ContainerState?

    public init(
      name: String, ready: Bool? = nil, restartCount: Int? = nil, state: ContainerState? = nil,
      lastState: ContainerState? = nil
    ) {
      self.name = name
      self.ready = ready
      self.restartCount = restartCount
      self.state = state
      self.lastState = lastState
    }
  }

  /// Exactly one of waiting, running or terminated is set (none for an unknown state).
  public struct ContainerState: Codable, Sendable, Hashable {
    public var waiting: Waiting?
    public var running: Running?
    public var terminated: Terminated?

    public init(waiting: Waiting? = nil, running: Running? = nil, terminated: Terminated? = nil) {
      self.waiting = waiting
      self.running = running
      self.terminated = terminated
    }

    /// `state.waiting`.
    public struct Waiting: Codable, Sendable, Hashable {
      public var reason: String?
      public var message: String?
      public init(reason: String? = nil, message: String? = nil) {
        self.reason = reason
        self.message = message
      }
    }

    /// `state.running`.
    public struct Running: Codable, Sendable, Hashable {
      public var startedAt: Date?
      public init(startedAt: Date? = nil) { self.startedAt = startedAt }
    }

    /// `state.terminated`.
    public struct Terminated: Codable, Sendable, Hashable {
      public var exitCode: Int?
      public var signal: Int?
      public var reason: String?
      public var message: String?
      public var startedAt: Date?
      public var finishedAt: Date?
      public init(exitCode: Int? = nil, reason: String? = nil, message: String? = nil, finishedAt: Date? = nil) {
        self.exitCode = exitCode
        self.reason = reason
        self.message = message
        self.finishedAt = finishedAt
      }
    }
  }
}

extension Pod {
  /// `status.phase`, `Unknown` when absent.
  public var phase: String { status?.phase ?? "Unknown" }

  /// The condition of the given type, if reported.
  public func condition(_ type: String) -> Condition? {
    status?.conditions?.first { $0.type == type }
  }

  /// What the scheduler reserves for the pod, as kube-scheduler counts it: the app containers and the sidecars
  /// (init containers with `restartPolicy: Always`, which keep running beside them), or what the init phase peaks
  /// at when that is more (each regular init container runs alone, beside the sidecars started before it), plus
  /// the RuntimeClass overhead.
  public var resourceRequests: [String: Quantity] {
    var total: [String: Quantity] = [:]
    for container in spec?.containers ?? [] {
      for (name, value) in container.resources?.effectiveRequests ?? [:] {
        total[name, default: .zero] += value
      }
    }
    var sidecars: [String: Quantity] = [:]
    var initPeak: [String: Quantity] = [:]
    for container in spec?.initContainers ?? [] {
      let requests = container.resources?.effectiveRequests ?? [:]
      let isSidecar = container.restartPolicy == "Always"
      var during = sidecars
      for (name, value) in requests {
        during[name, default: .zero] += value
        if isSidecar {
          sidecars[name, default: .zero] += value
          total[name, default: .zero] += value
        }
      }
      for (name, value) in during where value > initPeak[name, default: .zero] { initPeak[name] = value }
    }
    for (name, value) in initPeak where value > total[name, default: .zero] { total[name] = value }
    for (name, value) in spec?.overhead ?? [:] { total[name, default: .zero] += value }
    return total
  }

  /// The controlling owner (ReplicaSet, Job, StatefulSet, ...), if any.
  public var controller: OwnerReference? {
    let owners = metadata.ownerReferences ?? []
    return owners.first { $0.controller == true } ?? owners.first
  }
}
