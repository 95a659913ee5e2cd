#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Runs an exec credential plugin once: decides interactivity, finds the command, builds its environment
/// (with `KUBERNETES_EXEC_INFO`), runs it and parses the ExecCredential it prints.
struct ExecPluginRunner: Sendable {
  var config: ExecPluginConfig
  var stdinIsTerminal: Bool
  /// Applies to non-interactive runs only: a user typing a password must not be cut off.
  var timeout: Duration?
  var stderr: @Sendable (Data) -> Void

  func run() async throws -> ExecPluginCredential {
    let command = config.command
    let interactive: Bool
    switch config.interactiveMode {
    case .never: interactive = false
    case .ifAvailable: interactive = stdinIsTerminal
    case .always:
      guard stdinIsTerminal else { throw ExecPluginError.needsTerminal(command: command) }
      interactive = true
    }
    let executable = try ExecPluginCommandLookup.executable(for: config)
    var environment = config.processEnvironment
    environment["KUBERNETES_EXEC_INFO"] = try ExecPluginInput.json(for: config, interactive: interactive)
    let limit = interactive ? nil : timeout
    let process = ExecPluginProcess(
      command: command, executable: executable, arguments: config.args, environment: environment,
      passStandardInput: interactive, timeout: limit, stderr: stderr)
    let outcome = try await process.run()
    switch outcome.termination {
    case .exit(0):
      return try ExecPluginCredential.parse(outcome.stdout, config: config)
    case .exit(let status):
      throw ExecPluginError.exited(command: command, status: status, firstStderrLine: outcome.firstStderrLine)
    case .signal(let signal):
      throw ExecPluginError.killed(command: command, signal: signal)
    case .timedOut:
      throw ExecPluginError.timedOut(command: command, after: limit ?? .zero)
    }
  }
}
