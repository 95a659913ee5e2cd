import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Tells text from binary and names common formats, so binary values are never dumped to a terminal.
public enum ValueSniffer {
  /// True when the bytes are UTF-8 without control characters other than tab, newline and carriage return.
  public static func isText(_ bytes: Data) -> Bool {
    guard let text = String(data: bytes, encoding: .utf8) else { return false }
    return !text.unicodeScalars.contains { scalar in
      (scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r") || scalar.value == 0x7F
    }
  }

  /// A short name for the format: `PEM certificate`, `OpenSSH private key`, `PNG image`, `JSON`, `JWT`, `text`, ...
  public static func detectedType(_ bytes: Data) -> String {
    if isDERPrivateKey(bytes) { return "DER private key" }
    let magic: [(prefix: [UInt8], name: String)] = [
      ([0x89, 0x50, 0x4E, 0x47], "PNG image"), ([0x1F, 0x8B], "gzip"), ([0xFF, 0xD8, 0xFF], "JPEG image"),
      ([0x50, 0x4B, 0x03, 0x04], "zip"), ([0x30, 0x82], "DER"), ([0x7F, 0x45, 0x4C, 0x46], "ELF"),
    ]
    for entry in magic where bytes.starts(with: entry.prefix) { return entry.name }
    guard isText(bytes), let text = String(data: bytes, encoding: .utf8) else { return "binary" }
    let trimmed = text.trimmingWhitespace()
    if trimmed.contains("-----BEGIN CERTIFICATE-----") { return "PEM certificate" }
    if trimmed.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----") { return "OpenSSH private key" }
    if trimmed.hasPrefix("-----BEGIN") && trimmed.contains("PRIVATE KEY-----") { return "PEM private key" }
    if trimmed.hasPrefix("-----BEGIN") { return "PEM" }
    if JWTSummary.looksLikeJWT(trimmed) { return "JWT" }
    if isSSHPublicKey(trimmed) { return "SSH public key" }
    if (trimmed.hasPrefix("{") || trimmed.hasPrefix("[")) && isJSON(Data(trimmed.utf8)) { return "JSON" }
    return "text"
  }

  /// Whether PEM text holds a private key anywhere: alone, or bundled with its certificate chain (cert-manager's
  /// combined PEM, haproxy's `.pem` files), where the value as a whole reads as a certificate.
  public static func containsPEMPrivateKey(_ text: String) -> Bool {
    text.split(whereSeparator: \.isNewline).contains { line in
      let trimmed = String(line).trimmingWhitespace()
      return trimmed.hasPrefix("-----BEGIN ") && trimmed.hasSuffix("PRIVATE KEY-----")
    }
  }

  /// A DER private key (PKCS#1, PKCS#8 or SEC 1): a SEQUENCE whose first member is the version, INTEGER 0 or 1.
  /// Certificates, public keys and encrypted keys start with a nested SEQUENCE instead, so they are not matched;
  /// the bytes right after the version are key material, which a hex preview would show.
  static func isDERPrivateKey(_ bytes: Data) -> Bool {
    let head = [UInt8](bytes.prefix(8))
    guard head.count >= 5, head[0] == 0x30 else { return false }
    var version = 2
    if head[1] & 0x80 != 0 {
      let lengthBytes = Int(head[1] & 0x7F)
      guard (1...3).contains(lengthBytes) else { return false }
      version += lengthBytes
    }
    guard head.count >= version + 3 else { return false }
    return head[version] == 0x02 && head[version + 1] == 0x01 && head[version + 2] <= 0x01
  }

  /// One `authorized_keys`-style line: a known key type, then base64.
  private static func isSSHPublicKey(_ text: String) -> Bool {
    let fields = text.split(separator: " ")
    guard !text.contains(where: \.isNewline), fields.count >= 2, fields[1].hasPrefix("AAAA") else { return false }
    return fields[0].hasPrefix("ssh-") || fields[0].hasPrefix("ecdsa-sha2-") || fields[0].hasPrefix("sk-")
  }

  private static func isJSON(_ bytes: Data) -> Bool {
    do {
      _ = try JSONDecoder().decode(JSONValue.self, from: bytes)
      return true
    } catch {
      return false  // Not JSON is an answer here, not a failure.
    }
  }

  /// The first `count` bytes as lowercase hex pairs separated by spaces.
  public static func hexPreview(_ bytes: Data, count: Int = 16) -> String {
    bytes.prefix(count).map { byte in
      let digits = String(byte, radix: 16)
      return digits.count == 1 ? "0" + digits : digits
    }.joined(separator: " ")
  }
}
