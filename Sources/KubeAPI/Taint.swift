#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A node taint (`key=value:Effect`), also used in NodePool templates.
public struct Taint: Codable, Sendable, Hashable, CustomStringConvertible {
  public var key: String
  public var value: String?
  /// `NoSchedule`, `PreferNoSchedule` or `NoExecute`.
  public var effect: String

  public init(key: String, value: String? = nil, effect: String) {
    self.key = key
    self.value = value
    self.effect = effect
  }

  /// Whether the scheduler refuses new pods that do not tolerate it (`PreferNoSchedule` only discourages).
  public var blocksScheduling: Bool { effect == "NoSchedule" || effect == "NoExecute" }

  /// `key=value:Effect`, or `key:Effect` without a value, as `kubectl taint` writes it.
  public var description: String {
    let value = self.value ?? ""
    return value.isEmpty ? "\(key):\(effect)" : "\(key)=\(value):\(effect)"
  }
}
