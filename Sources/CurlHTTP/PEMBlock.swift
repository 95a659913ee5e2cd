import ByteScanning

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One `-----BEGIN label-----` … `-----END label-----` block whose base64 body decodes.
struct PEMBlock: Sendable, Equatable {
  var label: String
  /// True for legacy OpenSSL encrypted keys (a `Proc-Type: 4,ENCRYPTED` header).
  var isEncrypted: Bool
  var der: Data

  /// Every well-formed block in `pem`; malformed ones are skipped.
  static func parse(_ pem: Data) -> [PEMBlock] {
    let text = String(decoding: pem, as: UTF8.self)
    var blocks: [PEMBlock] = []
    var label: String?
    var body = ""
    var encrypted = false
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.trimmingSpaces()
      if line.hasPrefix("-----BEGIN "), line.hasSuffix("-----") {
        label = String(line.dropFirst("-----BEGIN ".count).dropLast(5))
        body = ""
        encrypted = false
      } else if line.hasPrefix("-----END "), line.hasSuffix("-----") {
        let endLabel = String(line.dropFirst("-----END ".count).dropLast(5))
        if let current = label, current == endLabel, let der = Data(base64Encoded: body), !der.isEmpty {
          blocks.append(PEMBlock(label: current, isEncrypted: encrypted, der: der))
        }
        label = nil
      } else if label != nil {
        if line.contains(":") {
          // RFC 1421 headers of legacy keys.
          if line.hasPrefix("Proc-Type:") && line.contains("ENCRYPTED") { encrypted = true }
        } else {
          body += line
        }
      }
    }
    return blocks
  }
}
