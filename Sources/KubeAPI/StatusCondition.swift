#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A `metav1.Condition`-shaped status condition, as custom resources (Karpenter, KEDA) and the HPA write them.
public struct StatusCondition: Codable, Sendable, Hashable {
  public var type: String
  /// `True`, `False` or `Unknown`.
  public var status: String
  public var reason: String?
  public var message: String?
  public var lastTransitionTime: Date?

  public init(
    type: String, status: String, reason: String? = nil, message: String? = nil, lastTransitionTime: Date? = nil
  ) {
    self.type = type
    self.status = status
    self.reason = reason
    self.message = message
    self.lastTransitionTime = lastTransitionTime
  }

  /// Whether `status` is `True`.
  public var isTrue: Bool { status == "True" }
}

extension Array where Element == StatusCondition {
  /// The condition of the given type, if present.
  public func condition(_ type: String) -> StatusCondition? { first { $0.type == type } }
}
