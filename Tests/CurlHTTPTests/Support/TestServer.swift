import Foundation

/// The Python HTTPS server in `Fixtures/https_server.py`, started once per configuration and test
/// process. It exits by itself when its standard input closes, that is when the tests end.
/// Immutable after start; the process and pipe are only kept so they stay open.
final class TestServer: @unchecked Sendable {
  let port: Int
  private let process: Process
  private let stdin: Pipe

  /// Plain TLS server.
  static let standard: Result<TestServer, FixtureError> = start(requireClientCertificate: false)
  /// Server that requires client certificates from the test CA.
  static let mutualTLS: Result<TestServer, FixtureError> = start(requireClientCertificate: true)

  private init(port: Int, process: Process, stdin: Pipe) {
    self.port = port
    self.process = process
    self.stdin = stdin
  }

  /// `https://localhost:<port><path>`.
  func url(_ path: String, host: String = "localhost") -> String {
    "https://\(host):\(port)\(path)"
  }

  private static func start(requireClientCertificate: Bool) -> Result<TestServer, FixtureError> {
    Result { () throws(FixtureError) -> TestServer in
      let pki = try TestPKI.shared.get()
      guard let python = ExternalTools.path(of: "python3") else { throw FixtureError("python3 is not on PATH") }
      let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/https_server.py")
      // The server reads its PEM files before it reports its port; they are removed right after.
      let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-curl-server-\(UUID())")
      defer { _ = try? FileManager.default.removeItem(at: directory) }  // best effort: only a temp dir
      let files = ["server.crt": pki.serverCertificatePEM, "server.key": pki.serverKeyPEM, "ca.crt": pki.caPEM]
      do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, contents) in files { try contents.write(to: directory.appendingPathComponent(name)) }
      } catch {
        throw FixtureError("cannot write the test server's certificates: \(error)")
      }
      func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

      let process = Process()
      process.executableURL = URL(fileURLWithPath: python)
      var arguments = ["-u", script.path, "--cert", path("server.crt"), "--key", path("server.key")]
      if requireClientCertificate { arguments += ["--client-ca", path("ca.crt")] }
      process.arguments = arguments
      let stdin = Pipe()
      let stdout = Pipe()
      process.standardInput = stdin
      process.standardOutput = stdout
      process.standardError = FileHandle.nullDevice
      do { try process.run() } catch { throw FixtureError("cannot start python3: \(error)") }

      var output = Data()
      while !output.contains(UInt8(ascii: "\n")) {
        let chunk = stdout.fileHandleForReading.availableData
        guard !chunk.isEmpty else { throw FixtureError("the test server exited before reporting its port") }
        output.append(chunk)
      }
      let line = String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
      guard line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) else {
        throw FixtureError("unexpected test server output: \(line)")
      }
      return TestServer(port: port, process: process, stdin: stdin)
    }
  }
}
