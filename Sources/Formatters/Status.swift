/// How healthy a row, node or tree entry is; drives colour on a terminal and fill colour in DOT.
///
/// Callers that also import a module with its own `Status` type can write `Formatters.Status`.
public enum Status: String, CaseIterable, Sendable, Hashable, Codable {
  /// Healthy or finished as expected.
  case ok
  /// Needs attention but is not broken.
  case warning
  /// Broken or failing.
  case error
  /// Of little interest (completed, disabled, filtered); shown dimmed.
  case muted
  /// Health cannot be told; shown without any tint.
  case unknown
}
