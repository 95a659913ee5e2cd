/// One `users[].user` entry (client-go's AuthInfo) as written in a kubeconfig file.
struct KubeconfigUser: Decodable, Sendable, Equatable {
  var clientCertificate: String?
  var clientCertificateData: String?
  var clientKey: String?
  var clientKeyData: String?
  var token: String?
  var tokenFile: String?
  var impersonate: String?
  var impersonateUID: String?
  var impersonateGroups: [String]?
  var impersonateUserExtra: [String: [String]]?
  var username: String?
  var password: String?
  var authProvider: KubeconfigAuthProvider?
  var exec: KubeconfigExec?
  /// The file that defined this entry (set after decoding; relative paths resolve against its directory).
  var file = ""

  enum CodingKeys: String, CodingKey {
    case clientCertificate = "client-certificate"
    case clientCertificateData = "client-certificate-data"
    case clientKey = "client-key"
    case clientKeyData = "client-key-data"
    case token
    case tokenFile
    case impersonate = "as"
    case impersonateUID = "as-uid"
    case impersonateGroups = "as-groups"
    case impersonateUserExtra = "as-user-extra"
    case username
    case password
    case authProvider = "auth-provider"
    case exec
  }

  /// This entry with its file references made absolute against the directory of `file`. An exec command
  /// is resolved only when it contains a `/`; bare names are looked up in PATH when the plugin runs.
  func resolvingPaths(in file: String) -> KubeconfigUser {
    var copy = self
    copy.file = file
    let directory = KubeconfigPath.directory(of: file)
    func resolve(_ path: String?) -> String? {
      guard let path, !path.isEmpty else { return path }
      return KubeconfigPath.resolve(path, against: directory)
    }
    copy.clientCertificate = resolve(clientCertificate)
    copy.clientKey = resolve(clientKey)
    copy.tokenFile = resolve(tokenFile)
    if let command = exec?.command, command.contains("/") {
      copy.exec?.command = resolve(command)
    }
    return copy
  }
}
