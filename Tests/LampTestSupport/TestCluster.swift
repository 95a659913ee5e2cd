import Foundation
import KubeSim

/// A `KubeSim` on an ephemeral port with its kubeconfig (and client credentials) in a temporary directory.
public final class TestCluster: Sendable {
  /// The simulated "now" of tests: 2026-11-20T12:00:00Z (the demo data's reference time).
  public static let referenceNow = Date(timeIntervalSince1970: 1_795_176_000)

  public let sim: KubeSim
  public let directory: URL
  /// The kubeconfig written by `KubeSim.kubeconfig(path:)`; contexts admin, viewer, serviceaccount, exec and
  /// no-pods-proxy.
  public let kubeconfigPath: String
  /// PEM files for tools that take paths (curl): CA, admin certificate and key.
  public let caPath: String
  public let adminCertificatePath: String
  public let adminKeyPath: String

  public var url: URL { sim.url }

  private init(sim: KubeSim, directory: URL) throws {
    self.sim = sim
    self.directory = directory
    kubeconfigPath = directory.appendingPathComponent("kubeconfig").path
    caPath = directory.appendingPathComponent("ca.crt").path
    adminCertificatePath = directory.appendingPathComponent("admin.crt").path
    adminKeyPath = directory.appendingPathComponent("admin.key").path
    _ = try sim.kubeconfig(path: kubeconfigPath)
    try sim.caPEM.write(to: URL(fileURLWithPath: caPath))
    try Data(sim.adminCertificate.certificatePEM.utf8).write(to: URL(fileURLWithPath: adminCertificatePath))
    try Data(sim.adminCertificate.keyPEM.utf8).write(to: URL(fileURLWithPath: adminKeyPath))
  }

  /// Starts a simulator; `configure` may adjust any option (state paths, hidden groups, ...).
  public static func start(
    scenario: SimScenario = .demo, now: Date = TestCluster.referenceNow, faults: SimFaults = .none,
    configure: (inout SimOptions) -> Void = { _ in }
  ) async throws -> TestCluster {
    var options = SimOptions(scenario: scenario, now: now, faults: faults)
    configure(&options)
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("lamp-test-\(UUID().uuidString.prefix(8))", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let sim = try await KubeSim.start(options)
    do {
      return try TestCluster(sim: sim, directory: directory)
    } catch {
      await sim.stop()
      throw error
    }
  }

  /// Stops the simulator and removes the temporary directory.
  public func stop() async {
    await sim.stop()
    do {
      try FileManager.default.removeItem(at: directory)
    } catch {
      // A leftover temporary directory is harmless.
    }
  }
}
