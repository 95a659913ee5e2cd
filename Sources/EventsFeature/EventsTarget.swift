import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A parsed `--for KIND/NAME` (`pod/web-1`, `deployment.apps/web`, `nodepool/default`); NAME may also be a UID.
public struct EventsTarget: Sendable, Hashable {
  public var kind: String
  public var name: String

  public init(kind: String, name: String) {
    self.kind = kind
    self.name = name
  }

  /// Parses `KIND/NAME`.
  public static func parse(_ text: String) throws(EventsFeatureError) -> EventsTarget {
    let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains("/") else {
      throw .badTarget(text)
    }
    return EventsTarget(kind: parts[0], name: parts[1])
  }
}

/// The object a `--for` names: its identity, the replicas it asks for when its spec says (a Deployment scaled
/// to zero wants no pods, so `--wait` does not wait for one), the generation its controller has acted on, and how
/// far its rollout has come.
struct TargetObject: KubeObject, Decodable {
  var metadata: ObjectMeta
  var replicas: Int?
  var observedGeneration: Int64?
  /// `status.updatedReplicas`: the pods (of a Deployment or StatefulSet) made from the latest template.
  var updatedReplicas: Int?
  /// A Deployment's `spec.paused`: its rollout goes no further until resumed.
  var paused = false
  /// A StatefulSet's `spec.updateStrategy`: its type, and the partition below which pods keep the old template.
  var updateStrategy: String?
  var partition: Int?
  /// A NodeClaim's `status.nodeName`: its Node, which its `--for` scope takes in.
  var nodeName: String?

  /// The new pods a rollout has made and the number it will make, while they differ: a Deployment's, or a
  /// StatefulSet's rolling update. Between its steps no pod need be pending, and the pods of the next step are
  /// what a deploy job's `--wait` is for (`kubectl rollout status` waits for the same count).
  func unfinishedRollout(kind: String) -> EventsQuery.Rollout? {
    // Counts from before the controller saw the latest spec say nothing about this rollout.
    guard !awaitsController else { return nil }
    let wanted: Int
    switch kind {
    case "Deployment" where !paused: wanted = replicas ?? 1
    case "StatefulSet" where (updateStrategy ?? "RollingUpdate") == "RollingUpdate":
      wanted = max(0, (replicas ?? 1) - (partition ?? 0))
    default: return nil
    }
    let updated = updatedReplicas ?? 0
    return updated < wanted ? EventsQuery.Rollout(updated: updated, wanted: wanted) : nil
  }

  /// Whether its controller has not yet acted on its latest spec: right after `kubectl apply`, a Deployment's new
  /// ReplicaSet and pods are still to be made.
  var awaitsController: Bool {
    guard let generation = metadata.generation, let observedGeneration else { return false }
    return observedGeneration < generation
  }

  private enum Keys: String, CodingKey {
    case metadata, spec, replicas, status, observedGeneration, updatedReplicas, paused, updateStrategy, type,
      rollingUpdate, partition, nodeName
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    // Any kind may be named, and a custom resource's spec and status are its own: read leniently.
    let spec = try? container.nestedContainer(keyedBy: Keys.self, forKey: .spec)
    replicas = (try? spec?.decodeIfPresent(Int.self, forKey: .replicas)) ?? nil
    paused = ((try? spec?.decodeIfPresent(Bool.self, forKey: .paused)) ?? nil) ?? false
    let strategy = try? spec?.nestedContainer(keyedBy: Keys.self, forKey: .updateStrategy)
    updateStrategy = (try? strategy?.decodeIfPresent(String.self, forKey: .type)) ?? nil
    let rolling = try? strategy?.nestedContainer(keyedBy: Keys.self, forKey: .rollingUpdate)
    partition = (try? rolling?.decodeIfPresent(Int.self, forKey: .partition)) ?? nil
    let status = try? container.nestedContainer(keyedBy: Keys.self, forKey: .status)
    observedGeneration = (try? status?.decodeIfPresent(Int64.self, forKey: .observedGeneration)) ?? nil
    updatedReplicas = (try? status?.decodeIfPresent(Int.self, forKey: .updatedReplicas)) ?? nil
    nodeName = (try? status?.decodeIfPresent(String.self, forKey: .nodeName)) ?? nil
  }
}
