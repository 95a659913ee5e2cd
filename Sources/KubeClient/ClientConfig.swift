import CurlHTTP

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Everything needed to talk to one cluster as one user: the result of loading the kubeconfig (or the
/// in-cluster configuration) and applying the command-line overrides.
public struct ClientConfig: Sendable {
  /// Where the configuration came from.
  public enum Origin: Sendable, Equatable {
    /// Kubeconfig files, in precedence order.
    case kubeconfig(files: [String])
    /// The pod's service account (`KUBERNETES_SERVICE_HOST`/`PORT` and its mounted files).
    case inCluster
    /// Only `--server` (no kubeconfig): anonymous unless the cluster accepts something else.
    case overrides
  }

  public var origin: Origin
  /// `scheme://host[:port]`, without a path (IPv6 hosts in brackets).
  public var server: String
  /// The server URL's path (`/k8s/clusters/c-1`), without a trailing slash; empty when none.
  public var pathPrefix: String
  /// PEM bytes of the certificate authorities to trust; nil uses the system trust store.
  public var caPEM: Data?
  /// PEM client certificate and key from the kubeconfig (exec plugins may add theirs at run time).
  public var clientCertificatePEM: Data?
  public var clientKeyPEM: Data?
  public var insecureSkipTLSVerify: Bool
  public var tlsServerName: String?
  public var proxyURL: String?
  /// Ask for gzip responses (false when the cluster sets `disable-compression`).
  public var compression: Bool
  /// `--request-timeout`; nil means none.
  public var requestTimeout: Duration?
  /// The namespace to use: `-n`, else the context's, else `default`.
  public var namespace: String
  /// True when the namespace came from `-n/--namespace` (kubectl's "enforce namespace").
  public var namespaceFromOverride: Bool
  /// Names of the selected context, cluster and user; nil when not from a kubeconfig.
  public var contextName: String?
  public var clusterName: String?
  public var userName: String?
  public var impersonation: Impersonation
  /// How requests authenticate; hand it to a `CredentialProvider`.
  public var credentials: CredentialSource

  public init(
    origin: Origin, server: String, pathPrefix: String = "", caPEM: Data? = nil, clientCertificatePEM: Data? = nil,
    clientKeyPEM: Data? = nil, insecureSkipTLSVerify: Bool = false, tlsServerName: String? = nil,
    proxyURL: String? = nil, compression: Bool = true, requestTimeout: Duration? = nil, namespace: String = "default",
    namespaceFromOverride: Bool = false, contextName: String? = nil, clusterName: String? = nil,
    userName: String? = nil, impersonation: Impersonation = Impersonation(), credentials: CredentialSource = .none
  ) {
    self.origin = origin
    self.server = server
    self.pathPrefix = pathPrefix
    self.caPEM = caPEM
    self.clientCertificatePEM = clientCertificatePEM
    self.clientKeyPEM = clientKeyPEM
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.tlsServerName = tlsServerName
    self.proxyURL = proxyURL
    self.compression = compression
    self.requestTimeout = requestTimeout
    self.namespace = namespace
    self.namespaceFromOverride = namespaceFromOverride
    self.contextName = contextName
    self.clusterName = clusterName
    self.userName = userName
    self.impersonation = impersonation
    self.credentials = credentials
  }

  /// `server` + `pathPrefix`: prepend this to `/api/...` and `/apis/...` paths.
  public var baseURL: String { server + pathPrefix }

  /// The transport settings of this configuration.
  public func transportConfiguration(
    userAgent: String = "lamp", connectTimeout: Duration = .seconds(10)
  ) -> TransportConfiguration {
    TransportConfiguration(
      caPEM: caPEM, clientCertificatePEM: clientCertificatePEM, clientKeyPEM: clientKeyPEM,
      insecureSkipTLSVerify: insecureSkipTLSVerify, tlsServerName: tlsServerName, proxyURL: proxyURL,
      compression: compression, connectTimeout: connectTimeout, requestTimeout: requestTimeout,
      userAgent: userAgent)
  }
}
