#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One `key operator values` requirement of node affinity or a Karpenter NodePool.
public struct NodeSelectorRequirement: Codable, Sendable, Hashable, CustomStringConvertible {
  public var key: String
  /// `In`, `NotIn`, `Exists`, `DoesNotExist`, `Gt` or `Lt`.
  public var `operator`: String
  public var values: [String]?
  /// Karpenter only: the least number of distinct values a launch must keep open.
  public var minValues: Int?

  public init(key: String, operator: String, values: [String]? = nil, minValues: Int? = nil) {
    self.key = key
    self.operator = `operator`
    self.values = values
    self.minValues = minValues
  }

  /// Whether a node with `labels` satisfies the requirement (the scheduler's semantics).
  public func matches(_ labels: [String: String]) -> Bool {
    let value = labels[key]
    let values = self.values ?? []
    switch self.operator {
    case "In": return value.map(values.contains) ?? false
    case "NotIn": return value.map { !values.contains($0) } ?? true
    case "Exists": return value != nil
    case "DoesNotExist": return value == nil
    case "Gt", "Lt":
      guard let value, let actual = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
      return self.operator == "Gt" ? actual > bound : actual < bound
    default: return false
    }
  }

  /// `kubernetes.io/arch In [arm64]`, Karpenter's wording.
  public var description: String {
    switch self.operator {
    case "Exists", "DoesNotExist": return "\(key) \(self.operator)"
    default: return "\(key) \(self.operator) [\((values ?? []).joined(separator: " "))]"
    }
  }
}
