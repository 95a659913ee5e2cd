import Foundation

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
  /// True when values were replaced by the mask.
  public var masked: Bool
}
