import Foundation
import LampTestSupport
import SecretsFeature
import Testing

/// Certificates and values as a user reads them: every SAN, readable parse errors, whole values for one key.
@Suite("lamp secrets show details")
struct SecretsDetailsTests {
  /// A self-signed P-256 certificate (openssl, valid 10 years) with URI, email, IPv6 and DNS SANs.
  static let certificate = """
    -----BEGIN CERTIFICATE-----
    MIIB8zCCAZqgAwIBAgIUSVz43LvVQqss6d+1DIAqReCmxSkwCgYIKoZIzj0EAwIw
    FjEUMBIGA1UEAwwLc3BpZmZlLXRlc3QwHhcNMjYxMTI0MTcyMzA5WhcNMzYxMTIx
    MTcyMzA5WjAWMRQwEgYDVQQDDAtzcGlmZmUtdGVzdDBZMBMGByqGSM49AgEGCCqG
    SM49AwEHA0IABHc86NbyBdPjJFZI/CncPI3hPFMVv1Sc/KZS6J76Iewg0S6gwzxJ
    r+nv4ErvMICihcsP3Y/GHZhFKugSxTRJXIqjgcUwgcIwHQYDVR0OBBYEFOpsz6vF
    uz6SiCDqJvTFMZMEO7WOMB8GA1UdIwQYMBaAFOpsz6vFuz6SiCDqJvTFMZMEO7WO
    MA8GA1UdEwEB/wQFMAMBAf8wbwYDVR0RBGgwZoYlc3BpZmZlOi8vY2x1c3Rlci5s
    b2NhbC9ucy9zaG9wL3NhL3dlYoEPb3BzQGV4YW1wbGUuY29thxAAAAAAAAAAAAAA
    AAAAAAABhxAgAQ24AAAAAAAAAAAAAAABggh3ZWIuc2hvcDAKBggqhkjOPQQDAgNH
    ADBEAiA85i+SL4a89BDjLdAqq3b2KxEK3qxSC0Kmx0UugT3cQgIgDp4+z4qaNgYE
    SPVmkDI8ytzDpjNIPyYa2jy35IeZAXQ=
    -----END CERTIFICATE-----
    """

  /// Its key, encrypted (PKCS#8, AES-256-CBC, passphrase "x").
  static let encryptedKey = """
    -----BEGIN ENCRYPTED PRIVATE KEY-----
    MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjQK5xMvwrmEAICCAAw
    DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEBM/Q3l7rqeOpr7ZKGWukBgEgZCl
    mpvUZKEQfxX+5+L3pQnJs77oNaWHtQE7lI/EpfIvS7h3qB3z1KltumCuJF2oErAv
    jWRG88bZWCpHaB4IEpNLF5K25I3uNfwZr70fKO9te1rjjMZbQyK/vFxPHRDoGEHL
    1h62W6vMejuFVoyPl5h1rjVNaHuo/5y6SJ3NlbvKwJ4RUh5ojx5fVbvubRGA2xQ=
    -----END ENCRYPTED PRIVATE KEY-----
    """

  /// Writes a manifest of `stringData` values and runs `lamp secrets show -f` on it, plus `extra` flags.
  static func show(_ values: [String: String], type: String = "Opaque", _ extra: [String] = []) async throws
    -> LampResult
  {
    var yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: details\ntype: \(type)\nstringData:\n"
    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
      yaml += "  \(key): |-\n" + value.split(separator: "\n").map { "    \($0)\n" }.joined()
    }
    return try await show(manifest: yaml, extra).result
  }

  /// Writes `manifest` to a file and runs `lamp secrets show -f FILE` on it, plus `extra` flags.
  static func show(manifest: String, _ extra: [String] = []) async throws -> (result: LampResult, path: String) {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lamp-secret-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("secret.yaml").path
    try manifest.write(toFile: path, atomically: true, encoding: .utf8)
    let result = await LampRunner.run(["secrets", "show", "-f", path] + extra, kubeconfig: "/nonexistent/kubeconfig")
    return (result, path)
  }

  @Test("URI, email and IPv6 SANs are shown, IPv6 in its short form")
  func subjectAlternativeNames() async throws {
    let table = try await Self.show(["tls.crt": Self.certificate])
    #expect(table.code == 0, "\(table.stderr)")
    #expect(
      table.stdout.contains(
        "SANs:        web.shop, ::1, 2001:db8::1, spiffe://cluster.local/ns/shop/sa/web, ops@example.com"),
      "\(table.stdout)")
    let json = try await Self.show(["tls.crt": Self.certificate], ["-o", "json"])
    #expect(json.stdout.contains("\"uris\": [\n"), "\(json.stdout)")
    #expect(json.stdout.contains("\"spiffe://cluster.local/ns/shop/sa/web\""))
    #expect(json.stdout.contains("\"ops@example.com\""))
  }

  @Test("an encrypted key and a damaged certificate are explained in words")
  func unreadable() async throws {
    let encrypted = try await Self.show(
      ["tls.crt": Self.certificate, "tls.key": Self.encryptedKey], type: "kubernetes.io/tls")
    #expect(encrypted.stdout.contains("Key match:  unknown (the private key is encrypted)"), "\(encrypted.stdout)")
    let damaged = try await Self.show([
      "ca.crt": "-----BEGIN CERTIFICATE-----\n!!not-base64!!\n-----END CERTIFICATE-----"
    ])
    #expect(
      damaged.stdout.contains("warning: certificate 1 does not parse: its base64 body is damaged"), "\(damaged.stdout)")
    #expect(!damaged.stdout.contains("Error"), "no library error types: \(damaged.stdout)")
  }

  @Test("--key shows a multi-line or long value whole under the table")
  func wholeValue() async throws {
    let values = ["notes": "line1\nline2", "long": String(repeating: "abcdefghij", count: 8)]
    let notes = try await Self.show(values, ["--key", "notes"])
    #expect(notes.stdout.hasSuffix("\nValue of notes:\n  line1\n  line2\n"), "\(notes.stdout)")
    let long = try await Self.show(values, ["--key", "long"])
    #expect(long.stdout.hasSuffix("\nValue of long:\n  \(values["long"]!)\n"), "\(long.stdout)")
    let all = try await Self.show(values)
    #expect(!all.stdout.contains("Value of"), "without --key the table stays a table")
  }

  @Test("--no-headers prints the key table's rows alone; -o wide shows values whole; -f with another kind says which")
  func headersAndKinds() async throws {
    let rows = try await Self.show(["user": "admin", "ca.crt": Self.certificate], ["--no-headers"])
    #expect(rows.code == 0, "\(rows.stderr)")
    #expect(
      rows.stdout.split(separator: "\n").map { $0.split(separator: " ").first ?? "" } == ["ca.crt", "user"],
      "rows only, no name block or certificate section: \(rows.stdout)")
    #expect(rows.stdout.contains("<1 certificate>") && !rows.stdout.contains("see below"), "\(rows.stdout)")
    // Invisible characters are shown, not dropped or printed raw: the value on screen is the value.
    let hidden = try await Self.show(["bidi": "abc\u{202E}dcb", "zwsp": "pass\u{200B}word"], ["--no-headers"])
    #expect(hidden.stdout.contains(#"abc\u202edcb"#) && hidden.stdout.contains(#"pass\u200bword"#), "\(hidden.stdout)")
    let long = String(repeating: "abcdefghij", count: 8)
    let cut = try await Self.show(["long": long])
    #expect(!cut.stdout.contains(long) && cut.stdout.contains("…"), "\(cut.stdout)")
    let wide = try await Self.show(["long": long], ["-o", "wide"])
    #expect(wide.code == 0, "\(wide.stderr)")
    #expect(wide.stdout.contains("   80   \(long)\n"), "\(wide.stdout)")
    let both = try await Self.show(["user": "admin"], ["--mask", "--reveal"])
    #expect(both.code == 2)
    #expect(both.stderr.contains("--reveal and --mask cannot be combined"), "\(both.stderr)")
    let (configMap, path) = try await Self.show(
      manifest: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: b\n")
    #expect(configMap.code == 1)
    #expect(configMap.stderr == "error: \(path) holds a ConfigMap, not a Secret\n")
  }

  @Test("a value under data that is not base64 (a password put there) is an error that does not print it")
  func notBase64() async throws {
    let (result, path) = try await Self.show(
      manifest: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  password: \"TOPSECRETVALUE!!\"\n")
    #expect(result.code == 1)
    #expect(!result.stderr.contains("TOPSECRET"), "\(result.stderr)")
    #expect(
      result.stderr.hasSuffix(
        "expected base64 data, found text that is not base64 (16 characters) at data.password\n"), "\(result.stderr)")
    #expect(result.stderr.contains(path))
  }

  @Test("a key in both data and stringData is one row, the stringData value, as the server stores it")
  func stringDataWins() async throws {
    let (result, _) = try await Self.show(
      manifest: """
        apiVersion: v1
        kind: Secret
        metadata:
          name: both
        data:
          user: b2xk
          other: eA==
        stringData:
          user: new
        """, ["--no-headers"])
    #expect(result.code == 0, "\(result.stderr)")
    let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("user ") || $0.hasPrefix("other ") }
    #expect(rows.count == 2, "\(result.stdout)")
    #expect(rows.contains { $0.hasPrefix("user ") && $0.hasSuffix(" new") }, "\(result.stdout)")
    #expect(!result.stdout.contains("old"))
  }
}

/// What lamp says about a value matches the value: its last bytes, its masking, its claims, its credentials.
@Suite("lamp secrets show: values told exactly")
struct SecretsExactnessTests {
  /// A manifest with `data` (base64) so that every byte, trailing newlines included, is the test's.
  static func manifest(type: String = "Opaque", _ values: [String: String]) -> String {
    var yaml = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: exact\ntype: \(type)\ndata:\n"
    for (key, value) in values.sorted(by: { $0.key < $1.key }) {
      yaml += "  \(key): \(Data(value.utf8).base64EncodedString())\n"
    }
    return yaml
  }

  /// The key table's row for `key` (rows start with the key).
  static func row(_ key: String, in output: String) -> String? {
    output.split(separator: "\n").first { $0.hasPrefix(key + " ") }.map(String.init)
  }

  /// JWT compact form of a header and claims (the signature is never checked).
  static func token(_ claims: String) -> String {
    func part(_ json: String) -> String {
      Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }
    return part(#"{"alg":"RS256","kid":"k1"}"#) + "." + part(claims) + ".c2ln"
  }

  @Test("line breaks starting or ending a value show, escaped, around it; --raw and JSON stay byte-exact")
  func trailingLineBreak() async throws {
    let values = [
      "password": "secret\n", "plain": "secret", "crlf": "secret\r\n", "notes": "line1\nline2\n",
      "two": "secret\n\n", "leading": "\nsecret", "around": "\r\nline1\nline2",
    ]
    let (table, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values))
    #expect(table.code == 0, "\(table.stderr)")
    #expect(Self.row("password", in: table.stdout)?.hasSuffix("   7   secret\\n") == true, "\(table.stdout)")
    #expect(Self.row("plain", in: table.stdout)?.hasSuffix("   6   secret") == true, "\(table.stdout)")
    #expect(Self.row("crlf", in: table.stdout)?.hasSuffix(" secret\\r\\n") == true, "\(table.stdout)")
    #expect(Self.row("two", in: table.stdout)?.hasSuffix(" secret\\n\\n") == true, "\(table.stdout)")
    #expect(Self.row("notes", in: table.stdout)?.hasSuffix(" line1…") == true, "cut lines say so: \(table.stdout)")
    #expect(Self.row("leading", in: table.stdout)?.hasSuffix("   7   \\nsecret") == true, "\(table.stdout)")
    #expect(Self.row("around", in: table.stdout)?.hasSuffix(" \\r\\nline1…") == true, "\(table.stdout)")

    let (one, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["--key", "password"])
    #expect(Self.row("password", in: one.stdout)?.hasSuffix(" secret\\n") == true, "\(one.stdout)")
    #expect(!one.stdout.contains("Value of"), "the cell holds the whole value: \(one.stdout)")
    let (notes, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["--key", "notes"])
    #expect(notes.stdout.hasSuffix("\nValue of notes:\n  line1\n  line2\\n\n"), "\(notes.stdout)")

    for key in values.keys {
      let (raw, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["--key", key, "--raw"])
      #expect(raw.stdoutData == Data(values[key]!.utf8), "--raw writes exactly the value of \(key)")
    }
    let (json, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["-o", "json"])
    #expect(json.stdout.contains(#""value": "secret\n""#), "\(json.stdout)")
  }

  struct View: Decodable {
    struct Entry: Decodable {
      var key: String
      var masked: Bool?
    }
    var masked: Bool
    var entries: [Entry]
  }

  @Test("masked is true exactly when some value in the output is masked: a private key without --reveal is")
  func maskedTellsTheTruth() async throws {
    let tls = ["tls.crt": SecretsDetailsTests.certificate, "tls.key": SecretsDetailsTests.encryptedKey]
    let manifest = Self.manifest(type: "kubernetes.io/tls", tls)
    let (hidden, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", "json"])
    #expect(hidden.code == 0, "\(hidden.stderr)")
    #expect(!hidden.stdout.contains("ENCRYPTED PRIVATE KEY"))
    let view = try JSONDecoder().decode(View.self, from: Data(hidden.stdout.utf8))
    #expect(view.masked, "tls.key is masked, so the view is")
    #expect(view.entries.map { "\($0.key)=\($0.masked ?? false)" } == ["tls.crt=false", "tls.key=true"])
    let (yaml, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", "yaml"])
    #expect(yaml.stdout.contains("\nmasked: true\n"), "\(yaml.stdout)")

    let (revealed, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", "json", "--reveal"])
    #expect(revealed.stdout.contains("ENCRYPTED PRIVATE KEY"))
    #expect(try !JSONDecoder().decode(View.self, from: Data(revealed.stdout.utf8)).masked)
    let (plain, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(["user": "admin"]), ["-o", "json"])
    #expect(try !JSONDecoder().decode(View.self, from: Data(plain.stdout.utf8)).masked)
    let (all, _) = try await SecretsDetailsTests.show(
      manifest: Self.manifest(["user": "admin"]), ["-o", "json", "--mask"])
    #expect(try JSONDecoder().decode(View.self, from: Data(all.stdout.utf8)).masked)

    // The table still explains the certificate of a Secret whose key is masked.
    let (table, _) = try await SecretsDetailsTests.show(manifest: manifest)
    #expect(Self.row("tls.crt", in: table.stdout)?.hasSuffix(" <1 certificate, see below>") == true, "\(table.stdout)")
  }

  @Test("every NAME.key is checked against its NAME.crt, and a mismatch in any pair is not hidden by another's")
  func everyKeyPair() async throws {
    let values = [
      "ca.crt": SecretsDetailsTests.certificate, "ca.key": Self.privateKey, "tls.crt": SecretsDetailsTests.certificate,
      "tls.key": SecretsDetailsTests.encryptedKey,
    ]
    let table = try await SecretsDetailsTests.show(values)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(
      table.stdout.contains(
        "Key match:  NO: ca.key does not belong to ca.crt; tls.key/tls.crt unknown (the private key is encrypted)\n"),
      "\(table.stdout)")
    let json = try await SecretsDetailsTests.show(values, ["-o", "json"])
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    let view = try decoder.decode(SecretView.self, from: Data(json.stdout.utf8))
    #expect(view.keyMatchesCertificate == false)
    #expect(view.keyPairs?.map(\.key) == ["ca.key", "tls.key"])
    #expect(view.keyPairs?.map(\.matchesCertificate) == [false, nil])
  }

  /// A P-256 private key made for this test (openssl ecparam -genkey), in SEC 1 PEM and, below, DER.
  static let privateKey = """
    -----BEGIN EC PRIVATE KEY-----
    MHcCAQEEIPDVOgVQDieFJebt4PzvdOjGD+Hdj6SK9KlwO0wLM5NPoAoGCCqGSM49
    AwEHoUQDQgAEX/OnX2owVGNfcrbLYTqaDOrGQEo8ag1mdrjUNsPtat0wJ0y66R/s
    Ntcd12gHR448rHoqoiloDht4ZZe6z04TrQ==
    -----END EC PRIVATE KEY-----
    """
  static let privateKeyDER =
    "MHcCAQEEIPDVOgVQDieFJebt4PzvdOjGD+Hdj6SK9KlwO0wLM5NPoAoGCCqGSM49AwEHoUQDQgAEX/OnX2owVGNfcrbLYTqaDOrGQEo8ag1m"
    + "drjUNsPtat0wJ0y66R/sNtcd12gHR448rHoqoiloDht4ZZe6z04TrQ=="

  @Test("a private key bundled with certificates in one PEM value is masked unless --reveal, in every format")
  func bundledPrivateKey() async throws {
    let certificate = SecretsDetailsTests.certificate
    let values = [
      "key-first.pem": Self.privateKey + "\n" + certificate, "cert-first.pem": certificate + "\n" + Self.privateKey,
      "ca.crt": certificate,
    ]
    let secretBits = "MHcCAQEEIPDVOgVQDieFJebt4PzvdOjGD"
    for format in ["json", "yaml", "table"] {
      let (shown, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["-o", format])
      #expect(shown.code == 0, "\(shown.stderr)")
      #expect(!shown.stdout.contains(secretBits), "-o \(format): \(shown.stdout)")
      #expect(shown.stdout.contains("CN=spiffe-test"), "the certificates are still explained: \(shown.stdout)")
    }
    let (json, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["-o", "json"])
    let view = try JSONDecoder().decode(View.self, from: Data(json.stdout.utf8))
    #expect(
      view.entries.map { "\($0.key)=\($0.masked ?? false)" }
        == ["ca.crt=false", "cert-first.pem=true", "key-first.pem=true"])
    let (revealed, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["-o", "json", "--reveal"])
    #expect(revealed.stdout.contains(secretBits))
  }

  @Test("a DER private key's hex preview is masked unless --reveal; a DER certificate's is not")
  func derPrivateKey() async throws {
    let certificateDER = SecretsDetailsTests.certificate.split(separator: "\n").filter { !$0.hasPrefix("-----") }
      .joined()
    let manifest =
      "apiVersion: v1\nkind: Secret\nmetadata:\n  name: der\ndata:\n  key.der: \(Self.privateKeyDER)\n"
      + "  cert.der: \(certificateDER)\n"
    let (table, _) = try await SecretsDetailsTests.show(manifest: manifest)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(Self.row("key.der", in: table.stdout)?.contains("DER private key") == true, "\(table.stdout)")
    #expect(Self.row("key.der", in: table.stdout)?.hasSuffix("<binary: ********>") == true, "\(table.stdout)")
    #expect(
      Self.row("cert.der", in: table.stdout)?.hasSuffix("<binary: 30 82 01 f3 30 82 01 9a a0 03 02 01 02 02 14 49>")
        == true, "\(table.stdout)")
    let (revealed, _) = try await SecretsDetailsTests.show(manifest: manifest, ["--reveal"])
    #expect(
      Self.row("key.der", in: revealed.stdout)?.hasSuffix("<binary: 30 77 02 01 01 04 20 f0 d5 3a 05 50 0e 27 85 25>")
        == true, "\(revealed.stdout)")
    // JSON and YAML carry a binary value's exact bytes in base64, masked as its preview is.
    for format in ["json", "yaml"] {
      let (masked, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", format])
      #expect(masked.stdout.contains(certificateDER), "-o \(format): \(masked.stdout)")
      #expect(!masked.stdout.contains(String(Self.privateKeyDER.prefix(20))), "-o \(format): \(masked.stdout)")
      let (shown, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", format, "--reveal"])
      #expect(shown.stdout.contains(Self.privateKeyDER), "-o \(format): \(shown.stdout)")
    }
  }

  @Test("a DER private key (SEC 1 or PKCS#8) is checked against its certificate as a PEM one is")
  func derKeyMatch() async throws {
    for (key, expected) in [
      (Self.pairKeySEC1, "Key match:  yes\n"), (Self.pairKeyPKCS8, "Key match:  yes\n"),
      (Self.privateKeyDER, "Key match:  NO: tls.key does not belong to tls.crt\n"),
    ] {
      let manifest =
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: der\ntype: kubernetes.io/tls\ndata:\n"
        + "  tls.crt: \(Data(Self.pairCertificate.utf8).base64EncodedString())\n  tls.key: \(key)\n"
      let (shown, _) = try await SecretsDetailsTests.show(manifest: manifest)
      #expect(shown.code == 0, "\(shown.stderr)")
      #expect(shown.stdout.contains(expected), "\(shown.stdout)")
    }
  }

  /// A P-256 key and a self-signed certificate for it, made for this test with openssl; the key in DER, as SEC 1
  /// and as PKCS#8.
  static let pairCertificate = """
    -----BEGIN CERTIFICATE-----
    MIIBfjCCASOgAwIBAgIUbyJdc3tD5ZOgAGdNwszax7+qckIwCgYIKoZIzj0EAwIw
    EzERMA8GA1UEAwwIZGVyLXBhaXIwIBcNMjYxMTI2MTIwOTQ1WhgPMjEyNjExMDIx
    MjA5NDVaMBMxETAPBgNVBAMMCGRlci1wYWlyMFkwEwYHKoZIzj0CAQYIKoZIzj0D
    AQcDQgAExDQ96bgOVHIWu7SNRHDwOVbYFK87SS+INRK0QGBGriYugD8cr3G7qKNa
    J6IAQR7fM0dw1DTDV/o2HP7CJ0nF+aNTMFEwHQYDVR0OBBYEFGXHF4+NHjBphssx
    mPtWiwWNup0+MB8GA1UdIwQYMBaAFGXHF4+NHjBphssxmPtWiwWNup0+MA8GA1Ud
    EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhAMWTiq6VM+fee3GDz+o9g7rO
    KQOfKGHhPnZkO+wdnOYTAiEAhMRBShIubehkeVrPse/hrNEk0Kez86lMmAGcsEPS
    Ghw=
    -----END CERTIFICATE-----
    """
  static let pairKeySEC1 =
    "MHcCAQEEICcB2GONJJTOjdJ/1Uc98JuU3GlT0/9m5TsqdavvFlctoAoGCCqGSM49AwEHoUQDQgAExDQ96bgOVHIWu7SNRHDwOVbY"
    + "FK87SS+INRK0QGBGriYugD8cr3G7qKNaJ6IAQR7fM0dw1DTDV/o2HP7CJ0nF+Q=="
  static let pairKeyPKCS8 =
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgJwHYY40klM6N0n/VRz3wm5TcaVPT/2blOyp1q+8WVy2hRANCAATE"
    + "ND3puA5Ucha7tI1EcPA5VtgUrztJL4g1ErRAYEauJi6APxyvcbuoo1onogBBHt8zR3DUNMNX+jYc/sInScX5"

  @Test(
    "a JWT whose exp is not a number, or not one of years 1–9999, says the claim is invalid; without exp it never expires"
  )
  func invalidExpiry() async throws {
    let values = [
      "bad": Self.token(#"{"sub":"me","exp":"tomorrow"}"#), "none": Self.token(#"{"sub":"me"}"#),
      "when": Self.token(#"{"sub":"me","exp":1800000000}"#), "far": Self.token(#"{"sub":"me","exp":1e300,"iat":1e19}"#),
    ]
    let (table, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values))
    #expect(table.code == 0, "\(table.stderr)")
    let sections = table.stdout.components(separatedBy: "\nToken in ")
    let bad = try #require(sections.first { $0.hasPrefix("bad ") })
    #expect(bad.contains("  Expires:    invalid (the exp claim is not a time in years 1–9999)\n"), "\(bad)")
    #expect(!bad.contains("never"))
    let far = try #require(sections.first { $0.hasPrefix("far ") })
    #expect(far.contains("  Issued:     invalid (the iat claim is not a time in years 1–9999)\n"), "\(far)")
    #expect(far.contains("  Expires:    invalid (the exp claim is not a time in years 1–9999)\n"), "\(far)")
    for format in ["json", "yaml"] {
      let (out, _) = try await SecretsDetailsTests.show(
        manifest: Self.manifest(values), ["-o", format, "--key", "far"])
      #expect(out.code == 0 && out.stdout.contains("invalidClaims"), "\(format): \(out.stderr)")
    }
    let none = try #require(sections.first { $0.hasPrefix("none ") })
    #expect(none.contains("  Expires:    never\n"), "\(none)")
    let when = try #require(sections.first { $0.hasPrefix("when ") })
    #expect(when.contains("  Expires:    2027-01-15T08:00:00Z"), "\(when)")
    let (json, _) = try await SecretsDetailsTests.show(manifest: Self.manifest(values), ["-o", "json", "--key", "bad"])
    #expect(json.stdout.contains("\"invalidClaims\": [\n"), "\(json.stdout)")
    #expect(!json.stdout.contains("\"expiresAt\""))
  }

  @Test(
    "a registry entry holding only a token shows it in a column of its own, masked unless --reveal",
    arguments: [
      ("identitytoken", "identityToken", "acr.example.io", "REGISTRY         USERNAME   PASSWORD   AUTH     IDENTITY"),
      ("registrytoken", "registryToken", "r.example.io", "REGISTRY       USERNAME   PASSWORD   AUTH     REGISTRY"),
    ])
  func registryTokens(member: String, field: String, registry: String, header: String) async throws {
    let token = "tok-not-real-42"
    let config = #"{"auths":{"\#(registry)":{"\#(member)":"\#(token)"},"b.io":{"username":"u","password":"p"}}}"#
    let manifest = Self.manifest(type: "kubernetes.io/dockerconfigjson", [".dockerconfigjson": config])
    let (table, _) = try await SecretsDetailsTests.show(manifest: manifest)
    #expect(table.code == 0, "\(table.stderr)")
    let registries = try #require(table.stdout.components(separatedBy: "Registries in .dockerconfigjson:\n").last)
    #expect(registries.hasPrefix(header + " TOKEN\n"), "\(registries)")
    #expect(Self.row(registry, in: registries)?.hasSuffix(" ********") == true, "\(registries)")
    #expect(!table.stdout.contains(token))
    let (revealed, _) = try await SecretsDetailsTests.show(manifest: manifest, ["--reveal"])
    #expect(Self.row(registry, in: revealed.stdout)?.hasSuffix(" " + token) == true, "\(revealed.stdout)")
    let (json, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", "json"])
    #expect(json.stdout.contains("\"\(field)\": \"********\""), "\(json.stdout)")
    #expect(!json.stdout.contains(token))
  }

  @Test("a registry entry whose username is not the user in auth shows auth's, which the kubelet sends, and says so")
  func registryUserConflict() async throws {
    let auth = Data("bob:s3cret-not-real".utf8).base64EncodedString()
    let config = #"{"auths":{"r.example.io":{"username":"alice","password":"p","auth":"\#(auth)"}}}"#
    let manifest = Self.manifest(type: "kubernetes.io/dockerconfigjson", [".dockerconfigjson": config])
    let (table, _) = try await SecretsDetailsTests.show(manifest: manifest)
    #expect(table.code == 0, "\(table.stderr)")
    #expect(Self.row("r.example.io", in: table.stdout)?.hasPrefix("r.example.io   bob ") == true, "\(table.stdout)")
    #expect(
      table.stdout.contains(
        "  warning: r.example.io: username \"alice\" is not the user in auth, which the kubelet sends instead\n"),
      "\(table.stdout)")
    let (json, _) = try await SecretsDetailsTests.show(manifest: manifest, ["-o", "json"])
    #expect(json.stdout.contains("\"username\": \"bob\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"problem\": \"username \\\"alice\\\" is not the user in auth"), "\(json.stdout)")
    #expect(!json.stdout.contains("s3cret"))
  }
}
