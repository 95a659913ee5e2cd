import Foundation

/// Runs an external program (curl, kubectl) and captures its output.
public struct ProcessResult: Sendable {
  public var status: Int32
  public var stdout: String
  public var stderr: String
}

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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let collector = OutputCollector()
    let group = DispatchGroup()
    for (pipe, isError) in [(output, false), (errors, true)] {
      group.enter()
      Thread {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        collector.set(data, error: isError)
        group.leave()
      }.start()
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    group.wait()
    return ProcessResult(
      status: process.terminationStatus, stdout: String(decoding: collector.output, as: UTF8.self),
      stderr: String(decoding: collector.errors, as: UTF8.self))
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
