import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs an external program (curl, kubectl) and captures its output.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

/// Starts programs with `posix_spawn`, not Foundation's `Process`: on Linux, `Process.run()` lists
/// /proc/self/fd to close every descriptor in the child, copying each entry's full 256-byte name out of
/// glibc's directory buffer; with the hundreds of descriptors of a parallel test run (every test's simulator
/// has sockets, epoll and event descriptors), that copy reads past the buffer and the test process crashes.
public enum ProcessRunner {
  /// Runs `executable` with `arguments` and waits for it off the cooperative thread pool (so an in-process
  /// server keeps running); kills it after `timeout` seconds, a hang guard generous enough for a loaded machine.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil,
    timeout: TimeInterval = 180
  ) async throws -> ProcessResult {
    // A dedicated thread, not GCD: libdispatch's pool is as narrow as the machine and blocking it starves it.
    try await withCheckedThrowingContinuation { continuation in
      Thread {
        continuation.resume(
          with: Result {
            try runBlocking(executable, arguments, environment: environment, stdin: stdin, timeout: timeout)
          })
      }.start()
    }
  }

  /// Runs `executable` and blocks the calling thread until it exits; never call it from a Swift task.
  public static func runBlocking(
    _ executable: String, _ arguments: [String], environment: [String: String]? = nil, stdin: Data? = nil,
    timeout: TimeInterval = 180
  ) throws -> ProcessResult {
    let input = try SocketPair()
    defer { input.closeBoth() }
    let output = try SocketPair()
    defer { output.closeBoth() }
    let errors = try SocketPair()
    defer { errors.closeBoth() }

    let variables = ProcessInfo.processInfo.environment.merging(environment ?? [:]) { $1 }
    let pid = try spawn(
      executable, arguments: arguments, environment: variables,
      standardStreams: [input.child, output.child, errors.child])
    input.closeChild()
    output.closeChild()
    errors.closeChild()

    // Readers first: a child that fills its output before reading all of stdin must not deadlock.
    let collector = OutputCollector()
    let readers = DispatchGroup()
    for (pair, isError) in [(output, false), (errors, true)] {
      readers.enter()
      Thread {
        collector.set(readToEnd(pair.parent), error: isError)
        readers.leave()
      }.start()
    }
    if let stdin { writeAll(stdin, to: input.parent) }
    input.closeParent()

    let status = wait(for: pid, timeout: timeout)
    readers.wait()
    return ProcessResult(
      status: status, stdout: String(decoding: collector.output, as: UTF8.self),
      stderr: String(decoding: collector.errors, as: UTF8.self))
  }

  private static func spawn(
    _ executable: String, arguments: [String], environment: [String: String], standardStreams: [Int32]
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (target, source) in standardStreams.enumerated() {
      posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
    }

    let argv = ([executable] + arguments).map { strdup($0) }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") }
    defer { (argv + envp).forEach { free($0) } }
    var pid = pid_t()
    let result = posix_spawn(&pid, executable, &actions, nil, argv + [nil], envp + [nil])
    guard result == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable, "errno": result])
    }
    return pid
  }

  /// Waits for the child, killing it at the deadline; the exit status, or 128 plus the signal that ended it.
  private static func wait(for pid: pid_t, timeout: TimeInterval) -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while true {
      let waited = waitpid(pid, &status, WNOHANG)
      if waited == pid { break }
      if waited < 0 && errno != EINTR { return -1 }
      if Date() > deadline {
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        break
      }
      Thread.sleep(forTimeInterval: 0.005)
    }
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }

  /// Reads a descriptor to EOF. Not `FileHandle.readDataToEndOfFile()`: it traps when a read is interrupted
  /// by a signal (EINTR).
  private static func readToEnd(_ descriptor: Int32) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        data.append(contentsOf: buffer[..<count])
      } else if count == 0 || errno != EINTR {
        return data
      }
    }
  }

  /// Writes everything, or stops when the child has closed its end (no SIGPIPE: `MSG_NOSIGNAL`).
  private static func writeAll(_ data: Data, to descriptor: Int32) {
    data.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = send(descriptor, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
        if written > 0 {
          offset += written
        } else if written < 0 && errno == EINTR {
          continue
        } else {
          return
        }
      }
    }
  }
}

/// A connected socket pair created close-on-exec in one call (`pipe2` is not exported by Swift's Glibc
/// module), so a child spawned meanwhile by another thread never inherits it. Only the spawning thread closes
/// the ends; the reader threads just read.
private final class SocketPair: @unchecked Sendable {
  let parent: Int32
  let child: Int32
  private var open: Set<Int32>

  init() throws {
    var descriptors: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &descriptors) == 0
    else { throw CocoaError(.fileWriteUnknown, userInfo: ["errno": errno]) }
    parent = descriptors[0]
    child = descriptors[1]
    open = [parent, child]
  }

  func closeChild() { closeOnce(child) }
  func closeParent() { closeOnce(parent) }
  func closeBoth() {
    closeChild()
    closeParent()
  }

  private func closeOnce(_ descriptor: Int32) {
    if open.remove(descriptor) != nil { close(descriptor) }
  }
}

private final class OutputCollector: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var output = Data()
  private(set) var errors = Data()

  func set(_ data: Data, error: Bool) {
    lock.lock()
    if error { errors = data } else { output = data }
    lock.unlock()
  }
}
