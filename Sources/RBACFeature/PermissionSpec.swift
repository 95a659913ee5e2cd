import KubeAPI

/// A permission in kubectl's notation, `VERB RESOURCE[.GROUP][/SUBRESOURCE] [NAME]`, where the part after `/`
/// is always the subresource (kubectl's `auth can-i get pods/proxy` would check a pod named proxy).
public struct PermissionSpec: Sendable, Hashable {
  public var attributes: ResourceAttributes

  /// A permission from attributes already split.
  public init(attributes: ResourceAttributes) {
    self.attributes = attributes
  }

  /// Parses `verb` and `resource[.group][/subresource]`; the namespace is left empty for the caller to set.
  public init(verb: String, resource text: String, name: String? = nil) throws(PermissionSpecError) {
    guard !verb.isEmpty, verb.allSatisfy({ $0.isLowercase || $0 == "*" }) else { throw .badVerb(verb) }
    let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
    guard let head = parts.first, !head.isEmpty else { throw .badResource(text) }
    let subresource = parts.count > 1 ? String(parts[1]) : ""
    if parts.count > 1 && subresource.isEmpty { throw .badResource(text) }
    let dot = head.firstIndex(of: ".")
    let resource = String(dot.map { head[..<$0] } ?? head)
    let group = dot.map { String(head[head.index(after: $0)...]) } ?? ""
    attributes = ResourceAttributes(
      verb: verb, group: group, resource: resource, subresource: subresource, name: name ?? "")
  }

  /// True when the verb, group, resource or subresource is (or contains) RBAC's `*`.
  public var hasWildcard: Bool {
    [attributes.verb, attributes.group, attributes.resource, attributes.subresource].contains { $0.contains("*") }
  }

  /// True when this is a cluster-wide permission that also grants `other`, the same request in a namespace
  /// (a ClusterRoleBinding applies in every namespace).
  public func coversInNamespace(_ other: PermissionSpec) -> Bool {
    let mine = attributes
    let theirs = other.attributes
    return mine.namespace.isEmpty && !theirs.namespace.isEmpty && mine.verb == theirs.verb
      && mine.group == theirs.group && mine.resource == theirs.resource && mine.subresource == theirs.subresource
      && (mine.name.isEmpty || mine.name == theirs.name)
  }

  /// kubectl's notation back: `get pods/proxy`, `list nodepools.karpenter.sh`, `get secrets api-db`.
  public var description: String {
    var resource = attributes.resource
    if !attributes.group.isEmpty { resource += "." + attributes.group }
    if !attributes.subresource.isEmpty { resource += "/" + attributes.subresource }
    return [attributes.verb, resource, attributes.name].filter { !$0.isEmpty }.joined(separator: " ")
  }
}

/// A permission that cannot be parsed.
public enum PermissionSpecError: Error, Sendable, Equatable, CustomStringConvertible {
  case badVerb(String)
  case badResource(String)

  public var description: String {
    switch self {
    case .badVerb(let verb): "invalid verb \"\(verb)\" (lowercase, such as get, list or create)"
    case .badResource(let text): "invalid resource \"\(text)\" (RESOURCE[.GROUP][/SUBRESOURCE], such as pods/proxy)"
    }
  }
}
