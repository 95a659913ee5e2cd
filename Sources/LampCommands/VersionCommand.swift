import ArgumentParser
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `lamp version`: lamp's version and the server's.
struct VersionCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    let name = Invocation.current
    return CommandConfiguration(
      commandName: "version",
      abstract: "Print lamp's version and the cluster's.",
      discussion: """
        Prints the client version and, unless --client is given, the server's version from /version. \
        The server part proves that lamp reaches the cluster with the current credentials.

        JSON and YAML output: apiVersion lamp/v1, kind Version, clientVersion {gitVersion, platform}, \
        serverVersion (the server's /version object; absent with --client).

        EXAMPLES:
          \(name) version
          \(name) version --client
          \(name) version --context staging -o json
        """)
  }

  @OptionGroup var global: GlobalOptions

  @Flag(name: .customLong("client"), help: "Print only lamp's version; needs no cluster.")
  var clientOnly = false

  @Option(
    name: [.customShort("o"), .customLong("output")], help: "Output format: json or yaml (default: text).",
    completion: .list(["json", "yaml"]))
  var output: String?

  struct Report: Encodable {
    var apiVersion = "lamp/v1"
    var kind = "Version"
    var clientVersion: VersionInfo
    var serverVersion: VersionInfo?
  }

  func run() async throws {
    let environment = LampEnvironment.current
    let format = try output.map { try OutputOptions.format($0, allowed: [.json, .yaml]) }
    let client = VersionInfo(gitVersion: "v" + LampVersion.client, platform: LampPlatform.current)
    var report = Report(clientVersion: client)
    if !clientOnly { _ = try ClusterSession.overrides(global) }
    // As kubectl does, the text form tells the client's version before the server is asked: it is what a user
    // checking an install needs, and the server may be unreachable.
    if format == nil { environment.stdout.write("Client Version: \(report.clientVersion.gitVersion)\n") }
    if !clientOnly {
      do {
        let session = try await ClusterSession.connect(global)
        report.serverVersion = try await session.client.serverVersion()
      } catch {
        // As the text form does, and kubectl's JSON: the client's version still comes out, then the error.
        if let format { try Printer(environment).document(report, format: format) }
        throw error
      }
    }
    if let format {
      try Printer(environment).document(report, format: format)
      return
    }
    if let server = report.serverVersion { environment.stdout.write("Server Version: \(server.gitVersion)\n") }
  }
}

/// `linux/amd64`-style platform string, as Go's GOOS/GOARCH.
enum LampPlatform {
  static var current: String {
    #if os(Linux)
      let os = "linux"
    #elseif os(macOS)
      let os = "darwin"
    #else
      let os = "unknown"
    #endif
    #if arch(x86_64)
      let arch = "amd64"
    #elseif arch(arm64)
      let arch = "arm64"
    #else
      let arch = "unknown"
    #endif
    return "\(os)/\(arch)"
  }
}
