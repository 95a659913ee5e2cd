import Foundation
import LampTestSupport
import Testing

@Suite("lamp karpenter and keda help")
struct AutoscaleHelpTests {
  static let commands = [
    ["karpenter"], ["karpenter", "nodepools"], ["karpenter", "nodeclaims"], ["karpenter", "pending"], ["keda"],
    ["keda", "scaled"], ["keda", "auth"],
  ]

  @Test(
    "example lines fit in 80 columns, also as kubectl lamp: none is wrapped mid-command",
    arguments: commands, ["lamp", "kubectl lamp"])
  func examplesFit(command: [String], invocation: String) async {
    let help = await LampRunner.run(command + ["--help"], invocationName: invocation)
    #expect(help.code == 0, "\(help.stderr)")
    let lines = help.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(of: "EXAMPLES:") else {
      Issue.record("no EXAMPLES in \(command)")
      return
    }
    let examples = lines[(start + 1)...].prefix { !$0.isEmpty }
    #expect(!examples.isEmpty)
    for line in examples {
      // The help renderer wraps a long line and starts the rest at column 0.
      #expect(line.hasPrefix("  "), "\(command): \"\(line)\" is the wrapped tail of an example")
      #expect(line.count <= 80, "\(command): \"\(line)\" is wider than 80 columns")
    }
  }
}
