import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Command-line overrides of the kubeconfig, with kubectl's precedence: `context` picks the context,
/// `cluster`/`user` replace that context's, `namespace` wins over the context's, `server` replaces the
/// cluster's server, `insecureSkipTLSVerify == true` drops the certificate authority, `certificateAuthority`
/// replaces it, `token` replaces the user's credentials, and `clientCertificate`/`clientKey` replace the user's.
/// File overrides are paths. Empty strings mean unset.
public struct ConfigOverrides: Sendable, Equatable {
  public var context: String?
  public var cluster: String?
  public var user: String?
  public var namespace: String?
  public var server: String?
  public var insecureSkipTLSVerify: Bool?
  /// `--certificate-authority`: a PEM file of the authorities to trust.
  public var certificateAuthority: String?
  /// `--tls-server-name`: the name to check the server's certificate against.
  public var tlsServerName: String?
  /// `--token`: a bearer token, in place of the user's token, token file, basic auth, exec plugin or OIDC.
  public var token: String?
  /// `--client-certificate` and `--client-key`: PEM files.
  public var clientCertificate: String?
  public var clientKey: String?
  /// `--as`: the user to impersonate.
  public var asUser: String?
  /// `--as-group` (repeatable); non-empty replaces the kubeconfig's `as-groups`.
  public var asGroups: [String]
  /// `--as-uid`.
  public var asUID: String?
  /// `--request-timeout`; nil means none.
  public var requestTimeout: Duration?

  public init(
    context: String? = nil, cluster: String? = nil, user: String? = nil, namespace: String? = nil,
    server: String? = nil, insecureSkipTLSVerify: Bool? = nil, certificateAuthority: String? = nil,
    tlsServerName: String? = nil, token: String? = nil, clientCertificate: String? = nil, clientKey: String? = nil,
    asUser: String? = nil, asGroups: [String] = [], asUID: String? = nil, requestTimeout: Duration? = nil
  ) {
    self.context = context
    self.cluster = cluster
    self.user = user
    self.namespace = namespace
    self.server = server
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.certificateAuthority = certificateAuthority
    self.tlsServerName = tlsServerName
    self.token = token
    self.clientCertificate = clientCertificate
    self.clientKey = clientKey
    self.asUser = asUser
    self.asGroups = asGroups
    self.asUID = asUID
    self.requestTimeout = requestTimeout
  }

  /// Parses a `--request-timeout` value as kubectl does: `0` means no timeout, a bare integer is seconds,
  /// otherwise a Go duration such as `30s`, `1m30s`, `500ms` or `1h`.
  public static func parseRequestTimeout(_ text: String) throws(KubeconfigError) -> Duration? {
    let trimmed = text.trimmingSpaces()
    if let seconds = Int64(trimmed), seconds >= 0 {
      return seconds == 0 ? nil : .seconds(seconds)
    }
    guard let duration = parseGoDuration(trimmed) else { throw .invalidRequestTimeout(text) }
    return duration == .zero ? nil : duration
  }

  /// A non-negative Go duration (`1h2m3.5s`, `250ms`, `10us`, `5ns`); nil if malformed.
  private static func parseGoDuration(_ text: String) -> Duration? {
    let units: [(String, Double)] = [
      ("ns", 1e-9), ("us", 1e-6), ("µs", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600),
    ]
    var rest = Substring(text)
    var totalSeconds = 0.0
    guard !rest.isEmpty else { return nil }
    while !rest.isEmpty {
      let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
      guard !number.isEmpty, let value = Double(number) else { return nil }
      rest = rest.dropFirst(number.count)
      let unitText = rest.prefix { !($0.isASCII && ($0.isNumber || $0 == ".")) }
      guard let unit = units.first(where: { $0.0 == String(unitText) }) else { return nil }
      rest = rest.dropFirst(unitText.count)
      totalSeconds += value * unit.1
    }
    let nanoseconds = (totalSeconds * 1e9).rounded()
    guard nanoseconds.isFinite, nanoseconds < Double(Int64.max) else { return nil }
    return .nanoseconds(Int64(nanoseconds))
  }
}

extension ConfigOverrides: CustomStringConvertible, CustomDebugStringConvertible {
  /// Every field but the token, which is only said to be there.
  public var description: String {
    let fields = Mirror(reflecting: self).children.map { field in
      field.label == "token" && token != nil ? "token: <redacted>" : "\(field.label ?? ""): \(field.value)"
    }
    return "ConfigOverrides(" + fields.joined(separator: ", ") + ")"
  }

  public var debugDescription: String { description }
}

extension String {
  /// nil for the empty string, as kubectl treats empty flag values as unset.
  var nonEmptyValue: String? { isEmpty ? nil : self }
}

extension Optional where Wrapped == String {
  /// nil for nil and for the empty string.
  var nonEmptyValue: String? { self.flatMap { $0.nonEmptyValue } }
}
