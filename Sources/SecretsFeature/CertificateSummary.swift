import Foundation
import X509

/// What matters about one X.509 certificate, read with swift-certificates.
public struct CertificateSummary: Codable, Sendable, Hashable {
  public var subject: String
  public var issuer: String
  public var dnsNames: [String]
  public var ipAddresses: [String]
  public var serialNumber: String
  public var notBefore: Date
  public var notAfter: Date
  /// Whole days until `notAfter`, rounded down; negative once expired.
  public var daysLeft: Int
  public var keyAlgorithm: String
  public var isCA: Bool

  public var isExpired: Bool { daysLeft < 0 }

  init(_ certificate: Certificate, now: Date) {
    subject = certificate.subject.description
    issuer = certificate.issuer.description
    var dns: [String] = []
    var ips: [String] = []
    do {
      for name in try certificate.extensions.subjectAlternativeNames.map(Array.init) ?? [] {
        switch name {
        case .dnsName(let value): dns.append(value)
        case .ipAddress(let octets): ips.append(Self.ipText(Array(octets.bytes)))
        default: break
        }
      }
    } catch {
      dns = []  // A malformed SAN extension leaves the list empty; the rest of the certificate still reads.
    }
    dnsNames = dns
    ipAddresses = ips
    // swift-certificates prints bytes without zero padding (`1:6b:5`); openssl's form pads each byte.
    serialNumber = certificate.serialNumber.bytes.map {
      $0 < 0x10 ? "0" + String($0, radix: 16) : String($0, radix: 16)
    }
    .joined(separator: ":")
    notBefore = certificate.notValidBefore
    notAfter = certificate.notValidAfter
    daysLeft = Int((certificate.notValidAfter.timeIntervalSince(now) / 86_400).rounded(.down))
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

  private static func ipText(_ bytes: [UInt8]) -> String {
    if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
    return stride(from: 0, to: bytes.count, by: 2).map { index in
      String((Int(bytes[index]) << 8) | Int(bytes[min(index + 1, bytes.count - 1)]), radix: 16)
    }.joined(separator: ":")
  }
}
