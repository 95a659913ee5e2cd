#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A field selector that could not be parsed, worded as kube-apiserver words it
/// (`invalid selector: 'a'; can't understand 'a'`, `invalid field selector: invalid escape sequence: \x`).
public struct FieldSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The one-line message.
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

extension FieldSelectorError: LocalizedError {
  public var errorDescription: String? { message }
}
