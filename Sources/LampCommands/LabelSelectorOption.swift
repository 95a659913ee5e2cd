import KubeAPI

/// `-l`/`--selector`, parsed before anything is sent: a selector the API server would refuse with a 400 is a
/// usage error (exit 2) that names the flag, not an API error (exit 1) after the round trips.
enum LabelSelectorOption {
  /// The selector as given, once it parses.
  static func validated(_ text: String?) throws -> String? {
    guard let text else { return nil }
    do {
      _ = try LabelSelector(parsing: text)
    } catch {
      throw CommandError.usage("invalid -l selector \(GoText.quoted(text)): \(error.description)")
    }
    return text
  }
}
