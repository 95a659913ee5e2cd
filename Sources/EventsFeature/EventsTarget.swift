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
