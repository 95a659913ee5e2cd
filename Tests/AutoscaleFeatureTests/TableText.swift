import Foundation

/// Reads rendered tables back: the renderer separates columns by at least three spaces, and cells hold single
/// spaces at most.
enum TableText {
  /// The cells of the first row containing `text`; empty when no row does.
  static func row(_ table: String, containing text: String) -> [String] {
    guard let line = table.split(separator: "\n").first(where: { $0.contains(text) }) else { return [] }
    return line.split(separator: "  ", omittingEmptySubsequences: true).map {
      $0.trimmingCharacters(in: .whitespaces)
    }.filter { !$0.isEmpty }
  }
}
