import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Masks credentials before anything reaches a log line or an error message.
public enum RequestRedaction {
  static let mask = "<masked>"

  /// The URL without user info and with every `*token*=` query value masked.
  public static func url(_ url: String) -> String {
    withoutUserInfo(url).maskingQueryValues(where: { $0.lowercased().contains("token") }, with: mask)
  }

  /// The value to show for a header: authorization values keep only their scheme, and any header
  /// whose name mentions a token, cookie or secret is hidden entirely.
  static func headerValue(name: String, value: String) -> String {
    let lowered = name.lowercased()
    if lowered == "authorization" || lowered == "proxy-authorization" {
      let parts = value.split(separator: " ", maxSplits: 1)
      guard parts.count == 2, parts[0].allSatisfy({ $0.isLetter || $0 == "-" }) else { return mask }
      return "\(parts[0]) \(mask)"
    }
    if ["token", "cookie", "secret"].contains(where: { lowered.contains($0) }) {
      return mask
    }
    return value
  }

  /// Whether a body may hold a Secret, so it must never be logged.
  static func mayContainSecret(path url: String, body: Data?) -> Bool {
    let pathEnd = url.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? url.endIndex
    if url[..<pathEnd].contains("/secrets") { return true }
    guard let body else { return false }
    let markers = [#""kind":"Secret"#, #""kind": "Secret"#, "kind: Secret"]
    return body.withUnsafeBytes { body in markers.contains { ByteSearch.offset(of: $0, in: body) != nil } }
  }

  private static func withoutUserInfo(_ url: String) -> String {
    guard let schemeEnd = url.firstUTF8Range(of: "://") else { return url }
    let rest = url[schemeEnd.upperBound...]
    let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
    guard let at = rest[..<authorityEnd].lastIndex(of: "@") else { return url }
    return String(url[..<schemeEnd.upperBound]) + String(rest[rest.index(after: at)...])
  }
}
