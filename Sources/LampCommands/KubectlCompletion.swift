import ArgumentParser
import Foundation

extension Invocation {
  /// kubectl (1.26+) completes plugin arguments by running `kubectl_complete-<plugin>`.
  public static func isCompletionHelper(_ path: String) -> Bool {
    (path as NSString).lastPathComponent == "kubectl_complete-lamp"
  }
}

/// Tab completion through kubectl: prints candidates one per line, then cobra's `:4` (no file completion).
/// The command tree comes from ArgumentParser's own help dump, so it can never drift from the real flags.
public enum KubectlCompletion {
  public static func run(_ words: [String], environment: LampEnvironment) async -> Int32 {
    let candidates = LampEnvironment.$current.withValue(environment) { complete(words) }
    environment.stdout.write(candidates.map { $0 + "\n" }.joined() + ":4\n")
    return LampExit.success
  }

  struct Tool: Decodable { var command: Command }
  struct Command: Decodable {
    var commandName: String
    var subcommands: [Command]?
    var arguments: [Argument]?
  }
  struct Argument: Decodable {
    var kind: String
    var names: [Name]?
    var completionKind: CompletionKind?
    var isRepeating: Bool?
  }
  struct Name: Decodable {
    var kind: String
    var name: String
  }
  struct CompletionKind: Decodable {
    var list: List?
    struct List: Decodable { var values: [String] }
  }

  static func tree() -> Command? {
    do {
      _ = try Lamp.parseAsRoot(["--experimental-dump-help"])
      return nil
    } catch {
      let json = Lamp.fullMessage(for: error)
      return (try? JSONDecoder().decode(Tool.self, from: Data(json.utf8)))?.command
    }
  }

  /// The candidates for the last word, given the words before it.
  static func complete(_ words: [String]) -> [String] {
    guard var command = tree() else { return [] }
    let current = words.last ?? ""
    let previous = words.dropLast()
    for word in previous {
      if let next = command.subcommands?.first(where: { $0.commandName == word }) { command = next }
    }
    if let last = previous.last, last.hasPrefix("-"), let option = argument(named: last, in: command),
      option.kind == "option"
    {
      return values(for: last, option: option).filter { $0.hasPrefix(current) }
    }
    if current.hasPrefix("-") {
      let flags = (command.arguments ?? []).flatMap { argument in
        (argument.names ?? []).map { name in
          name.kind == "short" ? "-" + name.name : "--" + name.name
        }
      }
      return flags.filter { $0.hasPrefix(current) && $0 != "--experimental-dump-help" }.sorted()
    }
    return (command.subcommands ?? []).map(\.commandName).filter { $0.hasPrefix(current) && $0 != "help" }.sorted()
  }

  static func argument(named flag: String, in command: Command) -> Argument? {
    let bare = flag.drop { $0 == "-" }
    return command.arguments?.first { argument in
      (argument.names ?? []).contains { $0.name == bare }
    }
  }

  static func values(for flag: String, option: Argument) -> [String] {
    if let list = option.completionKind?.list?.values { return list }
    switch flag {
    case "--context", "--cluster", "--user":
      return KubeconfigNames.names(for: flag, environment: LampEnvironment.current)
    default:
      return []
    }
  }
}
