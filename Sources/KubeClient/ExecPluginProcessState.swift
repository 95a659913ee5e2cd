import ByteScanning
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the threads around one plugin process share: the pid (so cancellation can signal it), whether it
/// was cancelled, the captured stdout and the start of stderr. A lock, not an actor: the threads involved are
/// plain threads, not tasks.
final class ExecPluginProcessState: Sendable {
  private struct Shared {
    var pid: pid_t?
    var cancelled = false
    var stdout = Data()
    var stderrStart = Data()
  }

  private let shared = Mutex(Shared())
  private static let stderrLimit = 4096

  /// Records the started process; if cancellation came first, stops it at once.
  func started(pid: pid_t) {
    let stopNow = shared.withLock { shared in
      shared.pid = pid
      return shared.cancelled
    }
    if stopNow { kill(pid, SIGTERM) }
  }

  /// Marks the run cancelled and asks the process to stop.
  func cancel() {
    let running = shared.withLock { shared in
      shared.cancelled = true
      return shared.pid
    }
    if let running { kill(running, SIGTERM) }
  }

  var isCancelled: Bool { shared.withLock { $0.cancelled } }

  func appendStdout(_ chunk: Data) { shared.withLock { $0.stdout.append(chunk) } }

  func appendStderr(_ chunk: Data) {
    shared.withLock { shared in
      let room = Self.stderrLimit - shared.stderrStart.count
      if room > 0 { shared.stderrStart.append(chunk.prefix(room)) }
    }
  }

  var capturedStdout: Data { shared.withLock { $0.stdout } }

  /// The first non-blank line of stderr, trimmed and cut to 200 characters.
  var firstStderrLine: String? {
    let text = String(decoding: shared.withLock { $0.stderrStart }, as: UTF8.self)
    let line = text.split(whereSeparator: \.isNewline)
      .map { $0.trimmingSpaces() }
      .first { !$0.isEmpty }
    return line.map { String($0.prefix(200)) }
  }
}
