import Foundation
import KubeAPI
import SecretsFeature
import Testing

@Suite("SecretDecoder")
struct SecretDecoderTests {
  @Test("text versus binary")
  func sniffing() {
    #expect(ValueSniffer.isText(Data("hello\nworld\t".utf8)))
    #expect(!ValueSniffer.isText(Data([0x68, 0x00, 0x69])))
    #expect(!ValueSniffer.isText(Data([0xFF, 0xFE])))
    #expect(ValueSniffer.detectedType(Data([0x1F, 0x8B, 0x08])) == "gzip")
    #expect(ValueSniffer.detectedType(Data("{\"a\":1}".utf8)) == "JSON")
    #expect(ValueSniffer.detectedType(Data("plain".utf8)) == "text")
    #expect(ValueSniffer.hexPreview(Data([0x00, 0x0A, 0xFF])) == "00 0a ff")
  }

  @Test("JWT header and claims, with audience as a string or a list")
  func jwt() throws {
    func part(_ json: String) -> String {
      Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
    let token =
      part("{\"alg\":\"RS256\",\"kid\":\"k1\"}") + "."
      + part(
        "{\"iss\":\"https://issuer\",\"sub\":\"me\",\"aud\":\"api\",\"exp\":1800000000}") + ".c2ln"
    let summary = try #require(JWTSummary(token: token))
    #expect(summary.algorithm == "RS256")
    #expect(summary.subject == "me")
    #expect(summary.audience == ["api"])
    #expect(summary.expiresAt == Date(timeIntervalSince1970: 1_800_000_000))
    #expect(!summary.signatureVerified)
    #expect(summary.invalidClaims == nil)
    #expect(JWTSummary(token: "not.a.jwt") == nil)

    // A time claim that is not a number is unreadable, not absent; null is absent.
    let header = part("{\"alg\":\"RS256\"}")
    let bad = try #require(JWTSummary(token: header + "." + part("{\"exp\":\"soon\",\"iat\":[1]}") + ".c2ln"))
    #expect(bad.expiresAt == nil && bad.issuedAt == nil)
    #expect(bad.invalidClaims == ["exp", "iat"])
    let null = try #require(JWTSummary(token: header + "." + part("{\"exp\":null,\"iat\":1.5}") + ".c2ln"))
    #expect(null.invalidClaims == nil && null.expiresAt == nil)
    #expect(null.issuedAt == Date(timeIntervalSince1970: 1.5))

    // A number outside the years a timestamp can be written in (1 to 9999) is unreadable too: 1e300 used to trap.
    for seconds in ["1e300", "-1e19", "253402300800", "-62135596801", "1e16"] {
      let far = try #require(
        JWTSummary(token: header + "." + part("{\"exp\":\(seconds),\"iat\":\(seconds)}") + ".c2ln"))
      #expect(far.expiresAt == nil && far.issuedAt == nil, "\(seconds)")
      #expect(far.invalidClaims == ["exp", "iat"], "\(seconds)")
    }
    let edges = try #require(
      JWTSummary(token: header + "." + part("{\"exp\":253402300799,\"iat\":-62135596800}") + ".c2ln"))
    #expect(edges.invalidClaims == nil)
    #expect(edges.expiresAt.map(KubeTime.format) == "9999-12-31T23:59:59Z")
    #expect(edges.issuedAt.map(KubeTime.format) == "0001-01-01T00:00:00Z")
  }

  @Test("docker configs: username from auth when absent; masked unless revealed")
  func dockerConfig() throws {
    let auth = Data("robot:s3cret".utf8).base64EncodedString()
    let modern = Data(
      "{\"auths\":{\"b.io\":{\"auth\":\"\(auth)\"},\"a.io\":{\"username\":\"u\",\"password\":\"p\"}}}".utf8)
    let masked = try RegistryCredential.parse(modern, legacy: false, reveal: false)
    #expect(masked.map(\.registry) == ["a.io", "b.io"])
    #expect(masked[1].username == "robot")
    #expect(masked[0].password == Mask.text && masked[1].auth == Mask.text)
    let revealed = try RegistryCredential.parse(modern, legacy: false, reveal: true)
    #expect(revealed[0].password == "p")
    let legacy = try RegistryCredential.parse(
      Data("{\"c.io\":{\"auth\":\"\(auth)\"}}".utf8), legacy: true, reveal: false)
    #expect(legacy.first?.username == "robot")
    let token = Data(#"{"auths":{"acr.io":{"identitytoken":"t0k"}}}"#.utf8)
    let identity = try RegistryCredential.parse(token, legacy: false, reveal: false)
    #expect(identity.first?.identityToken == Mask.text && identity.first?.password == nil)
    #expect(try RegistryCredential.parse(token, legacy: false, reveal: true).first?.identityToken == "t0k")
    let bearer = Data(#"{"auths":{"r.io":{"registrytoken":"b3arer"}}}"#.utf8)
    #expect(try RegistryCredential.parse(bearer, legacy: false, reveal: false).first?.registryToken == Mask.text)
    #expect(try RegistryCredential.parse(bearer, legacy: false, reveal: true).first?.registryToken == "b3arer")
    #expect(throws: SecretsError.malformedDockerConfig) {
      try RegistryCredential.parse(Data("[]".utf8), legacy: false, reveal: false)
    }
  }

  @Test("the decoder masks text and hex previews, and merges stringData")
  func masking() {
    let secret = Secret(
      metadata: ObjectMeta(name: "s"), data: ["bin": Data([0, 1, 2]), "t": Data("x".utf8)],
      stringData: ["s": "y"])
    let view = SecretDecoder(now: Date(timeIntervalSince1970: 0), mask: true).view(of: secret)
    #expect(view.type == "Opaque")
    #expect(view.entries.map(\.key) == ["bin", "t", "s"])
    #expect(view.entries.allSatisfy { $0.value == nil || $0.value == Mask.text })
    #expect(view.entries[0].hexPreview == Mask.text)
  }
}
