import Crypto
import Foundation
import KubeAPI
import Testing
import X509

@testable import KubeSim

@Suite struct DemoCertificateTests {
  private let now = Date(timeIntervalSince1970: 1_900_000_000)

  private func secret(_ objects: [JSONValue], _ namespace: String, _ name: String) throws -> (Certificate, String) {
    let object = try #require(
      objects.first {
        $0["kind"]?.stringValue == "Secret" && $0[path: ["metadata", "namespace"]]?.stringValue == namespace
          && $0[path: ["metadata", "name"]]?.stringValue == name
      })
    let crt = try decoded(object, "tls.crt")
    let key = try decoded(object, "tls.key")
    let first = try #require(crt.components(separatedBy: "-----END CERTIFICATE-----").first)
    return (try Certificate(pemEncoded: first + "-----END CERTIFICATE-----\n"), key)
  }

  private func decoded(_ object: JSONValue, _ key: String) throws -> String {
    let base64 = try #require(object[path: ["data", key]]?.stringValue)
    return String(decoding: try #require(Data(base64Encoded: base64)), as: UTF8.self)
  }

  private func days(_ date: Date) -> Int {
    Int((date.timeIntervalSince(now) / 86_400).rounded())
  }

  @Test func tlsSecretsExpireWhenClaimed() throws {
    let objects = try DemoScenario.objects(now: now)
    let (soon, soonKey) = try secret(objects, "shop", "shop-demo-tls")
    #expect(days(soon.notValidAfter) == 20)
    #expect(soon.subject.description.contains("shop.demo.example.com"))
    #expect(
      try P256.Signing.PrivateKey(pemRepresentation: soonKey).publicKey.rawRepresentation
        == P256.Signing.PublicKey(soon.publicKey)?.rawRepresentation)
    #expect(days(try secret(objects, "shop", "legacy-tls").0.notValidAfter) == -5)
    #expect(days(try secret(objects, "monitoring", "prometheus-tls").0.notValidAfter) >= 360)
    let (payments, paymentsKey) = try secret(objects, "shop", "payments-tls")
    #expect(
      try P256.Signing.PrivateKey(pemRepresentation: paymentsKey).publicKey.rawRepresentation
        != P256.Signing.PublicKey(payments.publicKey)?.rawRepresentation)
    #expect(payments.notValidAfter > now)
  }

  @Test func leafIsSignedByTheChainItCarries() throws {
    let objects = try DemoScenario.objects(now: now)
    let object = try #require(objects.first { $0[path: ["metadata", "name"]]?.stringValue == "shop-demo-tls" })
    let pem = try decoded(object, "tls.crt")
    let blocks = pem.components(separatedBy: "-----END CERTIFICATE-----\n").filter { !$0.isEmpty }
    let certificates = try blocks.map { try Certificate(pemEncoded: $0 + "-----END CERTIFICATE-----\n") }
    #expect(certificates.count == 2)
    #expect(certificates[0].issuer == certificates[1].subject)
    #expect(certificates[1].publicKey.isValidSignature(certificates[0].signature, for: certificates[0]))
  }
}
