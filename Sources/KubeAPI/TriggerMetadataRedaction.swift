import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Hides KEDA trigger metadata values that look like credentials: keys naming passwords, tokens, secrets,
/// connection strings, keys or authorization, the credentials of `Bearer`/`Basic` values, the values of
/// credential-carrying `customHeaders` entries (`Authorization=…`), and the password part of URLs
/// (`amqp://user:***@host`). One rule for every place trigger metadata leaves lamp: `lamp keda scaled NAME` and
/// what `lamp ask` sends to a model.
public enum TriggerMetadataRedaction {
  /// Key fragments of KEDA scaler parameters that hold a credential inline (`password`, `sentinelPassword`,
  /// `bearerToken`, `authToken`, `personalAccessToken`, `awsSecretAccessKey`, `awsAccessKeyID`, `clientSecret`,
  /// `connectionString`, `apiKey`, `customAuthValue`, `authorization`, ...).
  static let sensitiveWords = [
    "password", "passwd", "passphrase", "secret", "token", "connection", "credential", "apikey", "accesskey",
    "authorization", "authvalue", "cookie", "signature",
  ]
  /// Header names whose values are credentials, besides `sensitiveWords`: `X-Api-Key`, `X-Auth-User`.
  static let sensitiveHeaderWords = sensitiveWords + ["auth", "key"]
  /// HTTP authentication schemes whose next word is the credential.
  public static let credentialSchemes = ["bearer", "basic"]
  /// What a hidden credential reads as.
  public static let redacted = "<redacted>"

  /// The value as shown for metadata `key`.
  public static func redact(key: String, value: String) -> String {
    if isSensitive(name: key) { return redacted }
    // Prometheus' (and other HTTP scalers') `customHeaders: Name=value,Name=value`.
    if key.lowercased().hasSuffix("headers") { return redactHeaders(value) }
    return redactSchemeCredentials(redactURLQuery(redactURLPassword(value)))
  }

  /// Whether a metadata key or URL query parameter names a credential: `password`, `api_key`, `X-Api-Key`,
  /// `auth`, `pwd`, `sig`. `passwordFromEnv` names an environment variable, not a password.
  public static func isSensitive(name: String) -> Bool {
    let lower = name.lowercased()
    let joined = lower.filter { $0 != "_" && $0 != "-" && $0 != "." }
    guard !joined.hasSuffix("fromenv") else { return false }
    return sensitiveWords.contains { joined.contains($0) } || ["key", "auth", "pwd", "sig"].contains(joined)
      || joined.hasSuffix("key") || joined.hasSuffix("pwd")
  }

  /// `https://host/m?token=abc&x=1` → `https://host/m?token=<redacted>&x=1`: query parameters named like a
  /// credential (`isSensitive`).
  static func redactURLQuery(_ value: String) -> String {
    guard value.contains("://") else { return value }
    return value.maskingQueryValues(where: { isSensitive(name: String($0)) }, with: redacted)
  }

  /// `Authorization=Bearer x,X-Tenant-Id=t` → `Authorization=<redacted>,X-Tenant-Id=t`.
  static func redactHeaders(_ value: String) -> String {
    value.split(separator: ",", omittingEmptySubsequences: false).map { entry in
      guard let equals = entry.firstIndex(of: "=") else { return redactSchemeCredentials(String(entry)) }
      let name = entry[..<equals]
      let lower = name.lowercased()
      if sensitiveHeaderWords.contains(where: { lower.contains($0) }) { return "\(name)=\(redacted)" }
      return "\(name)=" + redactSchemeCredentials(String(entry[entry.index(after: equals)...]))
    }.joined(separator: ",")
  }

  /// `Bearer abc`, `basic dXNlcjpw` → `Bearer <redacted>`: the word after an authentication scheme, wherever it is.
  /// Also the rule for free text (logs, events) that `lamp ask` sends, with its own `marker`.
  public static func redactSchemeCredentials(_ value: String, marker: String = redacted) -> String {
    let lower = value.lowercased()
    guard credentialSchemes.contains(where: { lower.contains($0) }) else { return value }
    let characters = Array(value)
    var result = ""
    var index = 0
    while index < characters.count {
      guard let scheme = scheme(at: index, in: characters) else {
        result.append(characters[index])
        index += 1
        continue
      }
      var start = index + scheme.count
      while start < characters.count, characters[start] == " " { start += 1 }
      var end = start
      while end < characters.count, !endsCredential(characters[end]) { end += 1 }
      result += String(characters[index..<start])
      if end > start { result += marker }
      index = end
    }
    return result
  }

  /// The scheme (`bearer`, any case) starting a word at `index` and followed by a space, if any.
  static func scheme(at index: Int, in characters: [Character]) -> String? {
    if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return nil }
    return credentialSchemes.first { scheme in
      let end = index + scheme.count
      return end < characters.count && characters[end] == " "
        && String(characters[index..<end]).lowercased() == scheme
    }
  }

  /// Where a scheme's credential ends: any white space (a line break too: the credential is not the next line's
  /// first word), or a separator.
  static func endsCredential(_ character: Character) -> Bool {
    character.isWhitespace || character == "," || character == ";" || character == "\"" || character == "'"
  }

  /// `scheme://user:pass@host` → `scheme://user:<redacted>@host`, for every URL in `value` (a log line may hold
  /// several); a password already replaced is left as it is. Also the rule for free text that `lamp ask` sends.
  public static func redactURLPassword(_ value: String, marker: String = redacted) -> String {
    guard value.contains("://") else { return value }
    var result = ""
    var rest = Substring(value)
    while let scheme = rest.firstUTF8Range(of: "://") {
      result += rest[..<scheme.upperBound]
      rest = rest[scheme.upperBound...]
      let authorityEnd = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
      guard let at = rest[..<authorityEnd].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":"),
        !rest[rest.index(after: colon)...].hasPrefix("<redacted")
      else { continue }
      result += rest[...colon] + marker
      rest = rest[at...]
    }
    return result + rest
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
