import Foundation

/// A settable clock shared between a test and the provider.
final class CredentialTestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current: Date

  init(_ start: Date) { current = start }

  var now: @Sendable () -> Date { { [self] in lock.withLock { current } } }

  func advance(_ seconds: TimeInterval) { lock.withLock { current += seconds } }

  func set(_ date: Date) { lock.withLock { current = date } }
}
