import Foundation
import Testing

@testable import KubeSim

@Suite("lamp-sim command line")
struct SimCommandLineTests {
  @Test func parsesOptions() throws {
    let line = try SimCommandLine.parse([
      "--scenario", "empty", "--state", "a.yaml", "b", "--port=8443", "--host", "0.0.0.0", "--latency", "50ms",
      "--fail-rate", "0.1", "--throttle", "0.2", "--retry-after", "4", "--expire-continue-after", "5s",
      "--drop-watch-after", "2m", "--truncate-rate", "0.05", "--body-pause", "300ms", "--now", "2026-11-20T12:00:00Z",
      "--log", "--kubeconfig-out", "/tmp/kc",
    ])
    #expect(line.options.scenario == .empty)
    #expect(line.options.statePaths == ["a.yaml", "b"])
    #expect(line.options.port == 8443)
    #expect(line.options.host == "0.0.0.0")
    #expect(line.options.faults.latency == .milliseconds(50))
    #expect(line.options.faults.failRate == 0.1)
    #expect(line.options.faults.throttleRate == 0.2)
    #expect(line.options.faults.retryAfterSeconds == 4)
    #expect(line.options.faults.expireContinueAfter == .seconds(5))
    #expect(line.options.faults.dropWatchAfter == .seconds(120))
    #expect(line.options.faults.truncateRate == 0.05)
    #expect(line.options.faults.bodyPause == .milliseconds(300))
    #expect(line.options.now == Date(timeIntervalSince1970: 1_795_176_000))
    #expect(line.options.kubeconfigOut == "/tmp/kc")
    #expect(line.logRequests)
  }

  @Test(
    arguments: [
      (["--bogus"], "error: unknown option '--bogus'"),
      (["--port"], "error: missing value for '--port'"),
      (["--port", "70000"], "error: invalid value '70000' for '--port': expected an integer in 0...65535"),
      (["--scenario", "big"], "error: unknown scenario 'big' (expected demo or empty)"),
      (["--fail-rate", "2"], "error: invalid value '2' for '--fail-rate': expected a number between 0 and 1"),
      (
        ["--latency", "soon"], "error: invalid value 'soon' for '--latency': expected a duration such as 50ms, 5s or 2m"
      ),
      (["--now", "yesterday"], "error: invalid value 'yesterday' for '--now': expected an RFC 3339 time"),
    ] as [([String], String)])
  func rejectsBadUsage(arguments: [String], message: String) {
    #expect(throws: SimError.usage(message)) { try SimCommandLine.parse(arguments) }
  }

  @Test func helpExitsCleanly() async {
    let code = await SimMain.run(arguments: ["-h"], output: { _ in }, errors: { _ in })
    #expect(code == 0)
    let bad = await SimMain.run(arguments: ["--nope"], output: { _ in }, errors: { _ in })
    #expect(bad == 2)
  }
}
