/// What a resource request does (authorization.k8s.io/v1 `ResourceAttributes`): the verb on a
/// resource, optionally a subresource and a name, in a namespace or cluster-wide.
public struct ResourceAttributes: Sendable, Hashable {
  /// Empty for cluster-scoped resources and for requests across all namespaces.
  public var namespace: String
  public var verb: String
  /// The API group; empty for the core group.
  public var group: String
  public var version: String
  /// The plural resource name, e.g. `pods`.
  public var resource: String
  /// `log`, `status`, `scale`, ... or empty.
  public var subresource: String
  /// The object's name; empty for list, watch and create-without-name.
  public var name: String

  public init(
    verb: String, group: String = "", version: String = "", resource: String, subresource: String = "",
    name: String = "", namespace: String = ""
  ) {
    self.namespace = namespace
    self.verb = verb
    self.group = group
    self.version = version
    self.resource = resource
    self.subresource = subresource
    self.name = name
  }
}

/// What a request to a path outside the resource API does (authorization.k8s.io/v1 `NonResourceAttributes`).
public struct NonResourceAttributes: Sendable, Hashable {
  /// e.g. `/healthz`, `/apis`.
  public var path: String
  /// The lower-cased HTTP method, e.g. `get`.
  public var verb: String

  public init(path: String, verb: String) {
    self.path = path
    self.verb = verb
  }
}

extension ResourceAttributes: Codable {
  private enum CodingKeys: String, CodingKey {
    case namespace, verb, group, version, resource, subresource, name
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func string(_ key: CodingKeys) throws -> String { try container.decodeIfPresent(String.self, forKey: key) ?? "" }
    namespace = try string(.namespace)
    verb = try string(.verb)
    group = try string(.group)
    version = try string(.version)
    resource = try string(.resource)
    subresource = try string(.subresource)
    name = try string(.name)
  }

  /// Encodes like the API server: empty fields are left out.
  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    let fields: [(CodingKeys, String)] = [
      (.namespace, namespace), (.verb, verb), (.group, group), (.version, version), (.resource, resource),
      (.subresource, subresource), (.name, name),
    ]
    for (key, value) in fields where !value.isEmpty {
      try container.encode(value, forKey: key)
    }
  }
}

extension NonResourceAttributes: Codable {
  private enum CodingKeys: String, CodingKey {
    case path, verb
  }

  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    path = try container.decodeIfPresent(String.self, forKey: .path) ?? ""
    verb = try container.decodeIfPresent(String.self, forKey: .verb) ?? ""
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    if !path.isEmpty { try container.encode(path, forKey: .path) }
    if !verb.isEmpty { try container.encode(verb, forKey: .verb) }
  }
}
