import ByteScanning
import X509

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads PEM certificate chains and checks private keys against them.
public enum CertificateReader {
  /// Every `CERTIFICATE` block of the PEM text, in order; a block that does not parse is reported, not skipped.
  public static func chain(pem text: String, now: Date) -> (certificates: [CertificateSummary], errors: [String]) {
    var certificates: [CertificateSummary] = []
    var errors: [String] = []
    for (index, block) in blocks(text, label: "CERTIFICATE").enumerated() {
      do {
        certificates.append(CertificateSummary(try Certificate(pemEncoded: block), now: now))
      } catch {
        errors.append("certificate \(index + 1) does not parse: \(Self.problem(block))")
      }
    }
    return (certificates, errors)
  }

  /// Whether the private key in `keyPEM` belongs to the first certificate of `certificatePEM`;
  /// nil when either side cannot be read (the reason goes to `problem`, never the key itself).
  public static func keyMatches(certificatePEM: String, keyPEM: String) -> KeyMatch {
    keyMatches(certificatePEM: certificatePEM, key: Data(keyPEM.utf8))
  }

  /// `keyMatches(certificatePEM:keyPEM:)` for a key held as PEM text or as DER bytes (PKCS#8, PKCS#1 or SEC 1).
  public static func keyMatches(certificatePEM: String, key bytes: Data) -> KeyMatch {
    guard let first = blocks(certificatePEM, label: "CERTIFICATE").first else { return .unreadable("no certificate") }
    let certificate: Certificate
    do {
      certificate = try Certificate(pemEncoded: first)
    } catch {
      return .unreadable("the certificate does not parse")
    }
    if ValueSniffer.isDERPrivateKey(bytes) {
      // DER does not say which of the three forms it is: each is tried, as its PEM label would name it.
      let body = bytes.base64EncodedString(options: .lineLength64Characters)
      for label in ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"] {
        let pem = "-----BEGIN \(label)-----\n\(body)\n-----END \(label)-----\n"
        guard let key = try? Certificate.PrivateKey(pemEncoded: pem) else { continue }
        return key.publicKey == certificate.publicKey ? .matches : .mismatch
      }
      return .unreadable("the private key does not parse")
    }
    let keyPEM = String(decoding: bytes, as: UTF8.self)
    do {
      let key = try Certificate.PrivateKey(pemEncoded: keyPEM)
      return key.publicKey == certificate.publicKey ? .matches : .mismatch
    } catch {
      // An encrypted key cannot be compared without its passphrase, which lamp never asks for.
      let encrypted = keyPEM.contains("ENCRYPTED PRIVATE KEY") || keyPEM.contains("Proc-Type: 4,ENCRYPTED")
      return .unreadable(encrypted ? "the private key is encrypted" : "the private key does not parse")
    }
  }

  /// Why a `CERTIFICATE` block does not parse, in words: swift-certificates' errors name its own types and
  /// source lines.
  static func problem(_ block: String) -> String {
    let body = block.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("-----") }.joined()
    guard let der = Data(base64Encoded: body), !der.isEmpty else { return "its base64 body is damaged" }
    return "its \(der.count) bytes are not an X.509 certificate"
  }

  /// The PEM blocks with the given label, each with its BEGIN/END lines.
  static func blocks(_ text: String, label: String) -> [String] {
    let begin = "-----BEGIN \(label)-----"
    let end = "-----END \(label)-----"
    var result: [String] = []
    var rest = Substring(text)
    while let start = rest.firstUTF8Range(of: begin), let stop = rest[start.upperBound...].firstUTF8Range(of: end) {
      result.append(String(rest[start.lowerBound..<stop.upperBound]))
      rest = rest[stop.upperBound...]
    }
    return result
  }
}

/// The outcome of checking a private key against a certificate.
public enum KeyMatch: Sendable, Hashable, Codable {
  case matches
  case mismatch
  case unreadable(String)

  /// `yes`, `NO: tls.key does not belong to tls.crt`, `unknown (the private key is encrypted)`.
  public func text(key: String, certificate: String) -> String {
    switch self {
    case .matches: "yes"
    case .mismatch: "NO: \(key) does not belong to \(certificate)"
    case .unreadable(let reason): "unknown (\(reason))"
    }
  }
}

/// One private key checked against the certificate beside it: `tls.key` and `tls.crt`, `ca.key` and `ca.crt`.
public struct KeyPairCheck: Sendable, Hashable, Codable {
  public var certificate: String
  public var key: String
  /// Whether the key belongs to the certificate; nil when that cannot be told (`problem` says why).
  public var matchesCertificate: Bool?
  public var problem: String?

  public init(certificate: String, key: String, match: KeyMatch) {
    self.certificate = certificate
    self.key = key
    switch match {
    case .matches: matchesCertificate = true
    case .mismatch: matchesCertificate = false
    case .unreadable(let reason): problem = reason
    }
  }

  public var match: KeyMatch {
    if let problem { return .unreadable(problem) }
    return matchesCertificate == true ? .matches : .mismatch
  }

  /// The pairs a Secret's keys make: each `NAME.key` with its `NAME.crt`, in the order of their names.
  public static func pairs(in keys: some Sequence<String>) -> [(certificate: String, key: String)] {
    let names = Set(keys)
    return names.filter { $0.hasSuffix(".key") }.sorted().compactMap { key in
      let certificate = String(key.dropLast(".key".count)) + ".crt"
      return names.contains(certificate) ? (certificate, key) : nil
    }
  }
}
