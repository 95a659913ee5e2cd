extension YAMLScalar {
  /// The typed value of a scalar under the YAML 1.1 rules kubectl applies (go-yaml v2).
  public enum Resolved: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int64)
    /// An integer above `Int64.max` (go-yaml reads those as uint64).
    case uint(UInt64)
    case float(Double)
    /// Everything else, including quoted and block scalars and timestamps (kept as text).
    case string(String)
  }

  /// The typed value: plain scalars are typed (`yes` → true, `0x1F` → 31, `~` → null), quoted and block
  /// scalars are strings, and an explicit tag (`!!str`, `!!int`, ...) decides over both.
  public var resolved: Resolved {
    if let tag {
      // The parser refuses a tag that does not fit its text; a scalar built by hand that way stays text.
      return ScalarResolver.resolve(value, explicitTag: tag) ?? .string(value)
    }
    guard style == .plain else { return .string(value) }
    return ScalarResolver.kind(of: value, allowTimestamp: true).resolved(value)
  }
}
