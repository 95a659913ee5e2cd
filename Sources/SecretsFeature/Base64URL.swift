import Foundation

/// RFC 4648 §5 base64url, unpadded as in JWTs.
enum Base64URL {
  static func decode(_ text: Substring) -> Data? {
    var standard = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
    while standard.count % 4 != 0 { standard += "=" }
    return Data(base64Encoded: standard)
  }
}
