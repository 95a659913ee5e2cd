import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What must never leave lamp for a model: Secret values, tokens, credential-looking KEDA trigger metadata, and
/// the last-applied annotation (which can hold a Secret's data). Applied to every tool result before it is sent.
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
    return tokens(in: result)
  }

  /// A redacted Secret whose values marks those that differ between `old` and `new`: a new value of the same
  /// size would otherwise redact to the same text, and a diff would show no change where there is one.
  public static func changedSecretValues(_ redacted: JSONValue, from old: JSONValue, to new: JSONValue) -> JSONValue {
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

  /// Free text (logs, events) with JWTs and bearer tokens replaced.
  public static func text(_ input: String) -> String {
    let text = TriggerMetadataRedaction.redactSchemeCredentials(input, marker: "<redacted token>")
    guard text.contains("eyJ") else { return text }
    return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
      guard let start = word.firstUTF8Range(of: "eyJ"), word[start.lowerBound...].split(separator: ".").count >= 3
      else {
        return String(word)
      }
      return String(word[..<start.lowerBound]) + "<redacted token>"
    }.joined(separator: " ")
  }

}
