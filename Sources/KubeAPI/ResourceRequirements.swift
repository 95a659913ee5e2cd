#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A container's resource requests and limits (`cpu`, `memory`, extended resources).
public struct ResourceRequirements: Codable, Sendable, Hashable {
  public var requests: [String: Quantity]?
  public var limits: [String: Quantity]?

  public init(requests: [String: Quantity]? = nil, limits: [String: Quantity]? = nil) {
    self.requests = requests
    self.limits = limits
  }

  /// What the scheduler reserves: the request, else the limit (a limit alone defaults the request).
  public var effectiveRequests: [String: Quantity] {
    var result = limits ?? [:]
    for (name, value) in requests ?? [:] { result[name] = value }
    return result
  }
}
