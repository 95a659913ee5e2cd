import Foundation
import LampTestSupport
import Testing

/// Feeds DOT text to the real Graphviz (`dot -Tsvg` and `dot -Tplain`); both must accept it.
enum Graphviz {
  static let path = "/usr/bin/dot"

  static func check(_ dot: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
    for format in ["-Tsvg", "-Tplain"] {
      let result = try await ProcessRunner.run(path, [format], stdin: Data(dot.utf8), timeout: 60)
      #expect(result.status == 0, "dot \(format) refused the graph: \(result.stderr)", sourceLocation: sourceLocation)
      #expect(!result.stderr.contains("Error"), "dot \(format): \(result.stderr)", sourceLocation: sourceLocation)
      #expect(!result.stdout.isEmpty, sourceLocation: sourceLocation)
    }
  }
}
