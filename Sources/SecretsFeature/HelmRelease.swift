import ByteScanning
import KubeAPI

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// What a Helm 3 release Secret (`sh.helm.release.v1.NAME.vN`, type `helm.sh/release.v1`) records.
/// Only metadata: the release's values and manifest can hold secrets and are never copied out.
public struct HelmRelease: Codable, Sendable, Hashable {
  public var name: String
  public var namespace: String?
  public var revision: Int?
  public var status: String?
  public var chart: String?
  public var chartVersion: String?
  public var appVersion: String?
  public var description: String?
  public var firstDeployed: String?
  public var lastDeployed: String?

  /// The Secret type Helm's storage driver writes.
  public static let secretType = "helm.sh/release.v1"

  /// Decodes the `release` value: base64 text of gzip (or, from old Helm builds, plain) JSON.
  public init(releaseValue bytes: Data) throws(SecretsError) {
    let text = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
    guard let packed = Data(base64Encoded: text) else { throw .malformedHelmRelease("the value is not base64") }
    let json = packed.starts(with: [0x1F, 0x8B]) ? try Gzip.inflate(packed) : packed
    let root: JSONValue
    do {
      root = try JSONDecoder().decode(JSONValue.self, from: json)
    } catch {
      throw .malformedHelmRelease("the release is not JSON")
    }
    guard let name = root["name"]?.stringValue else { throw .malformedHelmRelease("the release has no name") }
    self.name = name
    namespace = root["namespace"]?.stringValue
    if case .int(let version) = root["version"] { revision = Int(version) }
    let info = root["info"]
    status = info?["status"]?.stringValue
    description = info?["description"]?.stringValue
    firstDeployed = info?["first_deployed"]?.stringValue
    lastDeployed = info?["last_deployed"]?.stringValue
    let metadata = root["chart"]?["metadata"]
    chart = metadata?["name"]?.stringValue
    chartVersion = metadata?["version"]?.stringValue
    appVersion = metadata?["appVersion"]?.stringValue
  }
}
