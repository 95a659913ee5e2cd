import Foundation
import LampTestSupport
import Testing

/// Examples are copied into shells: a line wrapped by the help renderer (80 columns) or by man(1) breaks the
/// command in two, so every example line must fit as written.
@Suite("help examples")
struct HelpExamplesTests {
  /// Every command, from the generated man pages (`lamp.karpenter.nodepools.1` → `karpenter nodepools`).
  static var commands: [[String]] {
    get throws {
      let manDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../man").standardized
      return try FileManager.default.contentsOfDirectory(atPath: manDirectory.path)
        .filter { $0.hasSuffix(".1") && $0 != "lamp.help.1" }
        .map { $0.dropLast(2).split(separator: ".").dropFirst().map(String.init) }
        .sorted { $0.joined(separator: " ") < $1.joined(separator: " ") }
    }
  }

  /// The lines between `EXAMPLES:` and the usage line.
  static func exampleLines(_ help: String) -> [Substring] {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0 == "EXAMPLES:" }) else { return [] }
    // The next section (`EXIT CODES:`, `USAGE: lamp …`) ends the examples.
    let end =
      lines[(start + 1)...].firstIndex { line in
        line.hasPrefix("USAGE:") || (!line.isEmpty && line.hasSuffix(":") && line == line.uppercased())
      } ?? lines.endIndex
    return lines[(start + 1)..<end].filter { !$0.isEmpty }
  }

  @Test("every command has examples, and none is wrapped, as lamp or as kubectl lamp")
  func examplesFit() async throws {
    let commands = try Self.commands
    #expect(commands.count > 15)
    for command in commands {
      for name in ["lamp", "kubectl lamp"] {
        let help = await LampRunner.run(command + ["--help"], invocationName: name).stdout
        let examples = Self.exampleLines(help)
        #expect(!examples.isEmpty, "\(name) \(command.joined(separator: " ")) has no examples")
        for line in examples {
          // The help renderer indents by two; a line it wrapped starts at column 0.
          #expect(line.hasPrefix("  "), "\(name) \(command.joined(separator: " ")): wrapped before \"\(line)\"")
          // man(1) sets the same lines 7 columns in on an 80-column terminal, and wraps past that.
          if name == "lamp" {
            #expect(line.count <= 73, "\(command.joined(separator: " ")): too wide for man: \"\(line)\"")
          }
        }
      }
    }
  }

  @Test("as kubectl lamp, help names every command the way it is run: kubectl lamp events, not lamp events")
  func pluginHelpNamesCommands() async throws {
    let words = ["events", "map", "karpenter", "keda", "secrets", "rbac", "ask", "contexts", "version"]
    for command in try Self.commands {
      let help = await LampRunner.run(command + ["--help"], invocationName: "kubectl lamp").stdout
      let text = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      for word in words {
        let bare = text.components(separatedBy: "lamp \(word)").count - 1
        let plugin = text.components(separatedBy: "kubectl lamp \(word)").count - 1
        #expect(bare == plugin, "kubectl lamp \(command.joined(separator: " ")) --help says \"lamp \(word)\"")
      }
    }
  }
}
