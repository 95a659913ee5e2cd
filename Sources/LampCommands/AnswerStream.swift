import Foundation

/// The model's answer streaming to stdout. Remembers whether the last line is still open, so a tool call's
/// notice on stderr comes after a line break and the answer always ends with one.
final class AnswerStream: @unchecked Sendable {
  private let lock = NSLock()
  private let sink: OutputSink
  private var lineOpen = false

  init(_ sink: OutputSink) { self.sink = sink }

  /// Writes a piece of the answer as it arrives.
  func write(_ text: String) {
    guard !text.isEmpty else { return }
    lock.lock()
    defer { lock.unlock() }
    sink.write(text)
    lineOpen = !text.hasSuffix("\n")
  }

  /// Ends the open line, if any.
  func endLine() {
    lock.lock()
    defer { lock.unlock() }
    if lineOpen { sink.write("\n") }
    lineOpen = false
  }
}
