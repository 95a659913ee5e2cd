/// A `--scale` specification that cannot be used; the message names the offending key or value.
public struct ScaleSpecError: Error, Equatable, CustomStringConvertible {
  public var message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}
