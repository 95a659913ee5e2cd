import Crypto
import Foundation
import X509

/// The simulator's PKI: a CA generated at start, the serving certificate and client certificates.
struct CertificateAuthority: Sendable {
  /// A certificate and its private key, both PEM.
  struct Issued: Sendable {
    var certificatePEM: String
    var privateKeyPEM: String
  }

  let certificatePEM: String
  private let certificate: Certificate
  private let key: P256.Signing.PrivateKey

  init(commonName: String = "lamp-sim-ca", now: Date = Date()) throws {
    let key = P256.Signing.PrivateKey()
    self.key = key
    let name = try DistinguishedName { CommonName(commonName) }
    let certificate = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
      notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(10 * 365 * 86400),
      issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256,
      extensions: try Certificate.Extensions {
        Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
        Critical(KeyUsage(digitalSignature: true, keyCertSign: true, cRLSign: true))
        SubjectKeyIdentifier(hash: .init(key.publicKey))
      },
      issuerPrivateKey: .init(key))
    self.certificate = certificate
    certificatePEM = try certificate.serializeAsPEM().pemString
  }

  /// A serving certificate for `localhost`, `127.0.0.1`, `::1` and any extra host.
  func issueServer(hosts: [String], now: Date = Date()) throws -> Issued {
    var names: [GeneralName] = [.dnsName("localhost")]
    var seen: Set<String> = ["localhost"]
    for host in ["127.0.0.1", "::1"] + hosts where !seen.contains(host) {
      seen.insert(host)
      if let address = Self.ipBytes(host) {
        names.append(.ipAddress(.init(contentBytes: ArraySlice(address))))
      } else {
        names.append(.dnsName(host))
      }
    }
    let subjectAlternativeNames = SubjectAlternativeNames(names)
    return try issue(
      subject: DistinguishedName { CommonName("lamp-sim") }, usage: .serverAuth, now: now,
      extra: subjectAlternativeNames)
  }

  /// A client certificate for `user` with `groups` as organisations.
  func issueClient(user: String, groups: [String], now: Date = Date()) throws -> Issued {
    var attributes: [RelativeDistinguishedName] = []
    for group in groups {
      attributes.append(
        RelativeDistinguishedName(try .init(type: .RDNAttributeType.organizationName, printableString: group)))
    }
    attributes.append(RelativeDistinguishedName(try .init(type: .RDNAttributeType.commonName, printableString: user)))
    return try issue(subject: DistinguishedName(attributes), usage: .clientAuth, now: now, extra: nil)
  }

  private func issue(
    subject: DistinguishedName, usage: ExtendedKeyUsage.Usage, now: Date, extra: SubjectAlternativeNames?
  ) throws -> Issued {
    let leafKey = P256.Signing.PrivateKey()
    let extensions = try Certificate.Extensions {
      Critical(BasicConstraints.notCertificateAuthority)
      Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
      try ExtendedKeyUsage([usage])
      AuthorityKeyIdentifier(keyIdentifier: SubjectKeyIdentifier(hash: .init(key.publicKey)).keyIdentifier)
      if let extra { extra }
    }
    let leaf = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(leafKey.publicKey),
      notValidBefore: now.addingTimeInterval(-3600), notValidAfter: now.addingTimeInterval(365 * 86400),
      issuer: certificate.subject, subject: subject, signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
      issuerPrivateKey: .init(key))
    return Issued(certificatePEM: try leaf.serializeAsPEM().pemString, privateKeyPEM: leafKey.pemRepresentation)
  }

  /// The bytes of an IPv4 or IPv6 literal.
  static func ipBytes(_ host: String) -> [UInt8]? {
    var v4 = in_addr()
    if inet_pton(AF_INET, host, &v4) == 1 {
      return withUnsafeBytes(of: &v4) { Array($0) }
    }
    var v6 = in6_addr()
    if inet_pton(AF_INET6, host, &v6) == 1 {
      return withUnsafeBytes(of: &v6) { Array($0) }
    }
    return nil
  }
}
