#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A pod's toleration of taints.
public struct Toleration: Codable, Sendable, Hashable {
  public var key: String?
  /// `Equal` (the default) or `Exists`.
  public var `operator`: String?
  public var value: String?
  /// Empty tolerates every effect.
  public var effect: String?
  public var tolerationSeconds: Int64?

  public init(
    key: String? = nil, operator: String? = nil, value: String? = nil, effect: String? = nil,
    tolerationSeconds: Int64? = nil
  ) {
    self.key = key
    self.operator = `operator`
    self.value = value
    self.effect = effect
    self.tolerationSeconds = tolerationSeconds
  }

  /// The scheduler's rule (`ToleratesTaint`): effects must match unless empty; an empty key with
  /// `Exists` tolerates everything; `Exists` ignores the value, `Equal` compares it.
  public func tolerates(_ taint: Taint) -> Bool {
    if let effect, !effect.isEmpty, effect != taint.effect { return false }
    let key = self.key ?? ""
    let op = self.operator ?? "Equal"
    if key.isEmpty { return op == "Exists" }
    guard key == taint.key else { return false }
    switch op {
    case "Exists": return true
    case "Equal", "": return (value ?? "") == (taint.value ?? "")
    default: return false
    }
  }
}

extension Array where Element == Toleration {
  /// Whether any toleration in the list tolerates `taint`.
  public func tolerate(_ taint: Taint) -> Bool { contains { $0.tolerates(taint) } }
}
