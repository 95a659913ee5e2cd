#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp ask` without a model: picks where to look (the namespace given, else one the question names, else the
/// context's), takes the snapshot and diagnoses it. When the question names something that is not there and the
/// user did not choose the namespace, it looks once more across all namespaces; a question that names nothing
/// name-like costs one snapshot only.
public struct AskDiagnoser: Sendable {
  public let query: AskQuery
  public var engine = DiagnosisEngine()

  public init(query: AskQuery) {
    self.query = query
  }

  /// Diagnoses `question` in `namespace` (nil: every namespace). `chosen`: the user gave `-n` or `-A`, so the
  /// namespace is not replaced by one the question names, nor searched beyond.
  public func diagnose(question: String, namespace: String?, chosen: Bool, now: Date) async throws -> Diagnosis {
    let listed = try await query.namespaceNames()
    let names = listed ?? []
    var scope = namespace
    if !chosen, let named = QuestionSubjects.namespaces(in: question, among: names).first { scope = named }
    var warnings: [String] = []
    if let scope, let listed, !listed.contains(scope) { warnings.append("namespace \"\(scope)\" not found") }
    // ConfigMap and Secret names only matter to a word that looks like a name.
    let namesSomething = !NameWords.words(in: question.lowercased(), namespaces: names).isEmpty
    var snapshot = try await query.run(namespace: scope, configurationNames: namesSomething, now: now)
    var searchedEverywhere = scope == nil
    if !chosen, scope != nil {
      let subjects = QuestionSubjects.find(
        question, candidates: DiagnosisEngine.candidates(snapshot), fallback: DiagnosisEngine.configuration(snapshot),
        namespaces: names)
      if subjects.objects.isEmpty && !subjects.notFound.isEmpty {
        let everywhere = try await query.run(namespace: nil, now: now)
        let found = QuestionSubjects.find(
          question, candidates: DiagnosisEngine.candidates(everywhere),
          fallback: DiagnosisEngine.configuration(everywhere), namespaces: names)
        if !found.objects.isEmpty {
          snapshot = everywhere
          scope = nil
          warnings = []
        }
        // A partial look (lists refused) cannot tell that a name exists nowhere.
        searchedEverywhere = everywhere.warnings.isEmpty || scope == nil
      }
    }
    var diagnosis = try engine.diagnose(snapshot, question: question, namespace: scope, namespaces: names, now: now)
    diagnosis.warnings = warnings + diagnosis.warnings
    if searchedEverywhere { diagnosis.notFoundIn = nil }
    diagnosis.namespaceChosen = chosen
    return diagnosis
  }
}
