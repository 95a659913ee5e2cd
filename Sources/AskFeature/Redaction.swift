import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What must never leave lamp for a model: Secret values, tokens, credential-looking KEDA trigger metadata, the
/// values of credential-named environment variables, and the last-applied annotation (which can hold a Secret's
/// data). Applied to every tool result before it is sent.
public enum Redaction {
  /// An object with Secret `data`/`stringData` values replaced by their size, `managedFields` dropped and
  /// token-like strings replaced anywhere.
  public static func object(_ value: JSONValue, kind: String) -> JSONValue {
    var result = value
    if kind == "Secret" || value["kind"]?.stringValue == "Secret" {
      for field in ["data", "stringData"] {
        guard let members = value[field]?.objectValue else { continue }
        result[field] = .object(
          members.mapValues { item in
            .string("<redacted: \(item.stringValue?.count ?? 0) characters>")
          })
      }
    }
    if ["ScaledObject", "ScaledJob"].contains(value["kind"]?.stringValue ?? kind) {
      result["spec"] = value["spec"].map(triggerMetadata(in:))
    }
    if var metadata = result["metadata"]?.objectValue {
      metadata["managedFields"] = nil
      if var annotations = metadata["annotations"]?.objectValue,
        annotations["kubectl.kubernetes.io/last-applied-configuration"] != nil
      {
        annotations["kubectl.kubernetes.io/last-applied-configuration"] = .string("<redacted>")
        metadata["annotations"] = .object(annotations)
      }
      result["metadata"] = .object(metadata)
    }
    return tokens(in: namedValues(in: result))
  }

  /// Every `{name, value}` pair whose name names a credential (a container's `env` entry
  /// `{name: POSTGRES_PASSWORD, value: …}`, in a pod or any template) with its value hidden, recursively.
  static func namedValues(in value: JSONValue) -> JSONValue {
    switch value {
    case .array(let items): return .array(items.map(namedValues(in:)))
    case .object(var members):
      if let name = members["name"]?.stringValue, members["value"]?.stringValue != nil,
        namesCredential(Substring(name))
      {
        members["value"] = .string(marker)
      }
      return .object(members.mapValues(namedValues(in:)))
    default: return value
    }
  }

  /// A redacted object (`object(new, kind:)`) whose hidden values mark those that differ between `old` and `new`:
  /// Secret values and credential-named `{name, value}` pairs. A new value would otherwise redact to the same
  /// text, and a diff would show no change where there is one.
  public static func changedValues(_ redacted: JSONValue, from old: JSONValue, to new: JSONValue) -> JSONValue {
    changedNamedValues(changedSecretValues(redacted, from: old, to: new), from: old, to: new)
  }

  /// `changedValues` for `{name, value}` pairs: array items are matched by `name` (a merge patch replaces whole
  /// lists, so positions may move), other values by key.
  static func changedNamedValues(_ redacted: JSONValue, from old: JSONValue?, to new: JSONValue) -> JSONValue {
    switch (redacted, new) {
    case (.object(var members), .object(let newMembers)):
      if let name = newMembers["name"]?.stringValue, let value = newMembers["value"]?.stringValue,
        namesCredential(Substring(name)), let before = old?["value"]?.stringValue, before != value
      {
        members["value"] = .string(marker + " (changed)")
        return .object(members)
      }
      for (key, item) in members {
        guard let newItem = newMembers[key] else { continue }
        members[key] = changedNamedValues(item, from: old?[key], to: newItem)
      }
      return .object(members)
    case (.array(let items), .array(let newItems)) where items.count == newItems.count:
      let oldItems = old?.arrayValue ?? []
      return .array(
        zip(items, newItems).enumerated().map { index, pair in
          let name = pair.1["name"]?.stringValue
          let match =
            name.map { name in oldItems.first { $0["name"]?.stringValue == name } }
            ?? (index < oldItems.count ? oldItems[index] : nil)
          return changedNamedValues(pair.0, from: match, to: pair.1)
        })
    default:
      return redacted
    }
  }

  /// `changedValues` for a Secret's `data` and `stringData`.
  static func changedSecretValues(_ redacted: JSONValue, from old: JSONValue, to new: JSONValue) -> JSONValue {
    var result = redacted
    for field in ["data", "stringData"] {
      guard let members = redacted[field]?.objectValue else { continue }
      result[field] = .object(
        members.reduce(into: [:]) { marked, entry in
          let changed = old[field]?[entry.key] != nil && old[field]?[entry.key] != new[field]?[entry.key]
          marked[entry.key] = changed ? .string((entry.value.stringValue ?? "") + " (changed)") : entry.value
        })
    }
    return result
  }

  /// A KEDA spec with credential-looking trigger metadata hidden (`TriggerMetadataRedaction`).
  static func triggerMetadata(in spec: JSONValue) -> JSONValue {
    guard let triggers = spec["triggers"]?.arrayValue else { return spec }
    var result = spec
    result["triggers"] = .array(
      triggers.map { trigger in
        guard let metadata = trigger["metadata"]?.objectValue else { return trigger }
        var redacted = trigger
        redacted["metadata"] = .object(
          metadata.reduce(into: [:]) { members, entry in
            members[entry.key] =
              entry.value.stringValue.map {
                .string(TriggerMetadataRedaction.redact(key: entry.key, value: $0))
              } ?? entry.value
          })
        return redacted
      })
    return result
  }

  /// Token-like strings (JWTs, `Bearer ...`) replaced, recursively.
  static func tokens(in value: JSONValue) -> JSONValue {
    switch value {
    case .string(let string): return .string(text(string))
    case .array(let items): return .array(items.map(tokens(in:)))
    case .object(let members): return .object(members.mapValues(tokens(in:)))
    default: return value
    }
  }

  /// Free text (logs, events, a question) with credentials replaced: private key blocks, `Bearer`/`Basic`
  /// credentials, URL passwords (`postgres://admin:<redacted>@db`), values assigned to credential-named keys
  /// (`token=…`, `AWS_SECRET_ACCESS_KEY=…`, `"password": "…"`), JWTs and tokens whose shape names them
  /// (`ghp_…`, `glpat-…`, `xoxb-…`, `AKIA…`, `sk-…`). Whitespace and line breaks are kept as they were.
  public static func text(_ input: String) -> String {
    let text = TriggerMetadataRedaction.redactSchemeCredentials(privateKeys(in: input), marker: marker)
    var result = ""
    var word = ""
    var pendingName = false
    func flush() {
      guard !word.isEmpty else { return }
      // `password: hunter2`: the value is the word after a credential-named key that ends in a colon.
      let value = pendingName && !word.hasPrefix("<redacted") && !isScheme(word)
      pendingName = !value && namesCredential(colonWord: word)
      result += value ? credentialValue(replacedIn: word) : self.word(word)
      word = ""
    }
    for character in text {
      if character.isWhitespace {
        flush()
        result.append(character)
      } else {
        word.append(character)
      }
    }
    flush()
    return result
  }

  /// What a hidden credential reads as.
  static let marker = "<redacted token>"

  /// Prefixes of tokens that say what they are: GitHub, GitLab, Slack, AWS access key ids, OpenAI and Anthropic.
  static let tokenPrefixes = [
    "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-",
    "AKIA", "ASIA", "sk-",
  ]
  /// Name endings that make a credential-sounding name a reference to one, not the thing: `secretName`,
  /// `tokenPath`, `passwordFile`, `secretKeyRef`, `passwordFromEnv`.
  static let referenceSuffixes = ["name", "ref", "file", "path", "env", "type", "dir", "kind"]

  /// `-----BEGIN … PRIVATE KEY-----` through its `-----END … PRIVATE KEY-----` line, as one marker; other PEM
  /// blocks (certificates) stay.
  static func privateKeys(in text: String) -> String {
    let hidden = "<redacted private key>"
    var result = text
    var searchStart = result.startIndex
    while let begin = result[searchStart...].firstUTF8Range(of: "-----BEGIN") {
      let lineEnd = result[begin.upperBound...].firstIndex(where: \.isNewline) ?? result.endIndex
      guard let header = result[begin.upperBound..<lineEnd].firstUTF8Range(of: "PRIVATE KEY-----") else {
        searchStart = begin.upperBound
        continue
      }
      let end =
        result[header.upperBound...].firstUTF8Range(of: "PRIVATE KEY-----")?.upperBound ?? result.endIndex
      result.replaceSubrange(begin.lowerBound..<end, with: hidden)
      searchStart = result.index(begin.lowerBound, offsetBy: hidden.count)
    }
    return result
  }

  /// Whether a key names a credential rather than a reference to one (`TriggerMetadataRedaction.isSensitive`).
  static func namesCredential(_ name: Substring) -> Bool {
    let trimmed = name.drop { $0 == "-" || $0 == "\"" || $0 == "'" || $0 == "{" || $0 == "(" || $0 == "[" }
    guard !trimmed.isEmpty, TriggerMetadataRedaction.isSensitive(name: String(trimmed)) else { return false }
    let lower = trimmed.lowercased()
    return !referenceSuffixes.contains { lower.hasSuffix($0) }
  }

  /// Whether a word is a credential-named key waiting for its value after a colon: `password:`, `"token":`.
  static func namesCredential(colonWord word: String) -> Bool {
    guard word.hasSuffix(":") else { return false }
    var name = word.dropLast()
    if name.hasSuffix("\"") || name.hasSuffix("'") { name = name.dropLast() }
    return namesCredential(name)
  }

  /// A word that is the value of a credential: its quotes and trailing punctuation kept, the rest (`&`, `;` and
  /// all, which a password may hold) replaced.
  static func credentialValue(replacedIn word: String) -> String {
    let start = word.firstIndex { !isQuote($0) } ?? word.endIndex
    var end = word[start...].firstIndex(where: isQuote) ?? word.endIndex
    while end > start, ",;)}]".contains(word[word.index(before: end)]) { end = word.index(before: end) }
    guard start < end else { return word }
    return String(word[..<start]) + marker + String(word[end...])
  }

  /// `Bearer`, `basic`: the credential is the word after it, which the scheme rule has already replaced.
  static func isScheme(_ word: Substring) -> Bool {
    TriggerMetadataRedaction.credentialSchemes.contains(word.lowercased())
  }
  static func isScheme(_ word: String) -> Bool { isScheme(Substring(word)) }

  /// One word with the credentials in it replaced: a URL's password, `name=value` for credential names (several
  /// may be chained: `user=x&token=y`), a JWT, or a token of a known shape.
  static func word(_ word: String) -> String {
    var text = TriggerMetadataRedaction.redactURLPassword(word, marker: marker)
    text = assignments(in: text)
    for prefix in tokenPrefixes { text = tokens(startingWith: prefix, in: text) }
    return jwt(in: text)
  }

  /// `token=abc`, `--password=x`, `AWS_SECRET_ACCESS_KEY="y"`, `password:hunter2`: the value of each
  /// credential-named key in the word.
  static func assignments(in word: String) -> String {
    guard word.contains(where: { $0 == "=" || $0 == ":" }) else { return word }
    var result = ""
    var rest = Substring(word)
    while let separator = rest.firstIndex(where: { $0 == "=" || $0 == ":" }) {
      // `"password":"x"`: the name may be quoted, as in compact JSON.
      var head = rest[..<separator]
      if let last = head.last, isQuote(last) { head = head.dropLast() }
      let nameStart = head.lastIndex { !isNameCharacter($0) }.map { head.index(after: $0) } ?? head.startIndex
      let afterSeparator = rest.index(after: separator)
      // `http://`, `host:443`, `a==b` name no credential.
      let isURL = rest[afterSeparator...].hasPrefix("//")
      result += rest[...separator]
      rest = rest[afterSeparator...]
      guard !isURL, namesCredential(head[nameStart...]) else { continue }
      let start = rest.firstIndex { !isQuote($0) } ?? rest.endIndex
      let end = rest[start...].firstIndex(where: endsValue) ?? rest.endIndex
      guard start < end, !rest[start...].hasPrefix("<redacted"), !isScheme(rest[start..<end]) else { continue }
      result += rest[..<start] + marker
      rest = rest[end...]
    }
    return result + rest
  }

  /// Every token in the word that starts with `prefix` (at the start of the word or after a separator) and runs
  /// on for at least 12 token characters.
  static func tokens(startingWith prefix: String, in word: String) -> String {
    guard word.contains(prefix) else { return word }
    var result = ""
    var rest = Substring(word)
    while let found = rest.firstUTF8Range(of: prefix) {
      let before = rest[..<found.lowerBound]
      let end = rest[found.upperBound...].firstIndex { !isTokenCharacter($0) } ?? rest.endIndex
      let standsAlone = before.last.map { !isTokenCharacter($0) } ?? true
      result += before
      if standsAlone && rest.distance(from: found.upperBound, to: end) >= 12 {
        result += marker
      } else {
        result += rest[found.lowerBound..<end]
      }
      rest = rest[end...]
    }
    return result + rest
  }

  /// A JWT (`eyJ…` with at least two dots) from where it starts to the end of the word.
  static func jwt(in word: String) -> String {
    guard let start = word.firstUTF8Range(of: "eyJ"), word[start.lowerBound...].split(separator: ".").count >= 3
    else { return word }
    return String(word[..<start.lowerBound]) + marker
  }

  static func isQuote(_ character: Character) -> Bool { character == "\"" || character == "'" }
  static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
  }
  static func isTokenCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }
  /// Where an assigned value ends: a quote, or the separators of query strings, lists and statements.
  static func endsValue(_ character: Character) -> Bool {
    isQuote(character) || character == "&" || character == "," || character == ";" || character == ")"
      || character == "}" || character == "]"
  }
}
