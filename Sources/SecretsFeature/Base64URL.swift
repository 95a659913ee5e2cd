#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// RFC 4648 §5 base64url, unpadded as in JWTs.
enum Base64URL {
  static func decode(_ text: Substring) -> Data? {
    var standard = String(text.map { $0 == "-" ? "+" : $0 == "_" ? "/" : $0 })
    while standard.count % 4 != 0 { standard += "=" }
    return Data(base64Encoded: standard)
  }
}
