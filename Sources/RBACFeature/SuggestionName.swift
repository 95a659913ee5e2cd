import KubeAPI

/// The name of a suggested Role and its binding: `lamp-prometheus-for-jane`, `lamp-get-pods-proxy-for-sa-monitoring-
/// prometheus`. It names the subject (and the permission, with its resource name), so that applying a suggestion
/// for one subject never replaces, and so revokes, what an earlier one granted another.
enum SuggestionName {
  /// Longest name of an object kubectl shows in full and a label value can hold.
  static let maxLength = 63

  /// The parts (`lamp-prometheus`, or `lamp` and the permission's words), then the subject, joined by dashes.
  static func make(_ parts: [String], for subject: Subject) -> String {
    let who =
      subject.kind == Subject.serviceAccountKind ? ["sa", subject.namespace ?? "", subject.name] : [subject.name]
    let raw = (parts + ["for"] + who).filter { !$0.isEmpty }.joined(separator: "-").lowercased()
    var name = String(raw.map { $0.isLetter || $0.isNumber || $0 == "-" ? $0 : "-" })
    // Cut long names keeping them apart: the end becomes a hash of the whole.
    if name.count > maxLength {
      name = String(name.prefix(maxLength - 9)) + "-" + fnv1a(raw)
    }
    return name
  }

  /// FNV-1a, 32 bits, as 8 hex digits: stable across runs and versions, unlike `Hasher`.
  static func fnv1a(_ text: String) -> String {
    var hash: UInt32 = 0x811C_9DC5
    for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }
}
