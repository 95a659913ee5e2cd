import Crypto
import Foundation

/// Deterministic identifiers shaped like the ones a cluster hands out.
enum ScenarioIdentifiers {
  /// `rand.SafeEncodeString`'s alphabet: generated name suffixes and pod-template hashes use only these.
  static let suffixAlphabet = Array("bcdfghjklmnpqrstvwxz2456789".utf8)

  /// A version-4-shaped UUID derived from SHA-256 of `demo:kind/namespace/name` (the demo data uses the same rule).
  static func uid(kind: String, namespace: String, name: String) -> String {
    let digest = Array(SHA256.hash(data: Data("demo:\(kind)/\(namespace)/\(name)".utf8)))
    var high: UInt64 = 0
    var low: UInt64 = 0
    for index in 0..<8 {
      high = high << 8 | UInt64(digest[index])
      low = low << 8 | UInt64(digest[index + 8])
    }
    return uuid(high: high, low: low)
  }

  /// Formats 128 bits as a version-4, RFC 4122 variant UUID.
  static func uuid(high: UInt64, low: UInt64) -> String {
    let versioned = (high & 0xFFFF_FFFF_FFFF_0FFF) | 0x0000_0000_0000_4000
    let varianted = (low & 0x3FFF_FFFF_FFFF_FFFF) | 0x8000_0000_0000_0000
    let hex = hexDigits(versioned, 16) + hexDigits(varianted, 16)
    let characters = Array(hex)
    return String(characters[0..<8]) + "-" + String(characters[8..<12]) + "-" + String(characters[12..<16]) + "-"
      + String(characters[16..<20]) + "-" + String(characters[20..<32])
  }

  private static func hexDigits(_ value: UInt64, _ width: Int) -> String {
    let text = String(value, radix: 16)
    return String(repeating: "0", count: width - text.count) + text
  }
}
