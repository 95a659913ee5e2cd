extension StringProtocol {
  /// Without white space at either end: spaces, tabs and line breaks, Unicode's included (`Character.isWhitespace`).
  public func trimmingWhitespace() -> String {
    trimming(while: \.isWhitespace)
  }

  /// Without spaces and tabs at either end; line breaks stay.
  public func trimmingSpaces() -> String {
    trimming { $0.isWhitespace && !$0.isNewline }
  }

  /// Without the characters that `strip` accepts at either end.
  public func trimming(while strip: (Character) -> Bool) -> String {
    guard let first = firstIndex(where: { !strip($0) }), let last = lastIndex(where: { !strip($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
