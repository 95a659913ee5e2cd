import CurlHTTP
import Foundation

/// Collects what a transport logs.
final class LogCapture: @unchecked Sendable {
  private let lock = NSLock()
  private var captured: [String] = []

  private var records = 0

  var lines: [String] { lock.withLock { captured } }
  /// How many times the log was written to: each write is one request's or one response's record.
  var recordCount: Int { lock.withLock { records } }

  func log(verbosity: Int) -> HTTPLog {
    HTTPLog(verbosity: verbosity) { record in
      self.lock.withLock {
        self.records += 1
        self.captured.append(
          contentsOf: record.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
      }
    }
  }
}
