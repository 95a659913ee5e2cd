import MapFeature

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Runs the analyzers over a snapshot and ranks their findings for a question: findings about the objects the
/// question names, or the objects around them, by how likely each is the root cause.
public struct DiagnosisEngine: Sendable {
  public var analyzers: [any Analyzer]

  public init(analyzers: [any Analyzer] = DiagnosisEngine.standardAnalyzers) {
    self.analyzers = analyzers
  }

  /// Every analyzer, causes before symptoms.
  public static let standardAnalyzers: [any Analyzer] = [
    PendingAnalyzer(), CrashLoopAnalyzer(), OOMKilledAnalyzer(), ProbeAnalyzer(), EvictionAnalyzer(),
    ServiceAnalyzer(), IngressAnalyzer(), VolumeClaimAnalyzer(), AutoscalerAnalyzer(), ScaledObjectAnalyzer(),
    NodeAnalyzer(), QuotaAnalyzer(), RBACDenialAnalyzer(), WorkloadAnalyzer(),
  ]

  /// A small boost for findings on the object the question names, enough to break near-ties only: a Pending
  /// pod's cause still outranks its Deployment's "unavailable".
  static let subjectBoost = 0.05

  /// A boost for findings on objects of a kind the question names (`the web pod`, `hpa api`): the user asked
  /// about that object, not about its neighbours.
  static let kindBoost = 0.1

  /// Every object the snapshot holds, as question-matching candidates.
  public static func candidates(_ snapshot: AskSnapshot) -> [ObjectRef] {
    var refs = snapshot.cluster.pods.map(AnalysisContext.ref)
    refs += snapshot.cluster.workloads.map {
      ObjectRef(kind: $0.kind ?? "", namespace: $0.metadata.namespace ?? "", name: $0.metadata.name)
    }
    refs += snapshot.objects.filter { $0.kind != "Endpoints" }.map(\.ref)
    refs += (snapshot.cluster.nodes ?? []).map { ObjectRef(kind: "Node", namespace: "", name: $0.metadata.name) }
    refs += (snapshot.cluster.nodePools ?? []).map {
      ObjectRef(kind: "NodePool", namespace: "", name: $0.metadata.name)
    }
    return refs
  }

  /// ConfigMaps and Secrets, matched only by words that name nothing else: many share a name with the workload
  /// that reads them, and a question about `api` is about the Deployment.
  public static func configuration(_ snapshot: AskSnapshot) -> [ObjectRef] {
    configuration(snapshot, NamedReferences(snapshot))
  }

  static func configuration(_ snapshot: AskSnapshot, _ references: NamedReferences) -> [ObjectRef] {
    snapshot.configurationNames + references.named
  }

  /// Diagnoses `question` (empty: a health review of everything in the snapshot).
  public func diagnose(
    _ snapshot: AskSnapshot, question: String, namespace: String?, namespaces: [String] = [], now: Date
  ) throws -> Diagnosis {
    let context = AnalysisContext(snapshot: snapshot, now: now)
    let references = NamedReferences(snapshot)
    let subjects = QuestionSubjects.find(
      question, candidates: Self.candidates(snapshot), fallback: Self.configuration(snapshot, references),
      namespaces: namespaces)
    var relations = SubjectRelations(subjects: [], graph: ResourceGraph(nodes: [], edges: []))
    if !subjects.isEmpty {
      let graph = GraphBuilder().build(try snapshot.mapSnapshot())
      // A named ConfigMap or Secret is not in the graph: what is around it is what names it, and their neighbours.
      let referrers = references.referring(to: subjects.objects)
      relations = SubjectRelations(subjects: subjects.objects, graph: graph, referrers: referrers)
    }
    let subjectSet = Set(subjects.objects)
    var scored: [(Finding, Int, Double)] = []
    var trace: [Diagnosis.TraceStep] = []
    for analyzer in analyzers {
      let findings = analyzer.analyze(context)
      var kept = 0
      for finding in findings {
        let relevance = Self.relevance(finding, subjects: subjectSet, related: relations.related)
        guard subjectSet.isEmpty || relevance > 0 else { continue }
        kept += 1
        var score = finding.rootCauseScore + (relevance == 2 ? Self.subjectBoost : 0)
        if relevance > 0, subjects.kinds.contains(finding.object.kind) { score += Self.kindBoost }
        scored.append((finding, relevance, score))
      }
      trace.append(Diagnosis.TraceStep(analyzer: analyzer.name, findings: findings.count, kept: kept))
    }
    scored.sort { a, b in
      if a.2 != b.2 { return a.2 > b.2 }
      if a.0.severity != b.0.severity { return a.0.severity > b.0.severity }
      if a.0.object != b.0.object { return a.0.object < b.0.object }
      return a.0.reason < b.0.reason
    }
    let ranked = Self.withoutRepeats(scored).enumerated().map { index, item in
      Diagnosis.Ranked(
        rank: index + 1, relevance: subjectSet.isEmpty ? "scope" : (item.1 == 2 ? "subject" : "related"),
        finding: item.0)
    }
    return Diagnosis(
      question: question, namespace: namespace, subjects: subjects, related: relations.related.sorted(),
      findings: ranked, warnings: snapshot.warnings, trace: trace, notFoundIn: namespace)
  }

  /// The ranked findings less those a higher one already says: two analyzers can read the same event about the
  /// same object (a KEDA trigger failing because its operator is denied a Secret) and propose the same fix.
  static func withoutRepeats(_ ranked: [(Finding, Int, Double)]) -> [(Finding, Int, Double)] {
    var kept: [(Finding, Int, Double)] = []
    for item in ranked {
      let finding = item.0
      let repeated = kept.contains { earlier in
        earlier.0.object == finding.object && earlier.0.fix == finding.fix
          && Set(finding.evidence).isSubset(of: Set(earlier.0.evidence))
      }
      if !repeated { kept.append(item) }
    }
    return kept
  }

  /// 2: about a subject; 1: about a related object, or citing a subject in its evidence; 0: neither.
  static func relevance(_ finding: Finding, subjects: Set<ObjectRef>, related: Set<ObjectRef>) -> Int {
    if subjects.contains(finding.object) { return 2 }
    if related.contains(finding.object) { return 1 }
    if finding.evidence.contains(where: { subjects.contains($0.object) }) { return 1 }
    return 0
  }
}
