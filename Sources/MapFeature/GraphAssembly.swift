import Formatters
import KubeAPI

/// The builder's scratch pad: nodes by id and by name, edges with their details merged.
struct GraphAssembly {
  struct EdgeKey: Hashable {
    var from: String
    var to: String
    var type: EdgeType
  }

  struct NameKey: Hashable {
    var kind: String
    var namespace: String?
    var name: String
  }

  private(set) var nodes: [String: ResourceNode] = [:]
  private var byName: [NameKey: String] = [:]
  private var edgeDetails: [EdgeKey: Set<String>] = [:]
  let listed: Set<MapKind>
  /// The one namespace namespaced kinds were listed in; nil for all of them.
  let namespace: String?

  init(listed: Set<MapKind>, namespace: String? = nil) {
    self.listed = listed
    self.namespace = namespace
  }

  /// Whether objects of `kind` in `namespace` were listed: of a listed kind, and in the listed namespace.
  func isListed(_ kind: MapKind, in namespace: String?) -> Bool {
    listed.contains(kind) && (!kind.namespaced || self.namespace == nil || namespace == self.namespace)
  }

  /// Adds the node of a listed object; the first object with an id wins.
  mutating func add(_ kind: MapKind, _ metadata: ObjectMeta, status: (Health, String)) {
    let namespace = kind.namespaced ? metadata.namespace : nil
    let id = metadata.uid.flatMap { $0.isEmpty ? nil : $0 } ?? Self.syntheticID(kind.rawValue, namespace, metadata.name)
    guard nodes[id] == nil else { return }
    nodes[id] = ResourceNode(
      id: id, kind: kind.rawValue, namespace: namespace, name: metadata.name, status: status.0, reason: status.1,
      app: Self.app(metadata.labels))
    byName[NameKey(kind: kind.rawValue, namespace: namespace, name: metadata.name)] = id
  }

  /// The id of the object of this kind and name; when it is absent but its kind was listed, a placeholder
  /// (status `error`, reason `not found`, or `unknown` when the reference is optional), and one of status `unknown`,
  /// reason `not listed`, when it lies in a namespace that was not listed (an HTTPRoute's backend in another
  /// namespace). nil when the kind was not listed, so nothing is drawn for it.
  mutating func target(_ kind: MapKind, namespace: String?, name: String, optional: Bool = false) -> String? {
    let namespace = kind.namespaced ? namespace : nil
    if let id = byName[NameKey(kind: kind.rawValue, namespace: namespace, name: name)] { return id }
    guard listed.contains(kind), !name.isEmpty else { return nil }
    let id = Self.syntheticID(kind.rawValue, namespace, name)
    if nodes[id] == nil {
      let (status, reason): (Health, String) =
        !isListed(kind, in: namespace)
        ? (.unknown, "not listed") : optional ? (.unknown, "not found (optional)") : (.error, "not found")
      nodes[id] = ResourceNode(
        id: id, kind: kind.rawValue, namespace: namespace, name: name, status: status, reason: reason,
        placeholder: true)
      byName[NameKey(kind: kind.rawValue, namespace: namespace, name: name)] = id
    }
    return id
  }

  /// The id of the object with this kind and name, if present (no placeholder).
  func existing(_ kind: MapKind, namespace: String?, name: String) -> String? {
    byName[NameKey(kind: kind.rawValue, namespace: kind.namespaced ? namespace : nil, name: name)]
  }

  /// The owner's id, adding a placeholder for owners of kinds lamp map does not list (custom resources) or that
  /// were listed but are gone; nil for known kinds that were not listed. A namespaced owner in another namespace
  /// than its dependent's is absent, as Kubernetes' garbage collector treats it: a placeholder of its name in the
  /// dependent's namespace.
  mutating func owner(_ reference: OwnerReference, namespace: String?) -> String? {
    if let found = nodes[reference.uid] {
      guard let ownerNamespace = found.namespace, ownerNamespace != namespace, let known = MapKind(kind: found.kind)
      else { return reference.uid }
      return target(known, namespace: namespace, name: reference.name)
    }
    let known = MapKind(kind: reference.kind)
    if let known, !listed.contains(known) { return nil }
    let scoped = known.map { $0.namespaced ? namespace : nil } ?? namespace
    nodes[reference.uid] = ResourceNode(
      id: reference.uid, kind: reference.kind, namespace: scoped, name: reference.name,
      status: known == nil ? .unknown : .error,
      reason: known == nil ? "not listed" : "not found", placeholder: true)
    return reference.uid
  }

  /// Adds (or extends the detail of) an edge.
  mutating func link(_ from: String?, _ to: String?, _ type: EdgeType, detail: String? = nil) {
    guard let from, let to, from != to else { return }
    let key = EdgeKey(from: from, to: to, type: type)
    var details = edgeDetails[key] ?? []
    if let detail, !detail.isEmpty { details.insert(detail) }
    edgeDetails[key] = details
  }

  /// Every edge, with the details of repeated references joined.
  func edges() -> [ResourceEdge] {
    edgeDetails.map { key, details in
      ResourceEdge(
        from: key.from, to: key.to, type: key.type,
        detail: details.isEmpty ? nil : details.sorted().joined(separator: ", "))
    }
  }

  /// `Kind/namespace/name` (`Kind//name` for cluster scope): the id of objects without a UID.
  static func syntheticID(_ kind: String, _ namespace: String?, _ name: String) -> String {
    "\(kind)/\(namespace ?? "")/\(name)"
  }

  /// `app.kubernetes.io/instance`, else `app.kubernetes.io/name`, else `app`.
  static func app(_ labels: [String: String]?) -> String? {
    guard let labels else { return nil }
    return labels["app.kubernetes.io/instance"] ?? labels["app.kubernetes.io/name"] ?? labels["app"]
  }
}
