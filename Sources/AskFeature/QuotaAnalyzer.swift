import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// ResourceQuotas with a resource used up (or within 5% of it).
public struct QuotaAnalyzer: Analyzer {
  public init() {}

  public var name: String { "quota" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var result: [Finding] = []
    for quota in context.snapshot.objects("ResourceQuota") {
      let hard = quota.stringMap("status", "hard")
      let used = quota.stringMap("status", "used")
      var full: [String] = []
      for (resource, limitText) in hard.sorted(by: { $0.key < $1.key }) {
        guard let usedText = used[resource] else { continue }
        do {
          let limit = try Quantity(parsing: limitText)
          let current = try Quantity(parsing: usedText)
          if !limit.isZero, current.ratio(of: limit) >= 0.95 { full.append("\(resource) \(usedText) of \(limitText)") }
        } catch {
          continue  // A quantity the API server would not write: nothing to compare.
        }
      }
      guard !full.isEmpty else { continue }
      let ref = quota.ref
      result.append(
        Finding(
          analyzer: name, reason: "QuotaExhausted", severity: .warning, object: ref,
          title: "ResourceQuota nearly or fully used: \(full.joined(separator: ", "))", rootCauseScore: 0.7,
          evidence: full.map { Evidence(object: ref, source: "status.used", text: $0) },
          fix: Fix(
            summary: "Raise the quota's hard limits or lower requests in the namespace",
            commands: ["kubectl describe resourcequota \(ref.name)\(ref.namespaceFlag)"])))
    }
    return result
  }
}
