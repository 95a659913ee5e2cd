/// `--focus KIND/NAME`: the object a neighbourhood is drawn around.
public struct MapTarget: Sendable, Equatable {
  public var kind: MapKind
  public var name: String

  /// Creates a target.
  public init(kind: MapKind, name: String) {
    self.kind = kind
    self.name = name
  }

  /// Parses `svc/web`, `deployment/api`, `Node/ip-10-0-12-34`.
  public init(parsing text: String) throws(MapFeatureError) {
    let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .invalidTarget(text) }
    guard let kind = MapKind.parse(parts[0]) else { throw .unknownKind(parts[0]) }
    self.init(kind: kind, name: parts[1])
  }

  /// The target's node in `graph`; `namespace` applies to namespaced kinds. Nodes also match by the short
  /// host name (`ip-10-0-12-34` for `ip-10-0-12-34.us-west-2.compute.internal`).
  public func resolve(in graph: ResourceGraph, namespace: String?) throws(MapFeatureError) -> ResourceNode {
    let scope = kind.namespaced ? namespace : nil
    let candidates = graph.nodes.filter { $0.kind == kind.rawValue && (!kind.namespaced || $0.namespace == scope) }
    if let exact = candidates.first(where: { $0.name == name }) { return exact }
    if kind == .node || kind == .nodeClaim {
      let prefixed = candidates.filter { $0.name.hasPrefix(name + ".") }
      if prefixed.count == 1 { return prefixed[0] }
      if prefixed.count > 1 { throw .ambiguousNode(name, matches: prefixed.map(\.name).sorted()) }
    }
    throw .notFound(kind: kind.rawValue, name: name, namespace: scope)
  }
}
