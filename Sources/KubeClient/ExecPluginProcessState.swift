import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the threads around one plugin process share: the pid (so cancellation can signal it), whether it
/// was cancelled, the captured stdout and the start of stderr.
///
/// `@unchecked Sendable` because every field is guarded by `lock`; the threads involved are plain
/// threads, not tasks, so an actor would not fit.
final class ExecPluginProcessState: @unchecked Sendable {
  private let lock = NSLock()
  private var pid: pid_t?
  private var cancelled = false
  private var stdout = Data()
  private var stderrStart = Data()
  private static let stderrLimit = 4096

  /// Records the started process; if cancellation came first, stops it at once.
  func started(pid: pid_t) {
    let stopNow = lock.withLock {
      self.pid = pid
      return cancelled
    }
    if stopNow { kill(pid, SIGTERM) }
  }

  /// Marks the run cancelled and asks the process to stop.
  func cancel() {
    let running = lock.withLock {
      cancelled = true
      return pid
    }
    if let running { kill(running, SIGTERM) }
  }

  var isCancelled: Bool { lock.withLock { cancelled } }

  func appendStdout(_ chunk: Data) { lock.withLock { stdout.append(chunk) } }

  func appendStderr(_ chunk: Data) {
    lock.withLock {
      let room = Self.stderrLimit - stderrStart.count
      if room > 0 { stderrStart.append(chunk.prefix(room)) }
    }
  }

  var capturedStdout: Data { lock.withLock { stdout } }

  /// The first non-blank line of stderr, trimmed and cut to 200 characters.
  var firstStderrLine: String? {
    let text = String(decoding: lock.withLock { stderrStart }, as: UTF8.self)
    let line = text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .first { !$0.isEmpty }
    return line.map { String($0.prefix(200)) }
  }
}
