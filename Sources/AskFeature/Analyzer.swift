#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One diagnosis rule: reads the snapshot, returns findings. Analyzers are pure and independent; ranking and
/// relevance to the question are the engine's job.
public protocol Analyzer: Sendable {
  /// A short stable name shown in `--explain` and written to JSON (`pending`, `service`, ...).
  var name: String { get }
  func analyze(_ context: AnalysisContext) -> [Finding]
}
