import Dispatch
import Foundation

/// The `lamp-sim` program: parse options, start, print where it serves, run until SIGINT/SIGTERM.
public enum SimMain {
  /// Runs the server and returns the process exit code (0 after a signal, 1 on errors, 2 on bad usage).
  public static func run(
    arguments: [String], output: @escaping @Sendable (String) -> Void,
    errors: @escaping @Sendable (String) -> Void
  ) async -> Int32 {
    var commandLine: SimCommandLine
    do {
      commandLine = try SimCommandLine.parse(arguments)
    } catch {
      errors("\(error)\n\n" + SimCommandLine.usage)
      return 2
    }
    if commandLine.showHelp {
      output(SimCommandLine.usage)
      return 0
    }
    if commandLine.logRequests { commandLine.options.requestLog = { errors($0 + "\n") } }
    let sim: KubeSim
    do {
      sim = try await KubeSim.start(commandLine.options)
    } catch {
      errors("lamp-sim: error: \(error)\n")
      return 1
    }
    output("lamp-sim serving \(sim.url.absoluteString)\n")
    if let path = commandLine.options.kubeconfigOut { output("kubeconfig written to \(path)\n") }
    await waitForTermination()
    await sim.stop()
    return 0
  }

  /// Suspends until SIGINT or SIGTERM arrives.
  private static func waitForTermination() async {
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
      let resumed = ResumeOnce(continuation)
      for signalNumber in [SIGINT, SIGTERM] {
        signal(signalNumber, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .main)
        source.setEventHandler { resumed.resume() }
        source.resume()
        resumed.keep(source)
      }
    }
  }
}

/// Resumes a continuation at most once, whichever signal comes first.
private final class ResumeOnce: @unchecked Sendable {
  private let lock = NSLock()
  private var continuation: CheckedContinuation<Void, Never>?
  /// The signal sources: their handlers retain this object, which keeps them alive in turn.
  private var sources: [DispatchSourceSignal] = []

  init(_ continuation: CheckedContinuation<Void, Never>) {
    self.continuation = continuation
  }

  func keep(_ source: DispatchSourceSignal) {
    lock.lock()
    sources.append(source)
    lock.unlock()
  }

  func resume() {
    lock.lock()
    let pending = continuation
    continuation = nil
    lock.unlock()
    pending?.resume()
  }
}
