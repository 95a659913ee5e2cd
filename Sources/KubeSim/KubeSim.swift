import Foundation
import KubeAPI

/// An in-memory Kubernetes API server over HTTPS, for tests, the demo and benchmarks.
public final class KubeSim: Sendable {
  /// `https://127.0.0.1:PORT`.
  public let url: URL
  public let port: Int
  /// The CA that signed the serving and client certificates (PEM).
  public let caPEM: Data
  let state: SimState
  private let server: HTTPServer
  private let credentials: SimCredentials

  private init(url: URL, port: Int, caPEM: Data, state: SimState, server: HTTPServer, credentials: SimCredentials) {
    self.url = url
    self.port = port
    self.caPEM = caPEM
    self.state = state
    self.server = server
    self.credentials = credentials
  }

  /// Generates the PKI, loads the scenario and state files, and starts serving.
  public static func start(_ options: SimOptions) async throws -> KubeSim {
    // Certificates are valid in real time, whatever the simulated clock says.
    let authority = try CertificateAuthority(now: Date())
    let serverCertificate = try authority.issueServer(hosts: [options.host], now: Date())
    let credentials = try SimCredentials(authority: authority, now: Date())
    let state = SimState(
      clock: SimClock(start: options.now), faults: options.faults, hiddenGroups: options.hiddenGroups)
    try await state.load(SimBootstrap.objects() + BuiltinState.rbacObjects())
    try await state.load(try scenarioObjects(options))
    for path in options.statePaths {
      try await state.load(try StateLoader.load(path: path))
    }
    let api = SimAPI(
      state: state, credentials: credentials, requestLog: options.requestLog, permissionLog: options.permissionLog)
    let server = try await HTTPServer.start(
      host: options.host, port: options.port, serverCertificate: serverCertificate,
      caPEM: authority.certificatePEM, api: api)
    let host = options.host.contains(":") ? "[\(options.host)]" : options.host
    guard let url = URL(string: "https://\(host):\(server.port)") else {
      await server.stop()
      throw SimError.startup("invalid host \(options.host)")
    }
    let sim = KubeSim(
      url: url, port: server.port, caPEM: Data(authority.certificatePEM.utf8), state: state, server: server,
      credentials: credentials)
    if let path = options.kubeconfigOut {
      do {
        _ = try sim.kubeconfig(path: path)
      } catch {
        await server.stop()
        throw error
      }
    }
    return sim
  }

  private static func scenarioObjects(_ options: SimOptions) throws -> [JSONValue] {
    switch options.scenario {
    case .empty:
      return []
    case .demo:
      return try BuiltinState.crdObjects() + DemoScenario.objects(now: options.now)
    case .scale(let spec):
      return try BuiltinState.crdObjects() + ScaleScenario(spec: spec).objects(now: options.now)
    }
  }

  /// Writes a kubeconfig for this server (and the exec plugin script beside it); returns its YAML.
  public func kubeconfig(path: String) throws -> String {
    try KubeconfigWriter(server: url, caPEM: String(decoding: caPEM, as: UTF8.self), credentials: credentials)
      .write(to: path)
  }

  /// The admin client certificate and key (PEM; CN=admin, O=system:masters).
  public var adminCertificate: (certificatePEM: String, keyPEM: String) {
    (credentials.admin.certificatePEM, credentials.admin.privateKeyPEM)
  }

  /// The bearer token of a kubeconfig context (`viewer`, `serviceaccount`, `exec`, `no-pods-proxy`).
  public func token(context: String) -> String? {
    switch context {
    case "viewer": return credentials.viewerToken
    case "serviceaccount": return credentials.serviceAccountToken
    case "exec": return credentials.execToken
    case "no-pods-proxy": return credentials.noPodsProxyToken
    default: return nil
    }
  }

  /// Replaces the injected faults.
  public func setFaults(_ faults: SimFaults) async {
    await state.setFaults(faults)
  }

  /// Creates or replaces objects (as a controller would): bumps resourceVersions and notifies watchers.
  public func apply(_ objects: [JSONValue]) async throws {
    try await state.load(objects)
  }

  /// Stops serving and closes all connections.
  public func stop() async {
    await server.stop()
  }
}
