#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Entry points for reading YAML text into `YAMLNode` trees and writing trees back as YAML.
///
/// Reading follows kubectl (sigs.k8s.io/yaml over go-yaml v2) with these deliberate differences: mapping keys
/// are kept as written (kubectl turns a key `yes:` into `"true"`), unquoted timestamps stay text (kubectl
/// rewrites `2024-01-01` as `2024-01-01T00:00:00Z`), and a repeated key keeps its last value. JSON input works,
/// tabs included, except `\uD83D\uDE00`-style surrogate escapes, which libyaml refuses (raw UTF-8 is fine).
public enum YAML {
  /// Parses every document of a stream (`---` separated). Empty documents are skipped.
  public static func parseDocuments(_ text: String, file: String? = nil) throws(YAMLError) -> [YAMLNode] {
    try documents(text, file: file).filter { !$0.isEmpty }.map(\.root)
  }

  /// Parses every document of a stream of bytes (UTF-8, or UTF-16 with a byte order mark).
  public static func parseDocuments(_ data: Data, file: String? = nil) throws(YAMLError) -> [YAMLNode] {
    try documents(data, file: file).filter { !$0.isEmpty }.map(\.root)
  }

  /// Parses a stream that holds at most one document; an empty stream is the null scalar.
  public static func parse(_ text: String, file: String? = nil) throws(YAMLError) -> YAMLNode {
    try single(documents(text, file: file), file: file)
  }

  /// Parses bytes that hold at most one document; an empty stream is the null scalar.
  public static func parse(_ data: Data, file: String? = nil) throws(YAMLError) -> YAMLNode {
    try single(documents(data, file: file), file: file)
  }

  static func documents(_ text: String, file: String?) throws(YAMLError) -> [YAMLParser.Document] {
    var text = text
    let result = text.withUTF8 { bytes in
      Result { () throws(YAMLError) -> [YAMLParser.Document] in try YAMLParser(file: file).parse(bytes) }
    }
    return try result.get()
  }

  static func documents(_ data: Data, file: String?) throws(YAMLError) -> [YAMLParser.Document] {
    let result = data.withUnsafeBytes { raw in
      Result { () throws(YAMLError) -> [YAMLParser.Document] in
        try YAMLParser(file: file).parse(raw.bindMemory(to: UInt8.self))
      }
    }
    return try result.get()
  }

  private static func single(_ documents: [YAMLParser.Document], file: String?) throws(YAMLError) -> YAMLNode {
    let nonEmpty = documents.filter { !$0.isEmpty }
    if nonEmpty.count > 1 {
      let second = nonEmpty[1]
      throw YAMLError(
        file: file, line: second.line, column: second.column,
        message: "expected one YAML document, found \(nonEmpty.count)")
    }
    return nonEmpty.first?.root ?? .scalar(YAMLScalar(value: "", line: 1, column: 1))
  }
}

extension YAML {
  /// Writes one document (no leading `---`, ending with a newline). Scalars keep their style where libyaml
  /// can honour it; mapping order is kept as is.
  public static func emit(_ node: YAMLNode) throws(YAMLEmitterError) -> String {
    try YAMLEmitter().emit([node])
  }

  /// Writes a stream of documents; every document after the first starts with `---`.
  public static func emitDocuments(_ nodes: [YAMLNode]) throws(YAMLEmitterError) -> String {
    try YAMLEmitter().emit(nodes)
  }
}
