#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How bad a finding is. The raw value is written to JSON.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
  case info
  case warning
  case error
  case critical

  var rank: Int {
    switch self {
    case .info: return 0
    case .warning: return 1
    case .error: return 2
    case .critical: return 3
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}
