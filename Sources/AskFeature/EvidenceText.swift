import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Turns the classifier's evidence lines into `Evidence`: `Reason ×N (source): message` becomes an event item,
/// `container: Reason: message` a container status item.
enum EvidenceText {
  static func parse(_ text: String, object: ObjectRef, statusField: String = "status") -> Evidence {
    let word = text.prefix { $0 != " " && $0 != ":" }
    let rest = text.dropFirst(word.count)
    let isEvent =
      word.first?.isUppercase == true && !word.hasPrefix("PodScheduled")
      && (rest.hasPrefix(" ×") || rest.hasPrefix(" (") || rest.hasPrefix(":"))
    guard isEvent, let colon = text.firstUTF8Range(of: ": ") else {
      return Evidence(object: object, source: statusField, text: text)
    }
    let head = text[..<colon.lowerBound]
    var source = "event \(word)"
    if let times = head.firstUTF8Range(of: " ×") {
      source += " ×" + head[times.upperBound...].prefix { $0.isNumber }
    }
    return Evidence(object: object, source: source, text: String(text[colon.upperBound...]))
  }
}
