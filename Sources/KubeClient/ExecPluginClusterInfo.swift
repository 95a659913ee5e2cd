import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The cluster description an exec plugin receives in `spec.cluster` when `provideClusterInfo` is set.
public struct ExecPluginClusterInfo: Sendable, Equatable {
  /// The full server URL, path included.
  public var server: String
  public var tlsServerName: String?
  public var insecureSkipTLSVerify: Bool
  /// PEM bytes (sent base64-encoded, like the kubeconfig field).
  public var certificateAuthorityData: Data?
  public var proxyURL: String?
  public var disableCompression: Bool
  /// The cluster's `client.authentication.k8s.io/exec` extension.
  public var config: JSONValue?

  public init(
    server: String, tlsServerName: String? = nil, insecureSkipTLSVerify: Bool = false,
    certificateAuthorityData: Data? = nil, proxyURL: String? = nil, disableCompression: Bool = false,
    config: JSONValue? = nil
  ) {
    self.server = server
    self.tlsServerName = tlsServerName
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.certificateAuthorityData = certificateAuthorityData
    self.proxyURL = proxyURL
    self.disableCompression = disableCompression
    self.config = config
  }

  /// The JSON object of `spec.cluster`; empty optional fields are left out, as client-go does.
  var json: JSONValue {
    var members: [String: JSONValue] = ["server": .string(server)]
    if let tlsServerName, !tlsServerName.isEmpty { members["tls-server-name"] = .string(tlsServerName) }
    if insecureSkipTLSVerify { members["insecure-skip-tls-verify"] = .bool(true) }
    if let certificateAuthorityData, !certificateAuthorityData.isEmpty {
      members["certificate-authority-data"] = .string(certificateAuthorityData.base64EncodedString())
    }
    if let proxyURL, !proxyURL.isEmpty { members["proxy-url"] = .string(proxyURL) }
    if disableCompression { members["disable-compression"] = .bool(true) }
    if let config { members["config"] = config }
    return .object(members)
  }
}
