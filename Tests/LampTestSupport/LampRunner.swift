import Foundation
import LampCommands

/// What one in-process lamp invocation printed and returned.
public struct LampResult: Sendable {
  public var code: Int32
  public var stdout: String
  public var stderr: String
  /// stdout's exact bytes, for byte-exact output such as `secrets show --raw`.
  public var stdoutData = Data()
}

/// Runs lamp commands in-process with captured output, a pinned clock and a private HOME (no cache leaks).
public enum LampRunner {
  public static func run(
    _ arguments: [String], kubeconfig: String? = nil, environment extra: [String: String] = [:],
    now: Date = TestCluster.referenceNow, invocationName: String = "lamp", stdoutIsTerminal: Bool = false
  ) async -> LampResult {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-home-\(UUID().uuidString.prefix(8))")
    defer { try? FileManager.default.removeItem(at: home) }
    var variables = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
    if let kubeconfig { variables["KUBECONFIG"] = kubeconfig }
    variables.merge(extra) { _, new in new }
    let stdout = OutputSink()
    let stderr = OutputSink()
    let environment = LampEnvironment(
      variables: variables, stdout: stdout, stderr: stderr, stdoutIsTerminal: stdoutIsTerminal,
      stdinIsTerminal: false, now: { now }, invocationName: invocationName)
    let code = await LampCLI.run(arguments, environment: environment)
    return LampResult(code: code, stdout: stdout.text, stderr: stderr.text, stdoutData: stdout.data)
  }

  /// The directory holding the built executables (`lamp`, `lamp-sim`) next to the test bundle.
  public static var productsDirectory: URL {
    let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "")
    var directory = bundle.deletingLastPathComponent()
    if !FileManager.default.fileExists(atPath: directory.appendingPathComponent("lamp").path) {
      directory = Bundle.main.bundleURL
    }
    return directory
  }
}
