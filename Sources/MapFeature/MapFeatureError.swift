/// Mistakes in a map request, with one-line messages.
public enum MapFeatureError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--kinds` or `--focus` named a kind lamp map does not know.
  case unknownKind(String)
  /// `--kinds` both shows and hides a kind (`pods,-pods`), which leaves nothing to say about it.
  case contradictoryKind(String)
  /// `--focus` was not `KIND/NAME`.
  case invalidTarget(String)
  /// The `--focus` or `--node` object is not in the cluster (or not visible).
  case notFound(kind: String, name: String, namespace: String?)
  /// A `--node` prefix matches several nodes.
  case ambiguousNode(String, matches: [String])

  public var description: String {
    switch self {
    case .unknownKind(let text):
      return "unknown kind \"\(text)\" (one of: \(MapKind.allCases.map(\.shortName).joined(separator: ", ")))"
    case .contradictoryKind(let kind):
      return "--kinds both shows and hides \(kind)"
    case .invalidTarget(let text):
      return "invalid --focus \"\(text)\" (expected KIND/NAME, e.g. svc/web or deployment/api)"
    case .notFound(let kind, let name, let namespace):
      let place = namespace.map { " in namespace \"\($0)\"" } ?? ""
      return "\(kind) \"\(name)\" not found\(place)"
    case .ambiguousNode(let name, let matches):
      return "node name \"\(name)\" matches \(matches.count) nodes: \(matches.joined(separator: ", "))"
    }
  }
}
