#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One decoded key of a Secret: text or a binary description, plus whatever lamp understood of it.
public struct SecretEntry: Codable, Sendable, Hashable {
  public var key: String
  /// `data` or `stringData`.
  public var source: String
  public var size: Int
  /// `text` or `binary`.
  public var encoding: String
  public var detectedType: String
  /// The text; absent for binary values, masked when asked.
  public var value: String?
  /// The first 16 bytes in hex, for binary values only.
  public var hexPreview: String?
  /// A binary value's exact bytes, base64-encoded as the Secret's `data` holds them (JSON and YAML carry no raw
  /// bytes); masked when the value is.
  public var base64: String?
  public var certificates: [CertificateSummary]?
  public var certificateErrors: [String]?
  public var jwt: JWTSummary?
  public var registries: [RegistryCredential]?
  /// For `helm.sh/release.v1` Secrets: the release's metadata (never its values or manifest).
  public var helmRelease: HelmRelease?
  /// For SSH keys: type, size and fingerprint; the key itself only with `--reveal`.
  public var sshKey: SSHKeySummary?
  /// Why lamp could not read a value it recognised (a malformed docker config, Helm release or SSH key).
  public var problem: String?
  /// True when the mask stands in for this value (or its hex preview, or its registry credentials): `--mask`,
  /// or a credential without `--reveal`. A consumer cannot tell from the text, which a value may also hold.
  public var masked = false
}
