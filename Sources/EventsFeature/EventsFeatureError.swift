import Foundation

/// Why an events query cannot run. One line each.
public enum EventsFeatureError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--for` names a kind the server does not serve.
  case unknownKind(String)
  /// `--for` is not `KIND/NAME`.
  case badTarget(String)
  /// `--for` names an object that does not exist.
  case targetNotFound(kind: String, name: String, namespace: String?)

  public var description: String {
    switch self {
    case .unknownKind(let kind): return "the server doesn't have a resource type \"\(kind)\" (in --for)"
    case .badTarget(let text): return "--for must be KIND/NAME, e.g. pod/web-1 or deployment/web (got \"\(text)\")"
    case .targetNotFound(let kind, let name, let namespace):
      let place = namespace.map { " in namespace \"\($0)\"" } ?? ""
      return "\(kind) \"\(name)\" not found\(place) (in --for)"
    }
  }
}
