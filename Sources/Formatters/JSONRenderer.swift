#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Serialises view models as JSON with sorted keys, unescaped slashes and RFC 3339 dates.
public enum JSONRenderer {
  /// Pretty-printed like `kubectl -o json` (four-space indent, `"key": value`), ending in a newline.
  public static func render<T: Encodable>(_ value: T) throws(FormatterError) -> String {
    // Raw bytes, not `Data`'s iterator: a large report's pending section is megabytes.
    try compact(value).withUnsafeBytes { JSONPrettyPrinter.indent($0) } + "\n"
  }

  /// One compact line ending in a newline, for streams such as `--watch -o json`.
  public static func renderLine<T: Encodable>(_ value: T) throws(FormatterError) -> String {
    String(decoding: try compact(value), as: UTF8.self) + "\n"
  }

  /// The compact, key-sorted encoding both forms start from.
  private static func compact<T: Encodable>(_ value: T) throws(FormatterError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    do {
      return try encoder.encode(value)
    } catch {
      throw .encoding("JSON", error)
    }
  }
}
