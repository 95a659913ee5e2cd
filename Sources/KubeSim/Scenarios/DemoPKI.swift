import Crypto
import Foundation
import X509

/// A throwaway certificate authority for the demo: a self-signed P-256 CA that issues server certificates.
struct DemoPKI {
  /// A certificate with its private key, both as PEM text.
  struct Issued {
    var certificatePEM: String
    var keyPEM: String
  }

  let key: P256.Signing.PrivateKey
  let certificate: Certificate
  private let subject: DistinguishedName

  /// A CA named `commonName`, valid from `notBefore` to `notAfter`.
  init(commonName: String, organization: String, notBefore: Date, notAfter: Date) throws(ScenarioError) {
    let key = P256.Signing.PrivateKey()
    do {
      let subject = try DistinguishedName {
        OrganizationName(organization)
        CommonName(commonName)
      }
      let publicKey = Certificate.PublicKey(key.publicKey)
      let extensions = try Certificate.Extensions {
        Critical(BasicConstraints.isCertificateAuthority(maxPathLength: 0))
        Critical(KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true))
        SubjectKeyIdentifier(hash: publicKey)
      }
      certificate = try Certificate(
        version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey, notValidBefore: notBefore,
        notValidAfter: notAfter, issuer: subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256,
        extensions: extensions, issuerPrivateKey: Certificate.PrivateKey(key))
      self.subject = subject
      self.key = key
    } catch {
      throw .credentialGeneration("CA \(commonName): \(error)")
    }
  }

  /// The CA certificate as PEM.
  func certificatePEM() throws(ScenarioError) -> String {
    try Self.pem(certificate)
  }

  /// A server certificate for `dnsNames` (the first is the common name) signed by this CA.
  func issue(dnsNames: [String], notBefore: Date, notAfter: Date) throws(ScenarioError) -> Issued {
    let leafKey = P256.Signing.PrivateKey()
    do {
      let leafSubject = try DistinguishedName {
        CommonName(dnsNames.first ?? "localhost")
      }
      let publicKey = Certificate.PublicKey(leafKey.publicKey)
      let authorityKeyIdentifier = SubjectKeyIdentifier(hash: Certificate.PublicKey(key.publicKey)).keyIdentifier
      let extensions = try Certificate.Extensions {
        Critical(BasicConstraints.notCertificateAuthority)
        Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
        try ExtendedKeyUsage([.serverAuth])
        SubjectKeyIdentifier(hash: publicKey)
        AuthorityKeyIdentifier(keyIdentifier: authorityKeyIdentifier)
        SubjectAlternativeNames(dnsNames.map { GeneralName.dnsName($0) })
      }
      let leaf = try Certificate(
        version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey, notValidBefore: notBefore,
        notValidAfter: notAfter, issuer: subject, subject: leafSubject, signatureAlgorithm: .ecdsaWithSHA256,
        extensions: extensions, issuerPrivateKey: Certificate.PrivateKey(key))
      return Issued(certificatePEM: try Self.pem(leaf), keyPEM: leafKey.pemRepresentation + "\n")
    } catch let error as ScenarioError {
      throw error
    } catch {
      throw .credentialGeneration("certificate for \(dnsNames.joined(separator: ",")): \(error)")
    }
  }

  private static func pem(_ certificate: Certificate) throws(ScenarioError) -> String {
    do {
      return try certificate.serializeAsPEM().pemString + "\n"
    } catch {
      throw .credentialGeneration("PEM encoding: \(error)")
    }
  }
}
