import Foundation
import KubeAPI
import YAMLCoding

/// Reads manifests: JSON objects or arrays, and YAML multi-document streams, into `JSONValue`s.
enum ManifestParser {
  /// Parses one YAML (or JSON) object from a request body (server-side apply).
  static func parseYAMLObject(_ bytes: [UInt8]) throws(StatusError) -> JSONValue {
    do {
      return try value(of: YAML.parse(Data(bytes)))
    } catch {
      throw StatusError.badRequest("error decoding YAML: \(error)")
    }
  }

  /// The documents of a manifest file: one JSON value (an array gives its elements), or YAML documents.
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
    let nodes: [YAMLNode]
    do {
      nodes = try YAML.parseDocuments(text, file: file)
    } catch {
      throw SimError.yaml(error.description)
    }
    var documents: [JSONValue] = []
    for node in nodes {
      let document = value(of: node)
      if document != .null { documents.append(document) }
    }
    return documents
  }

  /// Converts a YAML node to JSON the way sigs.k8s.io/yaml does (YAML 1.1 scalar typing, string keys).
  static func value(of node: YAMLNode) -> JSONValue {
    switch node {
    case .scalar(let scalar):
      switch scalar.resolved {
      case .null: return .null
      case .bool(let flag): return .bool(flag)
      case .int(let number): return .int(number)
      case .uint(let number): return .double(Double(number))
      case .float(let number): return .double(number)
      case .string(let text): return .string(text)
      }
    case .sequence(let items):
      return .array(items.map(value(of:)))
    case .mapping(let entries):
      var members: [String: JSONValue] = [:]
      for entry in entries {
        let key = entry.key.scalar?.value ?? String(decoding: JSONWriter.encode(value(of: entry.key)), as: UTF8.self)
        members[key] = value(of: entry.value)
      }
      return .object(members)
    }
  }
}
