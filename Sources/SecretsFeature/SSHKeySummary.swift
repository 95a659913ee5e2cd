import ByteScanning
import Crypto

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What an SSH key value is, without the key: type, size, and the SHA256 fingerprint `ssh-keygen -l` prints.
public struct SSHKeySummary: Codable, Sendable, Hashable {
  /// `private` or `public`.
  public var kind: String
  /// The SSH key type: `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256`, ...; for PEM keys the PEM label.
  public var keyType: String
  public var bits: Int?
  /// `SHA256:` and the unpadded base64 of the public key blob's SHA-256, as ssh-keygen prints it.
  public var fingerprint: String?
  public var comment: String?
  /// The cipher protecting an OpenSSH private key (`aes256-ctr`); nil when it is not encrypted.
  public var encryption: String?

  /// Reads an OpenSSH private key, a legacy PEM private key (type only) or an `authorized_keys` public key line.
  public init(text: String) throws(SecretsError) {
    let trimmed = text.trimmingWhitespace()
    if trimmed.hasPrefix("-----BEGIN OPENSSH PRIVATE KEY-----") {
      try self.init(openSSHPrivateKey: trimmed)
    } else if trimmed.hasPrefix("-----BEGIN"), let label = Self.pemLabel(trimmed) {
      // PKCS#1/SEC1/PKCS#8 keys: the label names the type; lamp does not derive their public half.
      self.init(kind: "private", keyType: label, bits: nil, fingerprint: nil, comment: nil, encryption: nil)
      if trimmed.contains("ENCRYPTED") { encryption = "PEM encryption" }
    } else {
      try self.init(publicKeyLine: trimmed)
    }
  }

  init(kind: String, keyType: String, bits: Int?, fingerprint: String?, comment: String?, encryption: String?) {
    self.kind = kind
    self.keyType = keyType
    self.bits = bits
    self.fingerprint = fingerprint
    self.comment = comment
    self.encryption = encryption
  }

  private init(publicKeyLine line: String) throws(SecretsError) {
    let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
    guard fields.count >= 2, let blob = Data(base64Encoded: String(fields[1])) else {
      throw .malformedSSHKey("neither an OpenSSH private key nor a public key line")
    }
    var reader = SSHWireReader(blob)
    let type = try reader.string()
    guard type == String(fields[0]) else { throw .malformedSSHKey("the key type does not match its blob") }
    self.init(
      kind: "public", keyType: type, bits: try Self.bits(type: type, publicBlob: blob),
      fingerprint: Self.fingerprint(blob), comment: fields.count > 2 ? String(fields[2]) : nil, encryption: nil)
  }

  private init(openSSHPrivateKey pem: String) throws(SecretsError) {
    let body = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }.joined()
    guard let bytes = Data(base64Encoded: body) else { throw .malformedSSHKey("the body is not base64") }
    let magic = Data("openssh-key-v1\0".utf8)
    guard bytes.starts(with: magic) else { throw .malformedSSHKey("missing the openssh-key-v1 header") }
    var reader = SSHWireReader(bytes.dropFirst(magic.count))
    let cipher = try reader.string()
    _ = try reader.bytes()  // kdf name
    _ = try reader.bytes()  // kdf options
    guard try reader.uint32() >= 1 else { throw .malformedSSHKey("the file holds no key") }
    let blob = try reader.bytes()
    var blobReader = SSHWireReader(blob)
    let type = try blobReader.string()
    var comment: String? = nil
    if cipher == "none" {
      comment = try Self.comment(privateSection: try reader.bytes(), type: type)
    }
    self.init(
      kind: "private", keyType: type, bits: try Self.bits(type: type, publicBlob: blob),
      fingerprint: Self.fingerprint(blob), comment: comment, encryption: cipher == "none" ? nil : cipher)
  }

  /// The comment after the private fields; nil for key types whose field count lamp does not know.
  private static func comment(privateSection: Data, type: String) throws(SecretsError) -> String? {
    let fieldCounts = ["ssh-ed25519": 2, "ssh-rsa": 6, "ssh-dss": 5]
    let count = type.hasPrefix("ecdsa-sha2-") ? 3 : fieldCounts[type]
    guard let count else { return nil }
    var reader = SSHWireReader(privateSection)
    _ = try reader.uint32()  // check ints
    _ = try reader.uint32()
    guard try reader.string() == type else { throw .malformedSSHKey("the private and public halves differ in type") }
    for _ in 0..<count { _ = try reader.bytes() }
    let comment = try reader.string()
    return comment.isEmpty ? nil : comment
  }

  private static func bits(type: String, publicBlob: Data) throws(SecretsError) -> Int? {
    switch type {
    case "ssh-ed25519", "sk-ssh-ed25519@openssh.com": return 256
    case "ecdsa-sha2-nistp256", "sk-ecdsa-sha2-nistp256@openssh.com": return 256
    case "ecdsa-sha2-nistp384": return 384
    case "ecdsa-sha2-nistp521": return 521
    case "ssh-rsa":
      var reader = SSHWireReader(publicBlob)
      _ = try reader.bytes()  // type
      _ = try reader.bytes()  // exponent
      let modulus = try reader.bytes().drop { $0 == 0 }
      guard let first = modulus.first else { return 0 }
      return modulus.count * 8 - first.leadingZeroBitCount
    default: return nil
    }
  }

  static func fingerprint(_ blob: Data) -> String {
    let digest = Data(SHA256.hash(data: blob)).base64EncodedString()
    return "SHA256:" + digest.filter { $0 != "=" }
  }

  private static func pemLabel(_ text: String) -> String? {
    guard let line = text.split(separator: "\n").first, line.hasSuffix("-----") else { return nil }
    return String(line.dropFirst("-----BEGIN ".count).dropLast("-----".count))
  }
}
