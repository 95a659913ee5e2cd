import Foundation

/// Finds the command-line tools the HTTPS tests need.
enum ExternalTools {
  /// True when `python3` and `openssl` are on PATH.
  static let available: Bool = path(of: "python3") != nil && path(of: "openssl") != nil

  static func path(of tool: String) -> String? {
    let searchPath = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in searchPath.split(separator: ":") {
      let candidate = "\(directory)/\(tool)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  /// Runs a tool to completion in `directory`; throws with its stderr when it fails.
  static func run(_ tool: String, _ arguments: [String], in directory: URL) throws {
    guard let executable = path(of: tool) else { throw FixtureError("\(tool) is not on PATH") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = String(decoding: stderr, as: UTF8.self)
      throw FixtureError("\(tool) \(arguments.joined(separator: " ")) failed: \(message)")
    }
  }
}

/// A test fixture could not be set up.
struct FixtureError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
