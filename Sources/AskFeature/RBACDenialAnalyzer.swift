import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Events that report an RBAC denial (`... is forbidden: User "X" cannot get resource "secrets" ...`): one
/// finding per user, verb and resource, with the Role that would allow it.
public struct RBACDenialAnalyzer: Analyzer {
  public init() {}

  public var name: String { "rbac" }

  public func analyze(_ context: AnalysisContext) -> [Finding] {
    var byDenial: [RBACDenial: [ClusterEvent]] = [:]
    for event in context.events where event.isWarning && event.message.contains("is forbidden: User \"") {
      if let denial = RBACDenial.parse(event.message) { byDenial[denial, default: []].append(event) }
    }
    return byDenial.map { denial, events in
      let first = events[0]
      let subject = AnalysisContext.ref(first)
      let place = denial.namespace.map { " in \($0)" } ?? " cluster-wide"
      return Finding(
        analyzer: name, reason: "RBACDenied", severity: .error, object: subject,
        title: "\(denial.userShort) is denied \(denial.verb) on \(denial.resource)\(place)", rootCauseScore: 0.85,
        evidence: events.suffix(2).map(AnalysisContext.evidence), fix: denial.fix(fallbackNamespace: subject.namespace))
    }.sorted { $0.object < $1.object }
  }
}
