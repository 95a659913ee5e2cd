#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Finds, reads and merges kubeconfig files exactly as kubectl does, and turns them into a `ClientConfig`.
///
/// Sources: `--kubeconfig` alone (it must exist); else every file in `KUBECONFIG` (colon-separated, empty
/// entries and missing files skipped); else `$HOME/.kube/config` if it exists; else, when nothing was
/// defined, the in-cluster service account; else `KubeconfigError.noConfiguration`.
public struct KubeconfigLoader: Sendable {
  /// `--kubeconfig`, if given.
  public var explicitPath: String?
  /// lamp's environment: `KUBECONFIG`, `HOME`, in-cluster variables, and the base of exec plugins' environment.
  public var environment: [String: String]
  /// Relative kubeconfig paths (from `--kubeconfig` or `KUBECONFIG`) resolve against this directory.
  public var currentDirectory: String
  /// Where the in-cluster service account files are (tests point it at a temporary directory).
  public var inClusterRoot: String

  public init(
    explicitPath: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
    currentDirectory: String = FileManager.default.currentDirectoryPath,
    inClusterRoot: String = InClusterConfig.defaultRoot
  ) {
    self.explicitPath = explicitPath
    self.environment = environment
    self.currentDirectory = currentDirectory
    self.inClusterRoot = inClusterRoot
  }

  /// The files to consult, in precedence order, and whether each must exist.
  public var candidateFiles: [(path: String, required: Bool)] {
    if let explicit = explicitPath.nonEmptyValue {
      return [(KubeconfigPath.resolve(explicit, against: currentDirectory), true)]
    }
    if let list = environment["KUBECONFIG"].nonEmptyValue {
      var seen = Set<String>()
      return list.split(separator: ":", omittingEmptySubsequences: true).compactMap { entry in
        let path = KubeconfigPath.resolve(String(entry), against: currentDirectory)
        return seen.insert(path).inserted ? (path, false) : nil
      }
    }
    if let home = environment["HOME"].nonEmptyValue {
      return [(KubeconfigPath.resolve(".kube/config", against: home), false)]
    }
    return []
  }

  /// The client configuration for `overrides`, falling back to the in-cluster configuration when no
  /// kubeconfig defines anything and no kubeconfig name (context, cluster, user) was asked for.
  public func clientConfig(overrides: ConfigOverrides = ConfigOverrides()) throws(KubeconfigError) -> ClientConfig {
    let kubeconfig = try load()
    if kubeconfig.isEmpty {
      let namesRequested = [overrides.context, overrides.cluster, overrides.user].contains { $0.nonEmptyValue != nil }
      if !namesRequested && InClusterConfig.isAvailable(environment: environment) {
        return try InClusterConfig.clientConfig(environment: environment, root: inClusterRoot, overrides: overrides)
      }
      if !namesRequested && overrides.server.nonEmptyValue == nil {
        let existing = candidateFiles.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else { throw .emptyConfiguration(files: existing) }
        let fromVariable = environment["KUBECONFIG"].nonEmptyValue != nil && explicitPath.nonEmptyValue == nil
        throw .noConfiguration(missingFromKUBECONFIG: fromVariable ? candidateFiles.map(\.path) : [])
      }
    }
    return try KubeconfigResolver(kubeconfig: kubeconfig, overrides: overrides, environment: environment)
      .clientConfig()
  }

  /// The merged contexts for `lamp contexts`; `selectedContext` (from `--context`) marks the current one
  /// instead of `current-context`.
  public func view(selectedContext: String? = nil) throws(KubeconfigError) -> KubeconfigView {
    KubeconfigView(try load(), selectedContext: selectedContext.nonEmptyValue)
  }

  /// Reads and merges the candidate files.
  func load() throws(KubeconfigError) -> Kubeconfig {
    var merged = Kubeconfig()
    for (path, required) in candidateFiles {
      let data: Data
      do {
        data = try FileReader.contents(of: path)
      } catch {
        // client-go skips missing files in KUBECONFIG and a missing ~/.kube/config; other failures are errors.
        if !required && error.isNotFound { continue }
        throw .unreadableKubeconfig(path: path, reason: error.reason)
      }
      try merged.merge(try KubeconfigYAML.decode(data, file: path), from: path)
    }
    return merged
  }
}
