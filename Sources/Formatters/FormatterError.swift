/// The errors thrown by the Formatters module, each with a one-line message.
public enum FormatterError: Error, Sendable, Equatable, CustomStringConvertible {
  /// An `-o` value that is not one of the accepted formats.
  case unknownOutputFormat(String, allowed: [OutputFormat])
  /// A duration such as `--since` that could not be read.
  case invalidDuration(String)
  /// A value could not be serialised; the text is the encoder's reason.
  case encodingFailed(format: String, reason: String)

  public var description: String {
    switch self {
    case .unknownOutputFormat(let value, let allowed):
      let names = allowed.map(\.rawValue).joined(separator: ", ")
      return "unknown output format \"\(TerminalText.escape(value))\" (one of: \(names))"
    case .invalidDuration(let value):
      return "invalid duration \"\(TerminalText.escape(value))\" (use e.g. 30s, 10m, 2h, 7d)"
    case .encodingFailed(let format, let reason):
      return "cannot encode the output as \(format): \(TerminalText.escape(reason))"
    }
  }

  /// Wraps an encoder's error as a one-line reason, with the coding path when there is one.
  static func encoding(_ format: String, _ error: any Error) -> FormatterError {
    guard case EncodingError.invalidValue(_, let context) = error else {
      return .encodingFailed(format: format, reason: "\(error)")
    }
    let path = context.codingPath.map(\.stringValue).joined(separator: ".")
    let reason = path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    return .encodingFailed(format: format, reason: reason)
  }
}
