/// libyaml refused to emit a document (for example an invalid tag on a scalar).
public struct YAMLEmitterError: Error, Sendable, CustomStringConvertible {
  public var message: String

  public init(message: String) {
    self.message = message
  }

  public var description: String { "cannot write YAML: \(message)" }
}
