import YAMLCoding

/// Serialises view models as YAML the way kubectl prints them: block style, sorted keys, strings
/// that would read back as another type quoted, RFC 3339 dates.
public enum YAMLRenderer {
  /// One document without a leading `---`, ending in a newline.
  public static func render<T: Encodable>(_ value: T) throws(FormatterError) -> String {
    do {
      return try YAMLEncoder().encode(value)
    } catch let error as YAMLEmitterError {
      throw .encodingFailed(format: "YAML", reason: error.message)
    } catch {
      throw .encoding("YAML", error)
    }
  }

  /// A `---` separated stream, one document per value, for `--watch -o yaml`.
  public static func renderDocuments<T: Encodable>(_ values: [T]) throws(FormatterError) -> String {
    do {
      return try YAMLEncoder().encodeDocuments(values)
    } catch let error as YAMLEmitterError {
      throw .encodingFailed(format: "YAML", reason: error.message)
    } catch {
      throw .encoding("YAML", error)
    }
  }
}
