import CurlHTTP
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension CredentialProvider: CredentialSupplier {
  public func authorizationHeader() async throws -> String? {
    try await authorization()?.headerValue
  }

  public nonisolated var refreshes: Bool { source.isRefreshable }
}

extension KubeClient {
  /// Connects to the cluster a resolved kubeconfig describes: libcurl transport with its TLS material,
  /// credentials (exec plugins run lazily, on the first request), impersonation headers.
  public static func connect(
    config: ClientConfig, log: HTTPLog = .off, stderr: @escaping @Sendable (Data) -> Void,
    stdinIsTerminal: Bool, clock: @escaping @Sendable () -> Date = Date.init
  ) async throws -> KubeClient {
    let credentials = CredentialProvider(
      source: config.credentials, stderr: stderr, stdinIsTerminal: stdinIsTerminal, clock: clock)
    var transportConfiguration = config.transportConfiguration(userAgent: userAgent)
    if credentials.mayProvideClientCertificate, let pair = try await credentials.clientCertificate() {
      transportConfiguration.clientCertificatePEM = pair.cert
      transportConfiguration.clientKeyPEM = pair.key
    }
    let transport: CurlTransport
    do {
      transport = try CurlTransport(configuration: transportConfiguration, log: log)
    } catch {
      throw KubeError.transport(error, server: config.server)
    }
    guard let server = URL(string: config.baseURL), server.host != nil else {
      throw KubeError.credentials("invalid server URL \"\(config.baseURL)\"")
    }
    return KubeClient(
      server: server, namespace: config.namespace, transport: transport, credentials: credentials,
      extraHeaders: impersonationHeaders(config.impersonation))
  }

  /// `lamp/0.1.0 (linux/amd64)`.
  public static var userAgent: String {
    #if arch(arm64)
      let arch = "arm64"
    #else
      let arch = "amd64"
    #endif
    return "lamp/0.1.0 (linux/\(arch))"
  }

  /// The `Impersonate-*` headers (kube-api-wire §9); extra keys are percent-encoded as header names require.
  static func impersonationHeaders(_ impersonation: ClientConfig.Impersonation) -> [HTTPHeader] {
    var headers: [HTTPHeader] = []
    if let user = impersonation.user { headers.append(HTTPHeader("Impersonate-User", user)) }
    headers += impersonation.groups.map { HTTPHeader("Impersonate-Group", $0) }
    if let uid = impersonation.uid { headers.append(HTTPHeader("Impersonate-Uid", uid)) }
    for (key, values) in impersonation.extra.sorted(by: { $0.key < $1.key }) {
      headers += values.map { HTTPHeader("Impersonate-Extra-" + PathEscaping.query(key), $0) }
    }
    return headers
  }
}
