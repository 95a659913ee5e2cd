import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Shortening of cluster text for one-line explanations.
enum TextCut {
  /// The text up to its first newline or sentence end (`. ` or `; `), without trailing dots.
  static func firstSentence(_ text: String) -> String {
    var line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    for separator in [". ", "; "] {
      if let range = line.firstUTF8Range(of: separator) { line = String(line[..<range.lowerBound]) }
    }
    while line.last == "." || line.last == " " { line.removeLast() }
    return line
  }
}
