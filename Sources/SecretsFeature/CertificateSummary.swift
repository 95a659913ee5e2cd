import X509

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What matters about one X.509 certificate, read with swift-certificates.
public struct CertificateSummary: Codable, Sendable, Hashable {
  public var subject: String
  public var issuer: String
  public var dnsNames: [String]
  public var ipAddresses: [String]
  /// URI SANs (SPIFFE IDs such as `spiffe://cluster.local/ns/shop/sa/web`).
  public var uris: [String]
  public var emailAddresses: [String]
  public var serialNumber: String
  public var notBefore: Date
  public var notAfter: Date
  /// Whole days until `notAfter`, rounded toward zero as ages are (`EXPIRED 5d ago` is -5); negative once a
  /// whole day past it. Whether it has expired is `notAfter` against the clock, not this.
  public var daysLeft: Int
  /// Whether `notBefore` is still to come: a client refuses the certificate until then, as it does an expired one.
  public var notYetValid: Bool
  public var keyAlgorithm: String
  public var isCA: Bool

  init(_ certificate: Certificate, now: Date) {
    subject = certificate.subject.description
    issuer = certificate.issuer.description
    var dns: [String] = []
    var ips: [String] = []
    var uris: [String] = []
    var emails: [String] = []
    do {
      for name in try certificate.extensions.subjectAlternativeNames.map(Array.init) ?? [] {
        switch name {
        case .dnsName(let value): dns.append(value)
        case .ipAddress(let octets): ips.append(Self.ipText(Array(octets.bytes)))
        case .uniformResourceIdentifier(let value): uris.append(value)
        case .rfc822Name(let value): emails.append(value)
        default: break
        }
      }
    } catch {
      // A malformed SAN extension leaves the lists empty; the rest of the certificate still reads.
      (dns, ips, uris, emails) = ([], [], [], [])
    }
    dnsNames = dns
    ipAddresses = ips
    self.uris = uris
    emailAddresses = emails
    // swift-certificates prints bytes without zero padding (`1:6b:5`); openssl's form pads each byte.
    serialNumber = certificate.serialNumber.bytes.map {
      $0 < 0x10 ? "0" + String($0, radix: 16) : String($0, radix: 16)
    }
    .joined(separator: ":")
    notBefore = certificate.notValidBefore
    notAfter = certificate.notValidAfter
    daysLeft = Int((certificate.notValidAfter.timeIntervalSince(now) / 86_400).rounded(.towardZero))
    notYetValid = certificate.notValidBefore > now
    keyAlgorithm = Self.algorithm(certificate.publicKey)
    do {
      if case .isCertificateAuthority = try certificate.extensions.basicConstraints {
        isCA = true
      } else {
        isCA = false
      }
    } catch {
      isCA = false
    }
  }

  static func algorithm(_ key: Certificate.PublicKey) -> String {
    let text = key.description
    return text.hasSuffix(".PublicKey") ? String(text.dropLast(".PublicKey".count)) : text
  }

  /// An IP SAN as Go (and so kubectl) prints it: dotted IPv4, or IPv6 in RFC 5952 form (`2001:db8::1`).
  static func ipText(_ bytes: [UInt8]) -> String {
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
    guard bytes.count == 16 else { return bytes.map { String($0, radix: 16) }.joined(separator: ":") }
    let groups = stride(from: 0, to: 16, by: 2).map { (Int(bytes[$0]) << 8) | Int(bytes[$0 + 1]) }
    // RFC 5952: the longest run of two or more zero groups (the first of equals) becomes "::".
    var best = (start: -1, length: 1)
    var index = 0
    while index < 8 {
      guard groups[index] == 0 else {
        index += 1
        continue
      }
      var end = index
      while end < 8 && groups[end] == 0 { end += 1 }
      if end - index > best.length { best = (index, end - index) }
      index = end
    }
    let text = { (slice: ArraySlice<Int>) in slice.map { String($0, radix: 16) }.joined(separator: ":") }
    guard best.start >= 0 else { return text(groups[...]) }
    return text(groups[..<best.start]) + "::" + text(groups[(best.start + best.length)...])
  }
}
