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

/// The object a `--for` names: its identity, and the replicas it asks for when its spec says (a Deployment scaled
/// to zero wants no pods, so `--wait` does not wait for one).
struct TargetObject: KubeObject, Decodable {
  var metadata: ObjectMeta
  var replicas: Int?

  private enum Keys: String, CodingKey { case metadata, spec, replicas }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    metadata = try container.decode(ObjectMeta.self, forKey: .metadata)
    // Any kind may be named, and a custom resource's spec is its own: read leniently.
    let spec = try? container.nestedContainer(keyedBy: Keys.self, forKey: .spec)
    replicas = (try? spec?.decodeIfPresent(Int.self, forKey: .replicas)) ?? nil
  }
}
