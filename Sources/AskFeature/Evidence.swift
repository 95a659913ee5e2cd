#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One fact a finding rests on: which object, which field or event, and what it says.
public struct Evidence: Sendable, Hashable, Codable {
  public var object: ObjectRef
  /// A field path (`status.containerStatuses[app].lastState`) or `event Reason`.
  public var source: String
  public var text: String

  public init(object: ObjectRef, source: String, text: String) {
    self.object = object
    self.source = source
    self.text = text
  }
}
