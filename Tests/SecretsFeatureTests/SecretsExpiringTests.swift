import Foundation
import LampTestSupport
import Testing

@Suite("lamp secrets expiring")
struct SecretsExpiringTests {
  @Test("expired first, then soonest; exit 3 when any certificate is inside the window")
  func expiringInShop() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let result = await LampRunner.run(["secrets", "expiring", "-n", "shop"], kubeconfig: cluster.kubeconfigPath)
    #expect(result.code == 3, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.dropFirst().first?.hasPrefix("legacy-tls") == true)
    #expect(lines.last?.hasPrefix("shop-demo-tls") == true)
    Golden.assert(result.stdout, named: "expiring-shop.txt")
  }

  @Test("-A with JSON output, and a window nothing falls into exits 0")
  func allNamespaces() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let json = await LampRunner.run(
      ["secrets", "expiring", "-A", "--within", "400d", "-o", "json"], kubeconfig: cluster.kubeconfigPath)
    #expect(json.code == 3)
    #expect(json.stdout.contains("\"kind\": \"ExpiringCertificateList\""))
    #expect(json.stdout.contains("prometheus-tls"))
    #expect(json.stdout.contains("kedaorg-certs"))
    Golden.assert(json.stdout, named: "expiring-all-400d.json")

    let none = await LampRunner.run(
      ["secrets", "expiring", "-n", "monitoring", "--within", "1d"], kubeconfig: cluster.kubeconfigPath)
    #expect(none.code == 0, "\(none.stdout)\(none.stderr)")
    #expect(none.stdout.isEmpty)
    #expect(none.stderr == "No certificates expire within 1d.\n")
  }

  @Test("days left round toward zero both ways, as ages do: 5.5 days past notAfter is -5, like \"5d ago\"")
  func daysRoundTowardZero() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    let later = TestCluster.referenceNow.addingTimeInterval(12 * 3600)
    let json = await LampRunner.run(
      ["secrets", "expiring", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath, now: later)
    #expect(json.stdout.contains("\"daysLeft\": -5,\n            \"expired\": true"), "\(json.stdout)")
    let show = await LampRunner.run(
      ["secrets", "show", "legacy-tls", "-n", "shop"], kubeconfig: cluster.kubeconfigPath, now: later)
    #expect(show.stdout.contains("(EXPIRED 5d12h ago)") || show.stdout.contains("(EXPIRED 5d ago)"), "\(show.stdout)")
  }

  @Test("a certificate not valid yet is listed and shown as such, as an expired one is")
  func notYetValid() async throws {
    let cluster = try await TestCluster.start()
    defer { Task { await cluster.stop() } }
    // legacy-tls's certificate is valid from 370 days before the demo's now: ask 375 days before it.
    let earlier = TestCluster.referenceNow.addingTimeInterval(-375 * 86_400)
    let table = await LampRunner.run(
      ["secrets", "expiring", "-n", "shop"], kubeconfig: cluster.kubeconfigPath, now: earlier)
    #expect(table.code == 3, "\(table.stderr)")
    let row = try #require(table.stdout.split(separator: "\n").first { $0.hasPrefix("legacy-tls") })
    #expect(row.hasSuffix("NotYetValid"), "\(table.stdout)")
    let json = await LampRunner.run(
      ["secrets", "expiring", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath, now: earlier)
    #expect(json.stdout.contains("\"notBefore\": \"2025-11-15T12:00:00Z\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"notYetValid\": true"), "\(json.stdout)")
    let show = await LampRunner.run(
      ["secrets", "show", "legacy-tls", "-n", "shop"], kubeconfig: cluster.kubeconfigPath, now: earlier)
    #expect(show.stdout.contains("Not before:  2025-11-15T12:00:00Z (NOT YET VALID, valid in 5d)"), "\(show.stdout)")
    let shown = await LampRunner.run(
      ["secrets", "show", "legacy-tls", "-n", "shop", "-o", "json"], kubeconfig: cluster.kubeconfigPath, now: earlier)
    #expect(shown.stdout.contains("\"notYetValid\": true"), "\(shown.stdout)")
  }

  @Test("a bad --within is a usage error")
  func badWindow() async throws {
    let result = await LampRunner.run(["secrets", "expiring", "--within", "soon"], kubeconfig: "/nonexistent/kc")
    #expect(result.code == 2)
  }
}
