import Synchronization

/// Holds a command's large result until the process exits. Freeing 50,000 events and their strings one by one
/// took 25–35 ms after `lamp events` had written its output, on the path to exiting, which hands all the memory
/// back at once. Only the latest result is held, so a process that runs many commands (the tests) holds one.
final class KeptUntilExit: Sendable {
  /// The process's own.
  static let process = KeptUntilExit()

  private let kept = Mutex<(any Sendable)?>(nil)

  /// Keeps `value` alive, dropping what was kept before.
  func keep(_ value: any Sendable) {
    let previous = kept.withLock { stored in
      defer { stored = value }
      return stored
    }
    _ = previous  // released here, outside the lock
  }
}
