#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A core/v1 Secret. `data` values arrive base64-encoded on the wire and are decoded to their exact bytes.
public struct Secret: KubeObject, Codable, Hashable {
  public var apiVersion: String?
  public var kind: String?
  public var metadata: ObjectMeta
  /// `Opaque` when the server leaves it empty.
  public var type: String?
  public var data: [String: Data]?
  /// Only in manifests: the API server folds it into `data` on write.
  public var stringData: [String: String]?

  public init(
    metadata: ObjectMeta, type: String? = nil, data: [String: Data]? = nil, stringData: [String: String]? = nil
  ) {
    self.apiVersion = "v1"
    self.kind = "Secret"
    self.metadata = metadata
    self.type = type
    self.data = data
    self.stringData = stringData
  }
}
