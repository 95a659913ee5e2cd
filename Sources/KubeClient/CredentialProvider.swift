#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hands out the current credential of one `CredentialSource`: re-reads token files at most once a minute,
/// runs exec plugins and caches their credential until it expires, and starts over after `invalidate()`
/// (which the client calls on a 401).
public actor CredentialProvider {
  /// How often a token file is re-read (client-go: once a minute).
  public static let tokenFileRefreshInterval: TimeInterval = 60

  public nonisolated let source: CredentialSource
  private let stderr: @Sendable (Data) -> Void
  private let stdinIsTerminal: Bool
  private let clock: @Sendable () -> Date
  private let execTimeout: Duration?

  private var fileToken: String?
  private var fileTokenReadAt: Date?
  private var execCredential: ExecPluginCredential?
  private var execRun: Task<ExecPluginCredential, Error>?

  /// - Parameters:
  ///   - stderr: receives exec plugins' stderr as it arrives (pass lamp's standard error).
  ///   - stdinIsTerminal: whether plugins may be interactive (`IfAvailable`, `Always`).
  ///   - clock: the current time, for token-file refreshes and credential expiry.
  ///   - execTimeout: how long a non-interactive plugin may run.
  public init(
    source: CredentialSource, stderr: @escaping @Sendable (Data) -> Void,
    stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1, clock: @escaping @Sendable () -> Date = { Date() },
    execTimeout: Duration? = .seconds(60)
  ) {
    self.source = source
    self.stderr = stderr
    self.stdinIsTerminal = stdinIsTerminal
    self.clock = clock
    self.execTimeout = execTimeout
    if case .tokenFile(_, let initialToken) = source {
      fileToken = initialToken
      fileTokenReadAt = clock()
    }
  }

  /// True when the credential may include a client certificate known only at run time (exec plugins), so
  /// the client should call `clientCertificate()` before connecting.
  public nonisolated var mayProvideClientCertificate: Bool {
    if case .exec = source { return true }
    return false
  }

  /// The `Authorization` header to send, or nil for none.
  public func authorization() async throws -> Authorization? {
    switch source {
    case .none: return nil
    case .token(let token): return .bearer(token)
    case .oidc(let idToken): return .bearer(idToken)
    case .basic(let username, let password): return .basic(username: username, password: password)
    case .tokenFile(let path, _): return .bearer(try currentFileToken(path: path))
    case .exec(let config): return try await currentExecCredential(config).token.map { .bearer($0) }
    }
  }

  /// The client certificate and key an exec plugin returned (PEM), or nil. Static certificates from the
  /// kubeconfig are in `ClientConfig`, not here.
  public func clientCertificate() async throws -> (cert: Data, key: Data)? {
    guard case .exec(let config) = source else { return nil }
    let credential = try await currentExecCredential(config)
    guard let cert = credential.clientCertificatePEM, let key = credential.clientKeyPEM else { return nil }
    return (cert, key)
  }

  /// Forgets the cached credential: the next call re-runs the exec plugin or re-reads the token file.
  public func invalidate() {
    execCredential = nil
    fileTokenReadAt = nil
  }

  private func currentFileToken(path: String) throws -> String {
    let now = clock()
    if let token = fileToken, let readAt = fileTokenReadAt,
      now.timeIntervalSince(readAt) < Self.tokenFileRefreshInterval
    {
      return token
    }
    do {
      let token = try KubeconfigResolver.readToken(path, field: "token file", owner: .bearerToken)
      fileToken = token
      fileTokenReadAt = now
      return token
    } catch {
      // Like client-go, a failed rotation keeps the last good token (the kubelet may be mid-rewrite);
      // retry on the next call. Without one the failure is the answer.
      guard let token = fileToken else { throw error }
      return token
    }
  }

  private func currentExecCredential(_ config: ExecPluginConfig) async throws -> ExecPluginCredential {
    if let credential = execCredential, credential.isValid(at: clock()) { return credential }
    // Concurrent callers share one run of the plugin.
    if let running = execRun { return try await running.value }
    let runner = ExecPluginRunner(
      config: config, stdinIsTerminal: stdinIsTerminal, timeout: execTimeout, stderr: stderr)
    let run = Task { try await runner.run() }
    execRun = run
    defer { execRun = nil }
    let credential = try await run.value
    execCredential = credential
    return credential
  }
}
