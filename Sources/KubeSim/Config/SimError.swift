/// Why the simulator could not start, load state, or parse its command line.
public enum SimError: Error, Sendable, Equatable, CustomStringConvertible {
  case usage(String)
  case unreadable(path: String, reason: String)
  case malformed(file: String, document: Int, reason: String)
  /// A YAML syntax error, `FILE:LINE:COLUMN: message`.
  case yaml(String)
  case unknownKind(apiVersion: String, kind: String, index: Int)
  case invalidObject(String)
  case startup(String)

  public var description: String {
    switch self {
    case .usage(let message): return message
    case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
    case .malformed(let file, let document, let reason): return "\(file): document \(document): \(reason)"
    case .yaml(let message): return message
    case .unknownKind(let apiVersion, let kind, let index):
      return "object #\(index): no resource is served for apiVersion \"\(apiVersion)\" kind \"\(kind)\""
    case .invalidObject(let message): return message
    case .startup(let message): return "cannot start: \(message)"
    }
  }
}
