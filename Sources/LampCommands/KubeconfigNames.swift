import ArgumentParser
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Context, cluster and user names for shell completion; never fails (completion must stay quiet).
enum KubeconfigNames {
  /// The names in the kubeconfig the command line names (`--kubeconfig` among `words`), else the environment's.
  static func names(for flag: String, words: [String], environment: LampEnvironment) -> [String] {
    let loader = KubeconfigLoader(
      explicitPath: NamespaceNames.globalOptions(in: words)?.kubeconfig, environment: environment.variables,
      currentDirectory: FileManager.default.currentDirectoryPath)
    guard let view = try? loader.view() else { return [] }
    switch flag {
    case "--context": return view.contexts.map(\.name)
    case "--cluster": return view.clusters
    default: return view.users
    }
  }
}

extension CompletionKind {
  /// The kubeconfig's context, cluster or user names (`flag`: `--context`, `--cluster`, `--user`).
  static func kubeconfig(_ flag: String) -> CompletionKind {
    .custom { words, _, _ in KubeconfigNames.names(for: flag, words: words, environment: LampEnvironment.current) }
  }
}
