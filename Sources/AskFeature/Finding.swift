#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One diagnosed problem: what is wrong with which object, how likely it is the root cause, the evidence and
/// the fix.
public struct Finding: Sendable, Hashable, Codable {
  /// The analyzer that produced it (`pending`, `service`, ...).
  public var analyzer: String
  /// A stable class word, e.g. `NodeSelectorMismatch`, `ServiceSelectsNothing`.
  public var reason: String
  public var severity: Severity
  public var object: ObjectRef
  /// One line: the cause in plain words.
  public var title: String
  /// 0...1: how likely this is a root cause rather than a symptom of another finding.
  public var rootCauseScore: Double
  public var evidence: [Evidence]
  public var fix: Fix

  public init(
    analyzer: String, reason: String, severity: Severity, object: ObjectRef, title: String, rootCauseScore: Double,
    evidence: [Evidence], fix: Fix
  ) {
    self.analyzer = analyzer
    self.reason = reason
    self.severity = severity
    self.object = object
    self.title = title
    self.rootCauseScore = rootCauseScore
    self.evidence = evidence
    self.fix = fix
  }
}
