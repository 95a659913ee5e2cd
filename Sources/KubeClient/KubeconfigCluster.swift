import KubeAPI

/// One `clusters[].cluster` entry as written in a kubeconfig file.
struct KubeconfigCluster: Decodable, Sendable, Equatable {
  /// A named extension (`extensions[]`); only `client.authentication.k8s.io/exec` is read.
  struct NamedExtension: Decodable, Sendable, Equatable {
    var name: String
    var `extension`: JSONValue?
  }

  var server: String?
  var certificateAuthority: String?
  var certificateAuthorityData: String?
  var tlsServerName: String?
  var insecureSkipTLSVerify: Bool?
  var proxyURL: String?
  var disableCompression: Bool?
  var extensions: [NamedExtension]?
  /// The file that defined this entry (set after decoding; relative paths resolve against its directory).
  var file = ""

  enum CodingKeys: String, CodingKey {
    case server
    case certificateAuthority = "certificate-authority"
    case certificateAuthorityData = "certificate-authority-data"
    case tlsServerName = "tls-server-name"
    case insecureSkipTLSVerify = "insecure-skip-tls-verify"
    case proxyURL = "proxy-url"
    case disableCompression = "disable-compression"
    case extensions
  }

  /// The exec-plugin extension handed to plugins with `provideClusterInfo`.
  var execExtension: JSONValue? {
    extensions?.first { $0.name == "client.authentication.k8s.io/exec" }?.extension
  }

  /// This entry with its file references made absolute against the directory of `file`.
  func resolvingPaths(in file: String) -> KubeconfigCluster {
    var copy = self
    copy.file = file
    let directory = KubeconfigPath.directory(of: file)
    if let path = certificateAuthority, !path.isEmpty {
      copy.certificateAuthority = KubeconfigPath.resolve(path, against: directory)
    }
    return copy
  }
}
