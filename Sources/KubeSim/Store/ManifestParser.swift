import Foundation
import KubeAPI

/// Reads manifests: JSON objects, `List`s and (with YAMLCoding) YAML multi-document streams.
enum ManifestParser {
  /// Parses one YAML (or JSON) object from a request body.
  static func parseYAMLObject(_ bytes: [UInt8]) throws(StatusError) -> JSONValue {
    do {
      return try JSONValue.parse(Data(bytes))
    } catch {
      throw StatusError.badRequest("error decoding YAML: YAML bodies are not supported yet")
    }
  }

  /// The documents of a manifest file: one JSON value, or YAML documents.
  static func documents(_ text: String, file: String) throws(SimError) -> [JSONValue] {
    let trimmed = text.drop { $0.isWhitespace }
    if trimmed.first == "{" || trimmed.first == "[" {
      do {
        let value = try JSONValue.parse(Data(text.utf8))
        if case .array(let elements) = value { return elements }
        return [value]
      } catch {
        throw SimError.malformed(file: file, document: 1, reason: "invalid JSON: \(error)")
      }
    }
    throw SimError.malformed(file: file, document: 1, reason: "YAML is not supported yet")
  }
}
