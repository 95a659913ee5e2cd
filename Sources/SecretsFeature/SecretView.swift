#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The decoded form of a Secret (`-o json|yaml` schema: apiVersion lamp/v1, kind SecretView).
public struct SecretView: Codable, Sendable, Hashable {
  public var apiVersion = "lamp/v1"
  public var kind = "SecretView"
  public var name: String
  public var namespace: String?
  public var type: String
  public var entries: [SecretEntry]
  /// For `kubernetes.io/tls`: whether `tls.key` belongs to `tls.crt`.
  public var keyMatchesCertificate: String?
  /// True when the mask stands in for any value in the view (`--mask`, or a credential such as `tls.key` without
  /// `--reveal`); each entry's `masked` says which.
  public var masked: Bool

  /// `masked` follows from the entries, so that it cannot disagree with them.
  public init(
    name: String, namespace: String?, type: String, entries: [SecretEntry], keyMatchesCertificate: String? = nil
  ) {
    self.name = name
    self.namespace = namespace
    self.type = type
    self.entries = entries
    self.keyMatchesCertificate = keyMatchesCertificate
    masked = entries.contains(where: \.masked)
  }
}
