import Foundation
import KubeClient

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
