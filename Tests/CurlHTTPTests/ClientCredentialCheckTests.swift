import Foundation
import Testing

@testable import CurlHTTP

@Suite struct ClientCredentialCheckTests {
  private let certificate = Data("-----BEGIN CERTIFICATE-----\nMIIBAA==\n-----END CERTIFICATE-----\n".utf8)
  private let key = Data("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n".utf8)

  @Test func acceptsWellFormedPairsAndNone() throws {
    try ClientCredentialCheck.validate(certificate: nil, key: nil)
    try ClientCredentialCheck.validate(certificate: certificate, key: key)
  }

  @Test func rejectsHalvesGarbageAndEncryptedKeys() {
    let encrypted = Data(
      ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\n"
        + "MIIB\n-----END RSA PRIVATE KEY-----\n").utf8)
    let cases: [(Data?, Data?)] = [
      (certificate, nil), (nil, key), (Data("garbage".utf8), key), (certificate, Data("garbage".utf8)),
      (certificate, encrypted), (key, key),
    ]
    for (certificate, key) in cases {
      #expect {
        try ClientCredentialCheck.validate(certificate: certificate, key: key)
      } throws: { error in
        guard case .badClientCertificate = error as? HTTPError else { return false }
        return true
      }
    }
  }
}
