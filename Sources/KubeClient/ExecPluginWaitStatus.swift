import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reaps one child with a blocking `waitpid` (called on a dedicated thread) and keeps how it ended.
///
/// `@unchecked Sendable` because the fields are guarded by `lock`.
final class ExecPluginWaitStatus: @unchecked Sendable {
  private let lock = NSLock()
  private var code: Int32?
  private var killedBy: Int32?

  /// Blocks until `pid` ends.
  func wait(for pid: pid_t) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else {
        lock.withLock { code = -1 }
        return
      }
    }
    // The WIFEXITED/WTERMSIG macros are not imported into Swift; decode the classic layout.
    let signal = status & 0x7F
    lock.withLock {
      if signal == 0 {
        code = (status >> 8) & 0xFF
      } else {
        killedBy = signal
      }
    }
  }

  /// The exit status, when the child exited normally.
  var exitCode: Int32? { lock.withLock { code } }

  /// The signal that killed the child, if one did.
  var signal: Int32? { lock.withLock { killedBy } }
}
