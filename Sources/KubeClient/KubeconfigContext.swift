/// One `contexts[].context` entry as written in a kubeconfig file.
struct KubeconfigContext: Decodable, Sendable, Equatable {
  var cluster: String?
  var user: String?
  var namespace: String?
  /// The file that defined this entry (set after decoding).
  var file = ""

  enum CodingKeys: String, CodingKey {
    case cluster
    case user
    case namespace
  }
}
