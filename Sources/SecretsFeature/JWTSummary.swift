import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The readable parts of a JSON Web Token. The signature is never verified; `signatureVerified` says so in output.
public struct JWTSummary: Codable, Sendable, Hashable {
  public var algorithm: String?
  public var keyID: String?
  public var issuer: String?
  public var subject: String?
  public var audience: [String]
  public var issuedAt: Date?
  public var expiresAt: Date?
  /// The time claims (`exp`, `iat`) present but not a number of seconds (RFC 7519's NumericDate), or one outside
  /// the years 1 to 9999 that a timestamp can be written in: unreadable, so a missing `expiresAt` cannot be read as
  /// "never expires" (validators reject such a token). Absent when none.
  public var invalidClaims: [String]?
  /// Always false: lamp decodes tokens, it does not trust them.
  public var signatureVerified = false

  /// True when the text has the three dot-separated base64url parts of a JWS compact token.
  public static func looksLikeJWT(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 3 && text.hasPrefix("eyJ") && !parts[0].isEmpty && !parts[1].isEmpty
      && parts.allSatisfy { part in part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" } }
  }

  /// Decodes header and claims; nil when the text is not a JWT.
  public init?(token: String) {
    let text = token.trimmingWhitespace()
    guard Self.looksLikeJWT(text) else { return nil }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    guard let headerBytes = Base64URL.decode(parts[0]), let claimBytes = Base64URL.decode(parts[1]),
      case .object(let header) = Self.json(headerBytes), case .object(let claims) = Self.json(claimBytes)
    else { return nil }
    algorithm = header["alg"]?.stringValue
    keyID = header["kid"]?.stringValue
    issuer = claims["iss"]?.stringValue
    subject = claims["sub"]?.stringValue
    switch claims["aud"] {
    case .string(let one): audience = [one]
    case .array(let many): audience = many.compactMap(\.stringValue)
    default: audience = []
    }
    issuedAt = Self.time(claims["iat"])
    expiresAt = Self.time(claims["exp"])
    // null is absent, as for Go's JWT libraries (a nil *NumericDate); a string, bool, list or object is not.
    let invalid = ["exp", "iat"].filter { name in
      guard let value = claims[name], value != .null else { return false }
      return Self.time(value) == nil
    }
    invalidClaims = invalid.isEmpty ? nil : invalid
  }

  private static func json(_ bytes: Data) -> JSONValue? {
    do {
      return try JSONDecoder().decode(JSONValue.self, from: bytes)
    } catch {
      return nil  // A part that is not JSON means "not a JWT", which is the answer asked for.
    }
  }

  /// A NumericDate, when it falls in the years RFC 3339 can write (a claim is untrusted input: `1e300` is a
  /// number too).
  private static func time(_ value: JSONValue?) -> Date? {
    let seconds: Double
    switch value {
    case .int(let whole): seconds = Double(whole)
    case .double(let fraction): seconds = fraction
    default: return nil
    }
    guard writableSeconds.contains(seconds) else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }

  /// 0001-01-01T00:00:00Z through 9999-12-31T23:59:59Z, in seconds since 1970.
  private static let writableSeconds: ClosedRange<Double> = -62_135_596_800...253_402_300_799
}
