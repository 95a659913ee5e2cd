import CurlHTTP
import KubeAPI
import KubeClient

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The cluster the flags and the kubeconfig select, connected: kubectl's "Complete" step, done once per command.
struct ClusterSession: Sendable {
  let config: ClientConfig
  let client: KubeClient
  let discovery: Discovery

  /// The namespace commands use when none is given: `-n`, else the context's, else `default`.
  var namespace: String { config.namespace }

  static func connect(_ global: GlobalOptions, environment: LampEnvironment = .current) async throws -> ClusterSession {
    let config = try clientConfig(global, environment: environment)
    let stderr = environment.stderr
    let log = HTTPLog(verbosity: global.verbosity) { line in stderr.write(line + "\n") }
    let client = try await KubeClient.connect(
      config: config, log: log, stderr: { stderr.write($0) }, stdinIsTerminal: environment.stdinIsTerminal,
      clock: environment.now)
    let cache = DiscoveryCache.defaultDirectory(environment: environment.variables).map {
      DiscoveryCache(directory: $0)
    }
    return ClusterSession(config: config, client: client, discovery: Discovery(client: client, cache: cache))
  }

  /// Resolves the kubeconfig with the command line's overrides, without connecting.
  static func clientConfig(_ global: GlobalOptions, environment: LampEnvironment) throws -> ClientConfig {
    let overrides = try overrides(global)
    let config = try loader(global, environment: environment).clientConfig(overrides: overrides)
    // A -n that no request path can hold is a usage error, found before any request (a context's is refused by the
    // first request that uses it).
    if config.namespaceFromOverride {
      do {
        _ = try PathEscaping.segment(config.namespace, role: .namespace)
      } catch {
        throw CommandError.usage(error.description)
      }
    }
    return config
  }

  /// The command line's overrides, checked: a bad value or a conflict is a usage error, found before any output
  /// (`lamp version` prints the client's version before it connects).
  static func overrides(_ global: GlobalOptions) throws -> ConfigOverrides {
    let timeout: Duration?
    do {
      timeout = try ConfigOverrides.parseRequestTimeout(global.requestTimeout)
    } catch {
      throw CommandError.usage(error.description)
    }
    if global.insecureSkipTLSVerify, let authority = global.certificateAuthority, !authority.isEmpty {
      throw CommandError.usage("--insecure-skip-tls-verify and --certificate-authority cannot be used together")
    }
    return ConfigOverrides(
      context: global.context, cluster: global.cluster, user: global.user, namespace: global.namespace,
      server: global.server, insecureSkipTLSVerify: global.insecureSkipTLSVerify ? true : nil,
      certificateAuthority: global.certificateAuthority, tlsServerName: global.tlsServerName, token: global.token,
      clientCertificate: global.clientCertificate, clientKey: global.clientKey, asUser: global.asUser,
      asGroups: global.asGroups, asUID: global.asUID, requestTimeout: timeout)
  }

  static func loader(_ global: GlobalOptions, environment: LampEnvironment) -> KubeconfigLoader {
    KubeconfigLoader(
      explicitPath: global.kubeconfig, environment: environment.variables,
      currentDirectory: FileManager.default.currentDirectoryPath)
  }
}
