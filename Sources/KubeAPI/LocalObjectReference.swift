#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `{name: ...}`: a reference to an object in the same namespace (imagePullSecrets, envFrom, key refs).
public struct LocalObjectReference: Codable, Sendable, Hashable {
  public var name: String?
  public init(name: String?) { self.name = name }
}
