#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why an events query cannot run. One line each.
public enum EventsFeatureError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--for` names a kind the server does not serve.
  case unknownKind(String)
  /// `--for` is not `KIND/NAME`.
  case badTarget(String)
  /// `--for` names an object that does not exist: in `namespace`, in no namespace (`allNamespaces`), or at all
  /// (a cluster-scoped kind).
  case targetNotFound(kind: String, name: String, namespace: String?, allNamespaces: Bool = false)
  /// `--for` with `-A` names an object that several namespaces hold.
  case ambiguousTarget(kind: String, name: String, namespaces: [String])

  /// Whether `--for` names an object that does not exist.
  public var isTargetNotFound: Bool {
    if case .targetNotFound = self { return true }
    return false
  }

  public var description: String {
    switch self {
    case .unknownKind(let kind): return "the server doesn't have a resource type \"\(kind)\" (in --for)"
    case .badTarget(let text):
      return "--for must be KIND/NAME or KIND/UID, e.g. pod/web-1 or deployment/web (got \"\(text)\")"
    case .targetNotFound(let kind, let name, let namespace, let allNamespaces):
      let place = allNamespaces ? " in any namespace" : namespace.map { " in namespace \"\($0)\"" } ?? ""
      return "\(kind) \"\(name)\" not found\(place) (in --for)"
    case .ambiguousTarget(let kind, let name, let namespaces):
      return "\(kind) \"\(name)\" is in several namespaces (\(namespaces.joined(separator: ", "))): "
        + "choose one with -n instead of -A (in --for)"
    }
  }
}
