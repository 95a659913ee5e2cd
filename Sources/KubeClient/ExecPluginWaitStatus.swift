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

/// Reaps one child with a blocking `waitpid` (called on a dedicated thread) and keeps how it ended.
final class ExecPluginWaitStatus: Sendable {
  private struct Ending {
    var code: Int32?
    var killedBy: Int32?
  }

  private let ending = Mutex(Ending())

  /// Blocks until `pid` ends.
  func wait(for pid: pid_t) {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else {
        ending.withLock { $0.code = -1 }
        return
      }
    }
    // The WIFEXITED/WTERMSIG macros are not imported into Swift; decode the classic layout.
    let signal = status & 0x7F
    ending.withLock { ending in
      if signal == 0 {
        ending.code = (status >> 8) & 0xFF
      } else {
        ending.killedBy = signal
      }
    }
  }

  /// The exit status, when the child exited normally.
  var exitCode: Int32? { ending.withLock { $0.code } }

  /// The signal that killed the child, if one did.
  var signal: Int32? { ending.withLock { $0.killedBy } }
}
