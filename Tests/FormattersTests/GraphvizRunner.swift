import Foundation
import LampTestSupport

/// Runs the real Graphviz `dot` on generated text, to prove the output is valid DOT.
enum GraphvizRunner {
  static let path = "/usr/bin/dot"

  static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: path) }

  struct Result {
    var status: Int32
    var output: String
    var errors: String
  }

  /// Runs `dot -T<format>` on `source`. The graph goes through files rather than pipes, so a big graph cannot
  /// deadlock.
  static func run(_ source: String, format: String) throws -> Result {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lamp-dot-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { _ = try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("graph.dot")
    let output = directory.appendingPathComponent("graph.out")
    try Data(source.utf8).write(to: input)

    let run = try ProcessRunner.runBlocking(path, ["-T\(format)", "-o", output.path, input.path])
    let produced = FileManager.default.contents(atPath: output.path) ?? Data()
    return Result(status: run.status, output: String(decoding: produced, as: UTF8.self), errors: run.stderr)
  }
}
