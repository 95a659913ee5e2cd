import Foundation

/// Collects what plugins write to stderr.
final class ExecPluginStderrRecorder: @unchecked Sendable {
  private let lock = NSLock()
  private var data = Data()

  var sink: @Sendable (Data) -> Void { { [self] chunk in lock.withLock { data.append(chunk) } } }

  var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}
