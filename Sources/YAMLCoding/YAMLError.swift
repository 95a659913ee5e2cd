/// A YAML syntax or decoding error with the position it refers to.
public struct YAMLError: Error, Sendable, CustomStringConvertible {
  /// The file the text came from; nil for in-memory text (shown as `<input>`).
  public var file: String?
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// One line, without position.
  public var message: String

  public init(file: String?, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `FILE:LINE:COLUMN: message`.
  public var description: String {
    "\(file ?? "<input>"):\(line):\(column): \(message)"
  }
}
