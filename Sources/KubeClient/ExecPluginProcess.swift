import Dispatch

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

/// Runs one plugin process with `posix_spawn`, entirely on threads of its own (serial queues' blocks, which may
/// block): waiting for a process and draining its pipes block, which must never happen on Swift's cooperative pool.
///
/// Not Foundation's `Process`: on Linux it starts the child in its own process group, so an interactive
/// plugin that reads the terminal is stopped by SIGTTIN, and it reports the exit only once every
/// grandchild has closed an inherited descriptor (both measured with swift-corelibs-foundation 6.3).
/// Like kubectl's `os/exec`, the plugin stays in lamp's process group.
struct ExecPluginProcess: Sendable {
  /// How the process ended, and what it printed.
  struct Outcome: Sendable {
    enum Termination: Sendable, Equatable {
      case exit(Int32)
      case signal(Int32)
      case timedOut
    }

    var termination: Termination
    var stdout: Data
    var firstStderrLine: String?
  }

  var command: String
  var executable: String
  var arguments: [String]
  var environment: [String: String]
  /// Interactive plugins read lamp's stdin; others get /dev/null.
  var passStandardInput: Bool
  var timeout: Duration?
  /// Receives stderr as it arrives (the user sees prompts and warnings); it is never parsed.
  var stderr: @Sendable (Data) -> Void

  /// Starts the process and waits for it without blocking the caller's thread. Cancelling the task stops
  /// the process.
  func run() async throws -> Outcome {
    let state = ExecPluginProcessState()
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Outcome, Error>) in
        DispatchQueue(label: "lamp-exec-plugin").async {
          continuation.resume(with: Result { try runBlocking(state) })
        }
      }
    } onCancel: {
      state.cancel()
    }
  }

  private func runBlocking(_ state: ExecPluginProcessState) throws -> Outcome {
    let stdoutPipe = try makePipe()
    let stderrPipe: (read: Int32, write: Int32)
    do {
      stderrPipe = try makePipe()
    } catch {
      close(stdoutPipe.read)
      close(stdoutPipe.write)
      throw error
    }
    let pid: pid_t
    do {
      pid = try spawn(stdout: stdoutPipe.write, stderr: stderrPipe.write)
    } catch {
      for descriptor in [stdoutPipe.read, stdoutPipe.write, stderrPipe.read, stderrPipe.write] { close(descriptor) }
      throw error
    }
    // The child has its copies; closing ours lets the readers see EOF when it exits.
    close(stdoutPipe.write)
    close(stderrPipe.write)
    state.started(pid: pid)

    // Drain both pipes concurrently so a plugin that writes a lot never blocks on a full pipe.
    let readers = DispatchGroup()
    let sink = stderr
    Self.drain(stdoutPipe.read, group: readers) { state.appendStdout($0) }
    Self.drain(stderrPipe.read, group: readers) { chunk in
      state.appendStderr(chunk)
      sink(chunk)
    }
    let exited = DispatchSemaphore(value: 0)
    let status = ExecPluginWaitStatus()
    DispatchQueue(label: "lamp-exec-plugin-wait").async {
      status.wait(for: pid)
      exited.signal()
    }

    var timedOut = false
    if let timeout, exited.wait(timeout: .now() + Self.dispatchInterval(timeout)) == .timedOut {
      timedOut = true
      kill(pid, SIGTERM)
      if exited.wait(timeout: .now() + .seconds(2)) == .timedOut {
        kill(pid, SIGKILL)
        exited.wait()
      }
    } else if timeout == nil {
      exited.wait()
    }
    // A grandchild may keep the pipes open after the plugin exits; do not wait for it for long.
    _ = readers.wait(timeout: .now() + (timedOut || state.isCancelled ? .milliseconds(200) : .seconds(5)))

    if state.isCancelled { throw CancellationError() }
    let termination: Outcome.Termination
    if timedOut {
      termination = .timedOut
    } else if let signal = status.signal {
      termination = .signal(signal)
    } else {
      termination = .exit(status.exitCode ?? -1)
    }
    return Outcome(termination: termination, stdout: state.capturedStdout, firstStderrLine: state.firstStderrLine)
  }

  /// A pipe whose descriptors are closed on exec (the child gets only the ends `spawn` installs).
  private func makePipe() throws(ExecPluginError) -> (read: Int32, write: Int32) {
    var descriptors: [Int32] = [-1, -1]
    // pipe2 is not exported by Swift's Glibc module; lamp spawns nothing else concurrently, so setting
    // close-on-exec right after creation is race-free in practice.
    let result = pipe(&descriptors)
    if result == 0 {
      _ = fcntl(descriptors[0], F_SETFD, FD_CLOEXEC)
      _ = fcntl(descriptors[1], F_SETFD, FD_CLOEXEC)
    }
    guard result == 0 else {
      throw .launchFailed(command: command, reason: FileReader.Failure(code: errno).reason)
    }
    return (descriptors[0], descriptors[1])
  }

  /// Starts the executable with stdout/stderr on the given pipe ends, stdin inherited or /dev/null, and
  /// the signals lamp may ignore (SIGPIPE) back at their defaults.
  private func spawn(stdout: Int32, stderr: Int32) throws(ExecPluginError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, stdout, STDOUT_FILENO)
    posix_spawn_file_actions_adddup2(&actions, stderr, STDERR_FILENO)
    if !passStandardInput {
      posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    // argv[0] is the command as configured, as kubectl passes it.
    let argv = ([command] + arguments).map { strdup($0) } + [nil]
    let envp = environment.keys.sorted().map { strdup("\($0)=\(environment[$0] ?? "")") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw .launchFailed(command: command, reason: FileReader.Failure(code: result).reason)
    }
    return pid
  }

  /// Reads `descriptor` to EOF on its own thread, handing each chunk to `chunk`, then closes it.
  private static func drain(_ descriptor: Int32, group: DispatchGroup, _ chunk: @escaping @Sendable (Data) -> Void) {
    group.enter()
    DispatchQueue(label: "lamp-exec-plugin-pipe").async {
      defer {
        close(descriptor)
        group.leave()
      }
      var buffer = [UInt8](repeating: 0, count: 16 * 1024)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { return }
        chunk(Data(buffer[0..<count]))
      }
    }
  }

  private static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
    let (seconds, attoseconds) = duration.components
    let nanoseconds = seconds.multipliedReportingOverflow(by: 1_000_000_000)
    guard !nanoseconds.overflow, nanoseconds.partialValue < Int64(Int.max) else { return .never }
    return .nanoseconds(Int(nanoseconds.partialValue + attoseconds / 1_000_000_000))
  }
}
