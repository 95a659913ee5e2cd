#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Decodes `Decodable` values from YAML (or JSON) text, with kubectl's YAML 1.1 scalar typing.
///
/// Strings are lenient: a plain `8080` or `1.10` decodes into a `String` as written. Numbers and booleans are
/// strict: a quoted `"8080"` does not decode into an `Int`. Unknown keys are ignored. `Data` reads base64
/// text and `Date` RFC 3339 text. Decoding errors are rethrown as `YAMLError` with the position of the
/// offending node and its coding path.
public struct YAMLDecoder: Sendable {
  /// Values handed to `Decodable` implementations through `Decoder.userInfo`.
  public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

  public init() {}

  /// Decodes the single document in `text` (an empty text is the null scalar).
  public func decode<T: Decodable>(_ type: T.Type, from text: String, file: String? = nil) throws -> T {
    try decode(type, from: YAML.parse(text, file: file), file: file)
  }

  /// Decodes the single document in `data` (UTF-8, or UTF-16 with a byte order mark).
  public func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String? = nil) throws -> T {
    try decode(type, from: YAML.parse(data, file: file), file: file)
  }

  /// Decodes every non-empty document of a `---` separated stream.
  public func decodeDocuments<T: Decodable>(_ type: T.Type, from text: String, file: String? = nil) throws -> [T] {
    try YAML.parseDocuments(text, file: file).map { try decode(type, from: $0, file: file) }
  }

  /// Decodes every non-empty document of a `---` separated stream of bytes.
  public func decodeDocuments<T: Decodable>(_ type: T.Type, from data: Data, file: String? = nil) throws -> [T] {
    try YAML.parseDocuments(data, file: file).map { try decode(type, from: $0, file: file) }
  }

  /// Decodes an already parsed node; `file` only labels error positions.
  public func decode<T: Decodable>(_ type: T.Type, from node: YAMLNode, file: String? = nil) throws -> T {
    let decoder = NodeDecoder(node: node, codingPath: [], userInfo: userInfo)
    do {
      return try decoder.unbox(node, as: type, path: [])
    } catch let error as DecodingError {
      throw DecodingErrorRenderer(root: node, file: file).yamlError(for: error)
    }
  }
}
