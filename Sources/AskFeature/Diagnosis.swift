#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The answer of `lamp ask` without a model: ranked findings about the question's subjects, and what was
/// looked at. Encodes as the documented `lamp/v1` `Diagnosis` document.
public struct Diagnosis: Sendable, Hashable, Encodable {
  /// A finding with its place in the ranking and how it relates to the question.
  public struct Ranked: Sendable, Hashable, Encodable {
    public var rank: Int
    /// `subject` (about an object the question names), `related` (an object around it) or `scope`.
    public var relevance: String
    public var finding: Finding

    enum CodingKeys: String, CodingKey {
      case rank, relevance, severity, reason, analyzer, object, title, rootCauseScore, evidence, fix
    }

    public func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(rank, forKey: .rank)
      try c.encode(relevance, forKey: .relevance)
      try c.encode(finding.severity, forKey: .severity)
      try c.encode(finding.reason, forKey: .reason)
      try c.encode(finding.analyzer, forKey: .analyzer)
      try c.encode(finding.object, forKey: .object)
      try c.encode(finding.title, forKey: .title)
      try c.encode((finding.rootCauseScore * 100).rounded() / 100, forKey: .rootCauseScore)
      try c.encode(finding.evidence, forKey: .evidence)
      try c.encode(finding.fix, forKey: .fix)
    }
  }

  /// One analyzer's run, for `--explain`.
  public struct TraceStep: Sendable, Hashable, Encodable {
    public var analyzer: String
    public var findings: Int
    public var kept: Int
  }

  public var question: String
  /// nil: all namespaces.
  public var namespace: String?
  public var subjects: QuestionSubjects
  /// Objects around the subjects that findings were also kept for.
  public var related: [ObjectRef]
  public var findings: [Ranked]
  public var warnings: [String]
  public var trace: [TraceStep]
  /// Where the question's `notFound` words were looked for: a namespace, or nil for every namespace.
  public var notFoundIn: String?
  /// Whether the user chose where to look (-n or -A): when not, a question that names nothing lamp found gets a
  /// hint (`DiagnosisText.unmatchedLine`).
  public var namespaceChosen = true

  enum CodingKeys: String, CodingKey {
    case apiVersion, kind, question, namespace, subjects, notFound, related, findings, warnings, trace
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode("lamp/v1", forKey: .apiVersion)
    try c.encode("Diagnosis", forKey: .kind)
    try c.encode(question, forKey: .question)
    try c.encode(namespace, forKey: .namespace)
    try c.encode(subjects.objects, forKey: .subjects)
    try c.encode(subjects.notFound, forKey: .notFound)
    try c.encode(related, forKey: .related)
    try c.encode(findings, forKey: .findings)
    try c.encode(warnings, forKey: .warnings)
    try c.encode(trace, forKey: .trace)
  }

  /// The one namespace all subjects are in, if there is one: where a model's tools look by default when the
  /// subjects were found outside the namespace asked about.
  public var subjectNamespace: String? {
    let namespaces = Set(subjects.objects.map(\.namespace))
    guard namespaces.count == 1, let only = namespaces.first, !only.isEmpty else { return nil }
    return only
  }

  /// The most likely root cause, if anything was found.
  public var top: Finding? { findings.first?.finding }
}
