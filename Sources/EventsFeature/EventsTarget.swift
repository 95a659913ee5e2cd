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
/// to zero wants no pods, so `--wait` does not wait for one), and the generation its controller has acted on.
struct TargetObject: KubeObject, Decodable {
  var metadata: ObjectMeta
  var replicas: Int?
  var observedGeneration: Int64?

  /// Whether its controller has not yet acted on its latest spec: right after `kubectl apply`, a Deployment's new
  /// ReplicaSet and pods are still to be made.
  var awaitsController: Bool {
    guard let generation = metadata.generation, let observedGeneration else { return false }
    return observedGeneration < generation
  }

  private enum Keys: String, CodingKey { case metadata, spec, replicas, status, observedGeneration }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    // Any kind may be named, and a custom resource's spec and status are its own: read leniently.
    let spec = try? container.nestedContainer(keyedBy: Keys.self, forKey: .spec)
    replicas = (try? spec?.decodeIfPresent(Int.self, forKey: .replicas)) ?? nil
    let status = try? container.nestedContainer(keyedBy: Keys.self, forKey: .status)
    observedGeneration = (try? status?.decodeIfPresent(Int64.self, forKey: .observedGeneration)) ?? nil
  }
}
