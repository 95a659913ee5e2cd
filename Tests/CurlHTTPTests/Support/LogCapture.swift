import CurlHTTP
import Foundation

/// Collects what a transport logs.
final class LogCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var captured: [String] = []

  var lines: [String] { lock.withLock { captured } }

  func log(verbosity: Int) -> HTTPLog {
    HTTPLog(verbosity: verbosity) { line in self.lock.withLock { self.captured.append(line) } }
  }
}
