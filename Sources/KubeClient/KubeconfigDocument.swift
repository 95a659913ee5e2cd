/// One kubeconfig file as written: named lists of clusters, users and contexts plus `current-context`.
struct KubeconfigDocument: Decodable, Sendable, Equatable {
  struct NamedCluster: Decodable, Sendable, Equatable {
    var name: String
    var cluster: KubeconfigCluster?
  }

  struct NamedUser: Decodable, Sendable, Equatable {
    var name: String
    var user: KubeconfigUser?
  }

  struct NamedContext: Decodable, Sendable, Equatable {
    var name: String
    var context: KubeconfigContext?
  }

  var currentContext: String?
  var clusters: [NamedCluster]?
  var users: [NamedUser]?
  var contexts: [NamedContext]?

  enum CodingKeys: String, CodingKey {
    case currentContext = "current-context"
    case clusters
    case users
    case contexts
  }

  init(
    currentContext: String? = nil, clusters: [NamedCluster]? = nil, users: [NamedUser]? = nil,
    contexts: [NamedContext]? = nil
  ) {
    self.currentContext = currentContext
    self.clusters = clusters
    self.users = users
    self.contexts = contexts
  }
}
