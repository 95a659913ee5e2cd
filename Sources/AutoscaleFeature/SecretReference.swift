#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A Secret by namespace and name.
public struct SecretReference: Sendable, Hashable, Comparable {
  public var namespace: String
  public var name: String

  public init(namespace: String, name: String) {
    self.namespace = namespace
    self.name = name
  }

  public static func < (a: SecretReference, b: SecretReference) -> Bool {
    (a.namespace, a.name) < (b.namespace, b.name)
  }
}
