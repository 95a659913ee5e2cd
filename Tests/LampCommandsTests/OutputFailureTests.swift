import Foundation
import LampCommands
import LampTestSupport
import Testing

/// Output that cannot be written is an error, not a silent success: a full disk would leave a truncated file.
@Suite("stdout that cannot be written")
struct OutputFailureTests {
  /// Runs lamp in-process with stdout on `/dev/full`, where every write fails with ENOSPC.
  static func runToFullDevice(_ arguments: [String], kubeconfig: String) async throws -> (Int32, String) {
    let descriptor = open("/dev/full", O_WRONLY)
    try #require(descriptor >= 0)
    defer { close(descriptor) }
    let stderr = OutputSink()
    let environment = LampEnvironment(
      variables: ["KUBECONFIG": kubeconfig, "HOME": NSTemporaryDirectory()],
      stdout: OutputSink(descriptor: descriptor), stderr: stderr, now: { TestCluster.referenceNow })
    let code = await LampCLI.run(arguments, environment: environment)
    return (code, stderr.text)
  }

  @Test("a report written to a full disk exits 1 and says why")
  func fullDisk() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    for arguments in [["contexts"], ["events", "-A", "-o", "json"], ["map", "-n", "shop", "-o", "dot"]] {
      let (code, stderr) = try await Self.runToFullDevice(arguments, kubeconfig: cluster.kubeconfigPath)
      #expect(code == 1, "\(arguments)")
      #expect(stderr == "error: cannot write to stdout: No space left on device\n", "\(arguments)")
    }
  }

  @Test("--watch stops once stdout cannot be written, instead of running on for nobody")
  func watchStops() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let run = Task {
      try await Self.runToFullDevice(["events", "-n", "shop", "--watch"], kubeconfig: cluster.kubeconfigPath)
    }
    let stopped = Task {
      try await Task.sleep(for: .seconds(20))
      run.cancel()
    }
    let (code, stderr) = try await run.value
    stopped.cancel()
    #expect(code == 1)
    #expect(stderr == "error: cannot write to stdout: No space left on device\n")
  }

  @Test("a reader that went away is not an error to report")
  func closedPipe() {
    var pipeEnds: [Int32] = [0, 0]
    #expect(pipe(&pipeEnds) == 0)
    close(pipeEnds[0])
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    let sink = OutputSink(descriptor: pipeEnds[1])
    sink.write("lost\n")
    close(pipeEnds[1])
    #expect(sink.hasFailed)
    #expect(sink.failure == nil)
  }
}
