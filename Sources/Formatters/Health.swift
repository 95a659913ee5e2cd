/// How healthy a row, node or tree entry is; drives colour on a terminal and fill colour in DOT.
/// (Not called `Status`, so it never clashes with Kubernetes' `Status` object.)
public enum Health: String, CaseIterable, Sendable, Hashable, Codable {
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
