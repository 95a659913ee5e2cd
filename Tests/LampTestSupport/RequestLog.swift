import Synchronization

/// The requests a lamp-sim answered, one line each as its request log writes them (`GET /version 401 1ms`). The
/// simulator writes a line after it has answered, so a client can be done before its last request is logged:
/// `lines(once:)` waits for what a test expects.
public final class RequestLog: Sendable {
  private let recorded = Mutex<[String]>([])

  public init() {}

  /// For `SimOptions.requestLog`.
  public func record(_ line: String) { recorded.withLock { $0.append(line) } }

  public func clear() { recorded.withLock { $0 = [] } }

  /// The lines once `expected` holds for them (at most 10 s), and a moment more: a request that should not have
  /// been made is then logged too.
  public func lines(once expected: ([String]) -> Bool) async -> [String] {
    for _ in 0..<500 {
      if expected(recorded.withLock { $0 }) { break }
      try? await Task.sleep(for: .milliseconds(20))
    }
    try? await Task.sleep(for: .milliseconds(200))
    return recorded.withLock { $0 }
  }
}
