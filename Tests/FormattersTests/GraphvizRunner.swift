import Foundation

/// Runs the real Graphviz `dot` on generated text, to prove the output is valid DOT.
enum GraphvizRunner {
  static let path = "/usr/bin/dot"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs `dot -T<format>` on `source`. Files rather than pipes, so a big graph cannot deadlock.
  static func run(_ source: String, format: String) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lamp-dot-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { _ = try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("graph.dot")
    let output = directory.appendingPathComponent("graph.out")
    let errors = directory.appendingPathComponent("graph.err")
    try Data(source.utf8).write(to: input)
    _ = FileManager.default.createFile(atPath: errors.path, contents: nil)

    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-T\(format)", "-o", output.path, input.path]
    let errorHandle = try FileHandle(forWritingTo: errors)
    process.standardError = errorHandle
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try errorHandle.close()

    let produced = FileManager.default.contents(atPath: output.path) ?? Data()
    let complaints = FileManager.default.contents(atPath: errors.path) ?? Data()
    return Result(
      status: process.terminationStatus, output: String(decoding: produced, as: UTF8.self),
      errors: String(decoding: complaints, as: UTF8.self))
  }
}
