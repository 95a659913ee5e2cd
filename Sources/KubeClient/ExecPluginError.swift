import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why an exec credential plugin gave no credential. Messages name the plugin by its command and never
/// contain the credential.
public enum ExecPluginError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The command is not in PATH (bare name) or does not exist (path).
  case notFound(command: String, installHint: String?)
  /// The command exists but is not an executable file.
  case notExecutable(command: String)
  /// The process could not be started.
  case launchFailed(command: String, reason: String)
  /// `interactiveMode: Always` but standard input is not a terminal.
  case needsTerminal(command: String)
  /// The plugin exited with a non-zero status.
  case exited(command: String, status: Int32, firstStderrLine: String?)
  /// The plugin was killed by a signal.
  case killed(command: String, signal: Int32)
  /// The plugin ran longer than allowed and was stopped.
  case timedOut(command: String, after: Duration)
  /// stdout was not a usable ExecCredential.
  case invalidOutput(command: String, detail: String)
  /// The ExecCredential on stdout has another apiVersion than the configured one.
  case apiVersionMismatch(command: String, expected: String, actual: String)

  public var description: String {
    switch self {
    case .notFound(let command, let installHint):
      let hint = installHint.map { Self.oneLine($0) }.flatMap { $0.isEmpty ? nil : $0 }
      let fallback = command.contains("/") ? "no such file" : "not in PATH"
      return "exec plugin \(GoText.quoted(command)) not found: \(hint ?? fallback)"
    case .notExecutable(let command):
      return "exec plugin \(GoText.quoted(command)) is not an executable file"
    case .launchFailed(let command, let reason):
      return "exec plugin \(GoText.quoted(command)) could not be started: \(reason)"
    case .needsTerminal(let command):
      return "exec plugin \(GoText.quoted(command)) needs an interactive terminal (interactiveMode: Always) "
        + "but standard input is not a terminal"
    case .exited(let command, let status, let line):
      let detail = line.map { ": \($0)" } ?? ""
      return "exec plugin \(GoText.quoted(command)) exited with status \(status)\(detail)"
    case .killed(let command, let signal):
      return "exec plugin \(GoText.quoted(command)) was killed by signal \(signal)"
    case .timedOut(let command, let after):
      return "exec plugin \(GoText.quoted(command)) did not finish within \(after.components.seconds)s and was stopped"
    case .invalidOutput(let command, let detail):
      return "exec plugin \(GoText.quoted(command)) printed invalid ExecCredential: \(detail)"
    case .apiVersionMismatch(let command, let expected, let actual):
      return
        "exec plugin \(GoText.quoted(command)) returned apiVersion \(GoText.quoted(actual)), expected \(GoText.quoted(expected))"
    }
  }

  /// Collapses a multi-line install hint into one line.
  private static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty }.joined(separator: " ")
  }
}
