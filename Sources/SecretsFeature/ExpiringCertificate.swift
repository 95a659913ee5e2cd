import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A certificate held in a Secret that expires within the window asked for, or is not valid yet.
public struct ExpiringCertificate: Codable, Sendable, Hashable {
  public var namespace: String
  public var secret: String
  public var key: String
  public var subject: String
  public var notBefore: Date
  public var notAfter: Date
  public var daysLeft: Int
  public var expired: Bool
  /// Its notBefore is still to come: clients refuse it until then.
  public var notYetValid: Bool

  /// Every certificate of every PEM value in `secrets` whose notAfter is before `now + window`, or whose
  /// notBefore is after `now`: expired first, then not yet valid, then soonest first, then by namespace, secret and
  /// key.
  public static func scan(_ secrets: [Secret], now: Date, window: TimeInterval) -> [ExpiringCertificate] {
    let limit = now.addingTimeInterval(window)
    var found: [ExpiringCertificate] = []
    for secret in secrets {
      for (key, bytes) in SecretDecoder.values(of: secret) {
        guard ValueSniffer.detectedType(bytes) == "PEM certificate" else { continue }
        for certificate in CertificateReader.chain(pem: String(decoding: bytes, as: UTF8.self), now: now).certificates
        where certificate.notAfter < limit || certificate.notYetValid {
          found.append(
            ExpiringCertificate(
              namespace: secret.metadata.namespace ?? "", secret: secret.metadata.name, key: key,
              subject: certificate.subject, notBefore: certificate.notBefore, notAfter: certificate.notAfter,
              daysLeft: certificate.daysLeft, expired: certificate.notAfter <= now,
              notYetValid: certificate.notYetValid))
        }
      }
    }
    return found.sorted { a, b in
      if a.expired != b.expired { return a.expired }
      if a.notYetValid != b.notYetValid { return a.notYetValid }
      if a.notAfter != b.notAfter { return a.notAfter < b.notAfter }
      return (a.namespace, a.secret, a.key, a.subject) < (b.namespace, b.secret, b.key, b.subject)
    }
  }
}
