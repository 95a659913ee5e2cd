import KubeAPI
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

/// Where a command's text goes: the process's stdout/stderr, or a buffer in tests.
public final class OutputSink: Sendable {
  private struct State {
    var buffer = Data()
    var writeErrno: Int32?
  }

  private let descriptor: Int32?
  /// Held for a whole write, so the writes of different threads never interleave.
  private let state = Mutex(State())

  /// Writes straight to a file descriptor (unbuffered: every write is a whole line or block).
  public init(descriptor: Int32) { self.descriptor = descriptor }
  /// Collects everything written; read it with `text`.
  public init() { self.descriptor = nil }

  /// Writes the text's own UTF-8 bytes: a large table is not copied into a `Data` first.
  public func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  public func write(_ data: Data) {
    data.withUnsafeBytes(write)
  }

  public func write(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes(write)
  }

  public func write(_ bytes: UnsafeRawBufferPointer) {
    state.withLock { state in
      guard let descriptor else { return state.buffer.append(contentsOf: bytes) }
      var offset = 0
      while offset < bytes.count {
        let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        // A full disk or a closed descriptor: stop writing, and keep the cause for the exit (`failure`).
        if written <= 0 {
          if state.writeErrno == nil { state.writeErrno = written < 0 ? errno : ENOSPC }
          return
        }
        offset += written
      }
    }
  }

  /// Why a write failed (`No space left on device`), or nil while every write has gone through. A reader that
  /// went away (`EPIPE`) is not a failure to report: `lamp … | head -1` is ordinary use.
  public var failure: String? {
    guard let writeErrno = state.withLock({ $0.writeErrno }), writeErrno != EPIPE else { return nil }
    return String(cString: strerror(writeErrno))
  }

  /// True once a write has failed for any reason, a closed pipe included: a long-running command stops there.
  public var hasFailed: Bool {
    state.withLock { $0.writeErrno != nil }
  }

  /// What a capturing sink has collected.
  public var data: Data {
    state.withLock { $0.buffer }
  }

  public var text: String { String(decoding: data, as: UTF8.self) }
}

/// Everything a command takes from the outside world, injected so tests run commands in-process.
public struct LampEnvironment: Sendable {
  public var variables: [String: String]
  public var stdout: OutputSink
  public var stderr: OutputSink
  public var stdoutIsTerminal: Bool
  public var stdinIsTerminal: Bool
  /// The clock every age is computed from (`LAMP_NOW` pins it for reproducible output).
  public var now: @Sendable () -> Date
  /// `lamp`, or `kubectl lamp` when run as a kubectl plugin.
  public var invocationName: String
  /// The terminal's width as the kernel reports it for stdout, when stdout is one.
  public var terminalColumns: Int?

  /// How wide output laid out for a terminal may be: `COLUMNS` when set, else the terminal's width, else 80;
  /// nil when stdout is not a terminal (pipes and files get whole lines).
  public var terminalWidth: Int? {
    guard stdoutIsTerminal else { return nil }
    return variables["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? terminalColumns ?? 80
  }

  public init(
    variables: [String: String], stdout: OutputSink, stderr: OutputSink, stdoutIsTerminal: Bool = false,
    stdinIsTerminal: Bool = false, now: @escaping @Sendable () -> Date = Date.init, invocationName: String = "lamp"
  ) {
    self.variables = variables
    self.stdout = stdout
    self.stderr = stderr
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stdinIsTerminal = stdinIsTerminal
    self.now = now
    self.invocationName = invocationName
  }

  /// The real process: its environment, file descriptors and clock.
  public static func process(arguments: [String] = CommandLine.arguments) -> LampEnvironment {
    let variables = ProcessInfo.processInfo.environment
    var now: @Sendable () -> Date = Date.init
    if let pinned = variables["LAMP_NOW"].flatMap(KubeTime.parse) {
      now = { pinned }
    }
    var environment = LampEnvironment(
      variables: variables, stdout: OutputSink(descriptor: STDOUT_FILENO),
      stderr: OutputSink(descriptor: STDERR_FILENO),
      stdoutIsTerminal: isatty(STDOUT_FILENO) == 1, stdinIsTerminal: isatty(STDIN_FILENO) == 1, now: now,
      invocationName: Invocation.name(forExecutable: arguments.first ?? "lamp"))
    var size = winsize()
    if environment.stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
      environment.terminalColumns = Int(size.ws_col)
    }
    return environment
  }

  @TaskLocal public static var current = LampEnvironment(
    variables: [:], stdout: OutputSink(descriptor: STDOUT_FILENO), stderr: OutputSink(descriptor: STDERR_FILENO))
}

/// How lamp was invoked: directly, or through kubectl's plugin mechanism.
public enum Invocation {
  /// `kubectl lamp` when the executable is named `kubectl-lamp`, else `lamp`.
  public static func name(forExecutable path: String) -> String {
    fileName(path) == "kubectl-lamp" ? "kubectl lamp" : "lamp"
  }

  /// The last component of an executable's path (`/usr/local/bin/kubectl-lamp` → `kubectl-lamp`).
  static func fileName(_ path: String) -> Substring {
    path.split(separator: "/").last ?? path[...]
  }

  /// The name to show in usage lines and examples.
  public static var current: String { LampEnvironment.current.invocationName }
}

/// `write(2)`: inside `OutputSink` the name means its own method.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
