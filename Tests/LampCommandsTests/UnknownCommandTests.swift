import LampTestSupport
import Testing

/// A mistyped command is a usage error that names the nearest command, as kubectl says it.
@Suite("unknown commands")
struct UnknownCommandTests {
  @Test("a typo, a nested typo, help for nothing, and a word with no near command")
  func unknown() async {
    let cases: [([String], String)] = [
      (
        ["evnets", "-A"],
        "error: unknown command \"evnets\" for \"lamp\" (did you mean \"events\"?); see 'lamp --help'\n"
      ),
      (
        ["karpenter", "nodepoolz"],
        "error: unknown command \"nodepoolz\" for \"lamp karpenter\" (did you mean \"nodepools\"?); "
          + "see 'lamp karpenter --help'\n"
      ),
      (["help", "nosuch"], "error: unknown command \"nosuch\" for \"lamp\"; see 'lamp --help'\n"),
      (["frobnicate"], "error: unknown command \"frobnicate\" for \"lamp\"; see 'lamp --help'\n"),
    ]
    for (arguments, message) in cases {
      let result = await LampRunner.run(arguments, kubeconfig: "/nonexistent/kubeconfig")
      #expect(result.code == 2, "\(arguments)")
      #expect(result.stderr == message)
      #expect(result.stdout.isEmpty)
    }
    let plugin = await LampRunner.run(["evnets"], invocationName: "kubectl lamp")
    #expect(plugin.stderr.contains("for \"kubectl lamp\" (did you mean \"events\"?); see 'kubectl lamp --help'"))
  }

  @Test("real commands, help for them, options and arguments still reach the parser")
  func known() async {
    #expect(await LampRunner.run(["help", "events"]).stdout.hasPrefix("OVERVIEW: Show pending pods"))
    #expect(await LampRunner.run(["secrets", "show", "--help"]).code == 0)
    #expect(await LampRunner.run(["--version"]).stdout == "0.1.0\n")
    let option = await LampRunner.run(["events", "--bogus"])
    #expect(option.code == 2)
    #expect(option.stderr == "error: unknown option '--bogus'; see 'lamp events --help'\n")
  }

  @Test("parse and validation errors are one line, as lamp's other usage errors, naming the help to read")
  func usageErrorsAreOneLine() async {
    let cases: [([String], String, String)] = [
      (["events", "--since"], "lamp", "error: missing value for '--since <since>'; see 'lamp events --help'\n"),
      (
        ["rbac", "check", "--list", "--rules"], "lamp",
        "error: --list and --rules cannot be combined; see 'lamp rbac check --help'\n"
      ),
      (
        ["secrets", "show", "a", "b"], "kubectl lamp",
        "error: unexpected argument 'b'; see 'kubectl lamp secrets show --help'\n"
      ),
      // Found while the command runs, not while parsing: the same line.
      (
        ["events", "--since", "5x"], "lamp",
        "error: invalid --since duration \"5x\" (e.g. 30s, 10m, 2h); see 'lamp events --help'\n"
      ),
      (
        ["karpenter", "nodepools", "-o", "bogus"], "kubectl lamp",
        "error: unknown output format \"bogus\" (one of: table, wide, json, yaml); "
          + "see 'kubectl lamp karpenter nodepools --help'\n"
      ),
    ]
    for (arguments, invocation, message) in cases {
      let result = await LampRunner.run(arguments, invocationName: invocation)
      #expect(result.code == 2, "\(arguments)")
      #expect(result.stderr == message)
    }
  }
}
