import ArgumentParser
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Context, cluster and user names for shell completion; never fails (completion must stay quiet).
enum KubeconfigNames {
  static func names(for flag: String, environment: LampEnvironment) -> [String] {
    let loader = KubeconfigLoader(
      environment: environment.variables, currentDirectory: FileManager.default.currentDirectoryPath)
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
    .custom { _, _, _ in KubeconfigNames.names(for: flag, environment: LampEnvironment.current) }
  }
}
