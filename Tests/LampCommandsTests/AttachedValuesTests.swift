import Foundation
import LampTestSupport
import Testing

@testable import LampCommands

/// kubectl (pflag) takes a short option's value attached to it: `-nshop`, `-ojson`, `-lapp=web`, `-v6`.
@Suite("Short options with attached values")
struct AttachedValuesTests {
  @Test("attached values are split off, clusters of flags kept, and values and words after -- left alone")
  func splitting() {
    let split = ArgumentNormalizer.splittingAttachedValues
    #expect(split(["events", "-nshop", "-ojson"]) == ["events", "-n", "shop", "-o", "json"])
    #expect(split(["map", "-lapp=web", "-v6"]) == ["map", "-l", "app=web", "-v", "6"])
    #expect(split(["events", "-Anshop"]) == ["events", "-A", "-n", "shop"])
    #expect(
      split(["events", "-Aw", "-n=shop", "-n", "shop", "-f", "-"]) == [
        "events", "-Aw", "-n=shop", "-n", "shop", "-f", "-",
      ])
    #expect(split(["version", "--token", "-nope", "-s", "-odd"]) == ["version", "--token", "-nope", "-s", "-odd"])
    #expect(split(["ask", "--", "-nshop"]) == ["ask", "--", "-nshop"])
    #expect(split(["map", "--kinds", "-secrets,-configmaps"]) == ["map", "--kinds", "-secrets,-configmaps"])
    #expect(split(["--output=json", "-5"]) == ["--output=json", "-5"])
  }

  @Test("the sets of options with values are every command's")
  func everyCommandsShortOptions() throws {
    let root = try #require(KubectlCompletion.tree())
    var withValue = Set<Character>()
    var flags = Set<Character>()
    var longWithValue = Set<String>()
    func visit(_ command: KubectlCompletion.Command) {
      for argument in command.arguments ?? [] {
        for name in argument.names ?? [] where name.kind == "long" && argument.kind == "option" {
          longWithValue.insert("--" + name.name)
        }
        for name in argument.names ?? [] where name.kind == "short" {
          if argument.kind == "option" {
            withValue.insert(Character(name.name))
          } else {
            flags.insert(Character(name.name))
          }
        }
      }
      for subcommand in command.subcommands ?? [] { visit(subcommand) }
    }
    visit(root)
    #expect(withValue == ArgumentNormalizer.shortWithValue)
    let known = ArgumentNormalizer.globalWithValue.union(ArgumentNormalizer.commandWithValue)
      .union(ArgumentNormalizer.optionalValue.keys)
    #expect(longWithValue == known.filter { $0.hasPrefix("--") })
    #expect(withValue.isDisjoint(with: flags), "a letter that is a flag somewhere cannot be split the same everywhere")
  }

  @Test("lamp events -nshop -ojson reads the shop namespace as JSON; a bad cluster is one line")
  func attachedValuesEndToEnd() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let attached = await LampRunner.run(
      ["-nshop", "events", "-ojson", "--pending-only"], kubeconfig: cluster.kubeconfigPath)
    let spaced = await LampRunner.run(
      ["events", "-n", "shop", "-o", "json", "--pending-only"], kubeconfig: cluster.kubeconfigPath)
    #expect(attached.code == 0, "\(attached.stderr)")
    #expect(attached.stdout == spaced.stdout)
    #expect(attached.stdout.contains("recommender-6b8f7d9c5-x4hqd"))

    let unknown = await LampRunner.run(["events", "-xn"], kubeconfig: cluster.kubeconfigPath)
    #expect(unknown.code == 2)
    #expect(unknown.stderr.split(separator: "\n").count == 1, "\(unknown.stderr)")
    #expect(unknown.stderr.hasPrefix("error: unknown option '-x"), "\(unknown.stderr)")
  }
}
