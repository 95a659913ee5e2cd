import ArgumentParser
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Namespace names for shell completion, read from the cluster the command line selects (as kubectl completes
/// `-n`). Never fails and never prints: completion must stay quiet, so any error, or a server slower than a few
/// seconds, completes nothing.
enum NamespaceNames {
  static func names(words: [String], environment: LampEnvironment) async -> [String] {
    guard var global = globalOptions(in: words) else { return [] }
    global.namespace = nil
    if global.requestTimeout == "0" { global.requestTimeout = "5s" }
    let quiet = LampEnvironment(
      variables: environment.variables, stdout: OutputSink(), stderr: OutputSink(), now: environment.now)
    do {
      let session = try await ClusterSession.connect(global, environment: quiet)
      let list = try await session.client.resource(.namespaces, as: PartialObject.self, namespace: nil).list()
      return list.items.map(\.metadata.name).sorted()
    } catch {
      return []
    }
  }

  /// The global flags among `words` (`--context prod`, `--kubeconfig=…`), as `GlobalOptions` itself recognises
  /// them: the words of the command being completed are not all there yet, so the whole line cannot be parsed.
  static func globalOptions(in words: [String]) -> GlobalOptions? {
    var accepted: [String] = []
    var index = words.startIndex
    while index < words.endIndex {
      let word = words[index]
      index += 1
      guard word.hasPrefix("-"), word != "-", word != "--" else { continue }
      if index < words.endIndex, !word.contains("="), (try? GlobalOptions.parse([word, words[index]])) != nil {
        accepted += [word, words[index]]
        index += 1
      } else if (try? GlobalOptions.parse([word])) != nil {
        accepted.append(word)
      }
    }
    return try? GlobalOptions.parse(accepted)
  }

  /// The words of the command line when `arguments` are the completion scripts' request for `-n`'s candidates
  /// (`---completion events -- --namespace CWORD CURSOR lamp events -n ''`).
  static func completionRequest(_ arguments: [String]) -> [String]? {
    guard arguments.first == "---completion", let separator = arguments.firstIndex(of: "--"),
      separator + 3 < arguments.endIndex, ["-n", "--namespace"].contains(arguments[separator + 1])
    else { return nil }
    return Array(arguments[(separator + 4)...])
  }
}

extension CompletionKind {
  /// The cluster's namespaces. The scripts ask lamp for them (`---completion`), and `LampCLI` answers before
  /// parsing: a list from the network needs `await`, and ArgumentParser's asynchronous completions would make
  /// every parse of the command tree asynchronous. So this closure is never called.
  static var namespaces: CompletionKind {
    .custom { _, _, _ in [] }
  }
}
