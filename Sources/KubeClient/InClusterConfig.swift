import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The configuration of a pod's service account: `KUBERNETES_SERVICE_HOST`/`PORT` plus the token, CA and
/// namespace files mounted under `root`.
public enum InClusterConfig {
  /// Where Kubernetes mounts the service account files.
  public static let defaultRoot = "/var/run/secrets/kubernetes.io/serviceaccount"

  /// True when both service environment variables are set (the pod's view of "in cluster").
  public static func isAvailable(environment: [String: String]) -> Bool {
    environment["KUBERNETES_SERVICE_HOST"].nonEmptyValue != nil
      && environment["KUBERNETES_SERVICE_PORT"].nonEmptyValue != nil
  }

  /// The in-cluster `ClientConfig` with the overrides that make sense without a kubeconfig applied
  /// (namespace, server, certificate authority, insecure, token, impersonation, timeout). The service account's
  /// token is re-read by `CredentialProvider`.
  public static func clientConfig(
    environment: [String: String], root: String = defaultRoot, overrides: ConfigOverrides = ConfigOverrides()
  ) throws(KubeconfigError) -> ClientConfig {
    guard let host = environment["KUBERNETES_SERVICE_HOST"].nonEmptyValue,
      let port = environment["KUBERNETES_SERVICE_PORT"].nonEmptyValue
    else { throw .noConfiguration() }
    let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    let rawServer = overrides.server.nonEmptyValue ?? "https://\(bracketed):\(port)"
    let server = try KubeconfigServerURL(parsing: rawServer, defaultTLS: true, cluster: nil)

    let credentials: CredentialSource
    if let token = overrides.token.nonEmptyValue {
      credentials = .token(token)
    } else {
      let tokenPath = KubeconfigPath.resolve("token", against: root)
      let token = try KubeconfigResolver.readToken(tokenPath, field: "token", owner: .inCluster)
      credentials = .tokenFile(path: tokenPath, initialToken: token)
    }
    let insecure = overrides.insecureSkipTLSVerify ?? false
    var caPEM: Data?
    if !insecure {
      caPEM = try KubeconfigResolver.flagFile(overrides.certificateAuthority, flag: "--certificate-authority")
      if caPEM == nil {
        caPEM = try KubeconfigResolver.read(
          KubeconfigPath.resolve("ca.crt", against: root), field: "ca.crt", owner: .inCluster)
      }
    }

    var namespace = "default"
    var namespaceFromOverride = false
    if let override = overrides.namespace.nonEmptyValue {
      namespace = override
      namespaceFromOverride = true
    } else if let fromEnvironment = environment["POD_NAMESPACE"].nonEmptyValue {
      namespace = fromEnvironment
    } else if let fromFile = try namespaceFile(root: root) {
      namespace = fromFile
    }

    let impersonation = ClientConfig.Impersonation(
      user: overrides.asUser.nonEmptyValue, groups: overrides.asGroups, uid: overrides.asUID.nonEmptyValue)
    if impersonation.user == nil && !impersonation.isEmpty { throw .impersonationWithoutUser(user: nil) }
    return ClientConfig(
      origin: .inCluster, server: server.origin, pathPrefix: server.pathPrefix, caPEM: caPEM,
      insecureSkipTLSVerify: insecure, requestTimeout: overrides.requestTimeout, namespace: namespace,
      namespaceFromOverride: namespaceFromOverride, impersonation: impersonation,
      credentials: credentials)
  }

  /// The trimmed content of `root/namespace`; nil when the file does not exist or is empty.
  private static func namespaceFile(root: String) throws(KubeconfigError) -> String? {
    let path = KubeconfigPath.resolve("namespace", against: root)
    do {
      let data = try FileReader.contents(of: path)
      return String(decoding: data, as: UTF8.self).trimmingWhitespace().nonEmptyValue
    } catch  where error.isNotFound {
      return nil
    } catch {
      throw .unreadableFile(field: "namespace", path: path, owner: .inCluster, reason: error.reason)
    }
  }
}
