import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The model's answer streaming to stdout. Remembers whether the last line is still open, so a tool call's
/// notice on stderr comes after a line break and the answer always ends with one.
final class AnswerStream: Sendable {
  private let sink: OutputSink
  /// Whether the last line is still open; held while writing, so a piece and its line state change together.
  private let lineOpen = Mutex(false)

  init(_ sink: OutputSink) { self.sink = sink }

  /// Writes a piece of the answer as it arrives.
  func write(_ text: String) {
    guard !text.isEmpty else { return }
    lineOpen.withLock { lineOpen in
      sink.write(text)
      lineOpen = !text.hasSuffix("\n")
    }
  }

  /// Ends the open line, if any.
  func endLine() {
    lineOpen.withLock { lineOpen in
      if lineOpen { sink.write("\n") }
      lineOpen = false
    }
  }
}
