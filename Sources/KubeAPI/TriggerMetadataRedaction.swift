import Foundation

/// Hides KEDA trigger metadata values that look like credentials: keys naming passwords, tokens, secrets,
/// connection strings or keys, and the password part of URLs (`amqp://user:***@host`). One rule for every
/// place trigger metadata leaves lamp: `lamp keda scaled NAME` and what `lamp ask` sends to a model.
public enum TriggerMetadataRedaction {
  static let sensitiveWords = ["password", "passwd", "secret", "token", "connection", "credential", "apikey"]

  /// The value as shown for metadata `key`.
  public static func redact(key: String, value: String) -> String {
    let lower = key.lowercased()
    let sensitive =
      sensitiveWords.contains { lower.contains($0) } || lower == "key" || key.hasSuffix("Key")
    if sensitive && !lower.hasSuffix("fromenv") { return "<redacted>" }
    return redactURLPassword(value)
  }

  /// `scheme://user:pass@host` → `scheme://user:<redacted>@host`.
  static func redactURLPassword(_ value: String) -> String {
    guard let scheme = value.range(of: "://"), let at = value[scheme.upperBound...].firstIndex(of: "@") else {
      return value
    }
    let userInfo = value[scheme.upperBound..<at]
    guard let colon = userInfo.firstIndex(of: ":") else { return value }
    return String(value[..<userInfo.index(after: colon)]) + "<redacted>" + String(value[at...])
  }
}

extension ScaleTrigger {
  /// `metadata` with credential-looking values hidden.
  public var redactedMetadata: [String: String] {
    (metadata ?? [:]).reduce(into: [:]) { result, entry in
      result[entry.key] = TriggerMetadataRedaction.redact(key: entry.key, value: entry.value)
    }
  }
}
