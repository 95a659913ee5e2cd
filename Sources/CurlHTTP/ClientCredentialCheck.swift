#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Checks client certificate and key PEM when a transport is made, so a broken kubeconfig is
/// reported up front rather than as a handshake failure. The checks are structural (PEM blocks that
/// decode); OpenSSL judges the contents during the handshake, reported as `badClientCertificate` too.
enum ClientCredentialCheck {
  static func validate(certificate: Data?, key: Data?) throws(HTTPError) {
    switch (certificate, key) {
    case (nil, nil):
      return
    case (.some, nil):
      throw .badClientCertificate(detail: "a client certificate was given without its key")
    case (nil, .some):
      throw .badClientCertificate(detail: "a client key was given without its certificate")
    case (.some(let certificate), .some(let key)):
      let certificateBlocks = PEMBlock.parse(certificate)
      guard certificateBlocks.contains(where: { $0.label == "CERTIFICATE" }) else {
        throw .badClientCertificate(detail: "the client certificate holds no PEM CERTIFICATE block")
      }
      let keyBlocks = PEMBlock.parse(key)
      if keyBlocks.contains(where: { $0.label == "ENCRYPTED PRIVATE KEY" || $0.isEncrypted }) {
        throw .badClientCertificate(detail: "the client key is encrypted; lamp needs an unencrypted key")
      }
      let keyLabels: Set = ["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"]
      guard keyBlocks.contains(where: { keyLabels.contains($0.label) }) else {
        throw .badClientCertificate(detail: "the client key holds no PEM PRIVATE KEY block")
      }
    }
  }
}
