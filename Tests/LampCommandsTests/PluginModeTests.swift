import Foundation
import LampTestSupport
import Testing

/// `kubectl lamp …` through the real kubectl, with `kubectl-lamp` and `kubectl_complete-lamp` links on PATH.
@Suite("kubectl plugin mode", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/kubectl")))
struct PluginModeTests {
  static func pluginDirectory() throws -> String {
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lamp-plugin-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    for name in ["kubectl-lamp", "kubectl_complete-lamp"] {
      try FileManager.default.createSymbolicLink(
        atPath: directory.appendingPathComponent(name).path, withDestinationPath: lamp)
    }
    return directory.path
  }

  static func environment(_ directory: String) -> [String: String] {
    ["PATH": directory + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"), "HOME": directory]
  }

  @Test("kubectl lamp version reaches the cluster and help says kubectl lamp")
  func version() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let directory = try Self.pluginDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let env = Self.environment(directory)
    let version = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["lamp", "version", "--kubeconfig", cluster.kubeconfigPath], environment: env)
    #expect(version.status == 0, "\(version.stderr)")
    #expect(version.stdout == "Client Version: v0.1.0\nServer Version: v1.32.0-lamp-sim\n")

    let help = try await ProcessRunner.run("/usr/bin/kubectl", ["lamp", "--help"], environment: env)
    #expect(help.stdout.contains("USAGE: kubectl lamp <subcommand>"))
    #expect(help.stdout.contains("kubectl lamp version"))
  }

  @Test("tab completion works through kubectl")
  func completion() async throws {
    let directory = try Self.pluginDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let env = Self.environment(directory)
    let subcommands = try await ProcessRunner.run("/usr/bin/kubectl", ["__complete", "lamp", ""], environment: env)
    #expect(subcommands.stdout.hasPrefix("ask\ncontexts\nevents\nkarpenter\nkeda\nmap\nrbac\nsecrets\nversion\n"))
    let flags = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["__complete", "lamp", "contexts", "--no-h"], environment: env)
    #expect(flags.stdout.hasPrefix("--no-headers\n"))
    let formats = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["__complete", "lamp", "contexts", "-o", ""], environment: env)
    #expect(formats.stdout.hasPrefix("table\nwide\njson\nyaml\n"))
    let askFormats = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["__complete", "lamp", "ask", "-o", ""], environment: env)
    #expect(askFormats.stdout.hasPrefix("text\njson\nyaml\n:4\n"))
    // A file option leaves file names to the shell (cobra's directive 0 instead of 4, no file completion).
    let file = try await ProcessRunner.run(
      "/usr/bin/kubectl", ["__complete", "lamp", "events", "--kubeconfig", ""], environment: env)
    #expect(file.stdout.hasPrefix(":0\n"), "\(file.stdout)")
  }

  @Test("the shells' scripts complete kubeconfig names through lamp itself")
  func customCompletion() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    // What completions/lamp.bash runs for `lamp events --context <TAB>`.
    let names = try await ProcessRunner.run(
      lamp, ["---completion", "events", "--", "--context", "3", "0", "lamp", "events", "--context", ""],
      environment: ["KUBECONFIG": cluster.kubeconfigPath, "PATH": "/usr/bin:/bin"])
    #expect(names.stdout.split(separator: "\n").contains("admin"), "\(names.stdout)\(names.stderr)")
    // The kubeconfig the line names, not the environment's.
    let named = try await ProcessRunner.run(
      lamp,
      [
        "---completion", "events", "--", "--context", "5", "0", "lamp", "events", "--kubeconfig",
        cluster.kubeconfigPath, "--context", "",
      ],
      environment: ["KUBECONFIG": "/nonexistent/kubeconfig", "PATH": "/usr/bin:/bin"])
    #expect(named.stdout.split(separator: "\n").contains("admin"), "\(named.stdout)\(named.stderr)")
    let script = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../completions/lamp.bash"), encoding: .utf8)
    #expect(script.contains("__lamp_custom_complete ---completion events -- --context"))
  }

  @Test("namespaces complete from the cluster the line selects, through the scripts and through kubectl")
  func namespaceCompletion() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let lamp = LampRunner.productsDirectory.appendingPathComponent("lamp").path
    let environment = ["KUBECONFIG": cluster.kubeconfigPath, "PATH": "/usr/bin:/bin"]
    // What completions/lamp.bash runs for `lamp events --context viewer --request-timeout 60s -n <TAB>`. The line's
    // own timeout replaces completion's 5 s, which this suite's busy in-process server may take to answer.
    let names = try await ProcessRunner.run(
      lamp,
      [
        "---completion", "events", "--", "--namespace", "7", "0", "lamp", "events", "--context", "viewer",
        "--request-timeout", "60s", "-n", "",
      ],
      environment: environment)
    #expect(names.status == 0)
    #expect(names.stdout.hasPrefix("batch\ndefault\n") && names.stdout.contains("\nshop\n"), "\(names.stdout)")
    #expect(names.stderr.isEmpty)
    // A context that does not exist completes nothing, quietly.
    let broken = try await ProcessRunner.run(
      lamp,
      ["---completion", "events", "--", "--namespace", "5", "0", "lamp", "events", "--context", "nosuch", "-n", ""],
      environment: environment)
    #expect(broken.status == 0 && broken.stdout.isEmpty && broken.stderr.isEmpty, "\(broken.stderr)")
    let script = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../completions/lamp.bash"), encoding: .utf8)
    #expect(script.contains("__lamp_custom_complete ---completion events -- --namespace"))

    let directory = try Self.pluginDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let kubectl = try await ProcessRunner.run(
      "/usr/bin/kubectl",
      ["__complete", "lamp", "events", "--kubeconfig", cluster.kubeconfigPath, "--request-timeout=60s", "-n", "k"],
      environment: Self.environment(directory))
    #expect(kubectl.stdout == "keda\nkube-node-lease\nkube-public\nkube-system\n:4\n", "\(kubectl.stderr)")
  }
}
