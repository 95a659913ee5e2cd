import ArgumentParser

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension Invocation {
  /// kubectl (1.26+) completes plugin arguments by running `kubectl_complete-<plugin>`.
  public static func isCompletionHelper(_ path: String) -> Bool {
    fileName(path) == "kubectl_complete-lamp"
  }
}

/// Tab completion through kubectl: prints candidates one per line, then cobra's `:4` (no file completion), or `:0`
/// for an option that takes a file.
/// The command tree comes from ArgumentParser's own help dump, so it can never drift from the real flags.
public enum KubectlCompletion {
  public static func run(_ words: [String], environment: LampEnvironment) async -> Int32 {
    let (candidates, files) = await LampEnvironment.$current.withValue(environment) { await complete(words) }
    // cobra's directives: 4 means no file completion; 0 lets the shell complete file names (--kubeconfig).
    environment.stdout.write(candidates.map { $0 + "\n" }.joined() + (files ? ":0\n" : ":4\n"))
    return LampExit.success
  }

  /// The (sub)command the words before the last one name.
  static func command(at words: [String], from root: Command) -> Command {
    var command = root
    for word in words.dropLast() {
      if let next = command.subcommands?.first(where: { $0.commandName == word }) { command = next }
    }
    return command
  }

  /// The option whose value the last word is (`--context <TAB>`), with the flag as typed.
  static func valueOption(_ words: [String], in command: Command) -> (flag: String, option: Argument)? {
    guard let last = words.dropLast().last, last.hasPrefix("-"), let option = argument(named: last, in: command),
      option.kind == "option"
    else { return nil }
    return (last, option)
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
    var file: File?
    struct List: Decodable { var values: [String] }
    struct File: Decodable {}
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

  /// The candidates for the last word, given the words before it, and whether it is the value of an option
  /// that takes a file (the shell then completes file names).
  static func complete(_ words: [String]) async -> (candidates: [String], files: Bool) {
    guard let root = tree() else { return ([], false) }
    let command = command(at: words, from: root)
    let current = words.last ?? ""
    if let (flag, option) = valueOption(words, in: command) {
      let values = await values(for: flag, option: option, words: words)
      return (values.filter { $0.hasPrefix(current) }, option.completionKind?.file != nil)
    }
    if current.hasPrefix("-") {
      let flags = (command.arguments ?? []).flatMap { argument in
        (argument.names ?? []).map { name in
          name.kind == "short" ? "-" + name.name : "--" + name.name
        }
      }
      return (flags.filter { $0.hasPrefix(current) && $0 != "--experimental-dump-help" }.sorted(), false)
    }
    let names = (command.subcommands ?? []).map(\.commandName).filter { $0.hasPrefix(current) && $0 != "help" }
    return (names.sorted(), false)
  }

  static func argument(named flag: String, in command: Command) -> Argument? {
    let bare = flag.drop { $0 == "-" }
    return command.arguments?.first { argument in
      (argument.names ?? []).contains { $0.name == bare }
    }
  }

  static func values(for flag: String, option: Argument, words: [String]) async -> [String] {
    if let list = option.completionKind?.list?.values { return list }
    switch flag {
    case "--context", "--cluster", "--user":
      return KubeconfigNames.names(for: flag, words: words, environment: LampEnvironment.current)
    case "-n", "--namespace":
      return await NamespaceNames.names(words: words, environment: LampEnvironment.current)
    default:
      return []
    }
  }
}
