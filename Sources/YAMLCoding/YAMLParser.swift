import CYAML

/// Builds `YAMLNode` trees from libyaml's event stream.
///
/// The event API is used rather than `yaml_parser_load` because the document API stamps the default `!!str`
/// tag on every untagged scalar, which makes an explicit `!!str 123` indistinguishable from a plain `123`.
/// Anchors and aliases are therefore resolved here; aliased subtrees share storage (copy-on-write), and
/// the nodes that aliases add are budgeted so that alias bombs ("billion laughs") are refused.
struct YAMLParser {
  /// A parsed document and where it starts.
  struct Document {
    var root: YAMLNode
    var line: Int
    var column: Int
    /// True when the document has no content at all (only comments, or `---` alone).
    var isEmpty: Bool
  }

  /// How many nodes aliases may add to one document; nodes written out in the text are not limited.
  static let aliasNodeBudget = 1_000_000
  /// How deeply collections may nest (after alias expansion); decoding recurses this deep.
  static let maxDepth = 512

  let file: String?

  /// Parses every document of the stream in `bytes` (UTF-8, or UTF-16 with a byte order mark).
  func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLError) -> [Document] {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
    let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    defer { parser.deallocate() }
    guard yaml_parser_initialize(parser) == 1 else {
      throw YAMLError(file: file, line: 1, column: 1, message: "cannot initialise the YAML parser (out of memory)")
    }
    defer { yaml_parser_delete(parser) }
    yaml_parser_set_input_string(parser, base, bytes.count)
    let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    defer { event.deallocate() }

    var builder = TreeBuilder(file: file)
    while true {
      guard yaml_parser_parse(parser, event) == 1 else {
        throw parserError(parser.pointee, bytes: bytes)
      }
      defer { yaml_event_delete(event) }
      if event.pointee.type == YAML_STREAM_END_EVENT { break }
      try builder.handle(event.pointee)
    }
    return builder.documents
  }

  private func parserError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> YAMLError {
    let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
    if parser.error == YAML_MEMORY_ERROR {
      return YAMLError(file: file, line: 1, column: 1, message: "out of memory while parsing YAML")
    }
    if parser.error == YAML_READER_ERROR {
      // Reader errors (bad encoding) carry a byte offset instead of a mark.
      let offset = min(parser.problem_offset, bytes.count)
      var line = 1
      var lineStart = 0
      for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      var message = problem
      if parser.problem_value != -1 { message += " (byte 0x\(String(parser.problem_value, radix: 16)))" }
      return YAMLError(file: file, line: line, column: offset - lineStart + 1, message: message)
    }
    var message = problem
    if let context = parser.context.map({ String(cString: $0) }) {
      let mark = parser.context_mark
      message += " \(context) that starts at \(mark.line + 1):\(mark.column + 1)"
    }
    let mark = parser.problem_mark
    if character(atLine: mark.line, column: mark.column, in: bytes) == "\t" {
      message += " (a tab; YAML indentation must use spaces)"
    }
    return YAMLError(file: file, line: mark.line + 1, column: mark.column + 1, message: message)
  }

  /// The character at a 0-based line and column (in characters) of the input, if the input is UTF-8.
  private func character(atLine line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    var start = 0
    var currentLine = 0
    while currentLine < line {
      guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
      start = newline + 1
      currentLine += 1
    }
    let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    return text.unicodeScalars.dropFirst(column).first
  }
}
