#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A label selector that could not be parsed or is invalid, worded as kube-apiserver words it
/// (`unable to parse requirement: ...`, `found ',', expected: identifier after ','`).
public struct LabelSelectorError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The one-line message.
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  public var description: String { message }
}

extension LabelSelectorError: LocalizedError {
  public var errorDescription: String? { message }
}
